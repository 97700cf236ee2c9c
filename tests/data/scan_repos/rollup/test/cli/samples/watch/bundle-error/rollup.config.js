export default {
	input: 'main.js',
	output: {
		dir: '_actual',
		format: 'es'
	}
};
