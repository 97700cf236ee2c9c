module.exports = {
	input: 'main.js',
	output: {
		format: 'es'
	}
};
