// Tests are TypeScript compiled by `npm run build` (tsc type-checks them); jest runs the compiled files.
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/dist/tests'],
  testMatch: ['**/*.test.js'],
  transform: {},
  // worker threads and whole-process runs start slowly on a loaded 2-core machine: never fail a test on speed
  testTimeout: 120000,
};
