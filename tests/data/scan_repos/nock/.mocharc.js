module.exports = {
  checkLeaks: true,
  file: ['tests/setup.js'],
}
