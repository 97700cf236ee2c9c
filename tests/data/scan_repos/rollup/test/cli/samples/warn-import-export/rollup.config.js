module.exports = {
	input: 'main.js',
	external: ['external'],
	output: {
		format: 'cjs'
	}
};
