module.exports = {
	input: 'main.js',
	output: {
		format: 'umd',
		noConflict: true,
		name: 'conflictyName'
	}
};
