// The suites StrykerJS runs for each mutant: those that exercise src/ in this
// process. The corpus suites run the command in process from src/ here (so a
// mutant reaches them); the bin suite tests the compiled lib/ as such, and the
// browser, print and npm start suites test the shells around the core and
// take minutes each.
const path = require('node:path');
const base = require('./jest.config.js');

process.env.DRIEHOEK_IN_PROCESS = '1';
// The property tests on one seed, so that a mutant is killed or not the same way every run, and 100 runs each.
process.env.FC_SEED ??= '20210211';
process.env.FC_RUNS ??= '100';
// A mutant that leaves the pane without an answer fails after 10 s, not after the two minutes npm test allows.
process.env.DRIEHOEK_WACHT_MS ??= '10000';

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  // src/ among the roots, so that jest --findRelatedTests (Stryker's per-mutant selection) can follow imports into it.
  roots: ['<rootDir>/test', '<rootDir>/src'],
  // Reports which test runs which code, and which file holds which test (the pane's suites use
  // test/helpers/jsdom-environment.js for the same); the filter then loads only the suites a mutant needs.
  // A path, not <rootDir>: StrykerJS loads the environment by the name it is given.
  testEnvironment: path.join(__dirname, 'test', 'helpers', 'mutation', 'node-environment.js'),
  filter: '<rootDir>/test/helpers/mutation/filter.js',
  // The core's suites before the pane's, so that a mutant's first failure comes early (see the sequencer),
  // and after that failure no further suite is loaded (see jest-circus-until-failure.js).
  testSequencer: '<rootDir>/test/helpers/mutation/sequencer.js',
  testRunner: '<rootDir>/test/helpers/mutation/jest-circus-until-failure.js',
  // A mutant that leaves a promise unsettled fails its test here, in the runner that runs it: StrykerJS's own
  // timeout would restart that runner cold. The slowest test of this suite takes under 5 s on an idle machine.
  testTimeout: 30_000,
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/e2e/',
    '<rootDir>/test/print.test.ts',
    '<rootDir>/test/start.test.ts',
    '<rootDir>/test/bundle.test.ts',
    '<rootDir>/test/cli/bin.test.ts',
  ],
};
