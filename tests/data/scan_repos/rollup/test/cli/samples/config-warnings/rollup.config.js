export default {
	input: eval('"main.js"'),
	output: {
		format: 'cjs'
	}
};
