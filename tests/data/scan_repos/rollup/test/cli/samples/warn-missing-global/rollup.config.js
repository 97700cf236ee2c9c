module.exports = {
	input: 'main.js',
	external: ['external'],
	output: {
		format: 'iife',
		name: 'bundle'
	}
};
