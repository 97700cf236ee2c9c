module.exports = {
  collectCoverage: true,
  testEnvironment: 'node',
  setupFiles: [require.resolve('./setupTests.js')],
  testPathIgnorePatterns: ['<rootDir>/src/', '<rootDir>/tests/integration/'],
  transform: {
    '^.+\\.ts$': 'ts-jest',
  },
};
