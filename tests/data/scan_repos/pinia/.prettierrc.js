module.exports = {
  semi: false,
  trailingComma: 'es5',
  singleQuote: true,
}
