/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: false }],
    // office-addin-mock pulls in ESM-only uuid and strip-bom: compile those few files to CommonJS.
    '^.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '6.0', rootDir: '.' }, diagnostics: false },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(.*/)?(uuid|strip-bom)/)'],
  setupFiles: ['<rootDir>/test/setup.ts'],
  // A budget far above any test's need (a busy machine may be ten times slower): speed is for npm run bench, not for the tests.
  testTimeout: 600_000,
};
