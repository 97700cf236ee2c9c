module.exports = {
	input: 'my-input',
	output: {
		file: 'my-file',
		format: 'es'
	}
};
