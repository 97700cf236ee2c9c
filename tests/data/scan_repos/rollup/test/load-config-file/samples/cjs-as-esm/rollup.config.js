export default {
	input: 'my-input',
	output: {
		file: 'my-file',
		format: 'es'
	}
};
