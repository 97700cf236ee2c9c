module.exports = {
	input: 'main.js',
	output: {
		format: 'cjs'
	}
};
