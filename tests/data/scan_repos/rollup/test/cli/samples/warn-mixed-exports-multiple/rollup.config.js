module.exports = {
	input: 'main.js',
	output: {
		format: 'amd',
		preserveModules: true
	}
};
