// Tests are TypeScript compiled by `npm run build` (tsc type-checks them); jest runs the compiled files.
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/dist/tests'],
  testMatch: ['**/*.test.js'],
  transform: {},
};
