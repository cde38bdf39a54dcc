// StrykerJS: `npm run mutation`. The sandbox it tests in is a copy of this
// folder, so the real-world corpus beside the project is named here, once,
// for the workers it starts (test/corpus/real-world.test.ts reads it).
import path from 'node:path';

process.env.DRIEHOEK_REAL_WORLD ??= path.resolve('..', 'shared', 'corpus', 'real-world');

export default {
  testRunner: 'jest',
  jest: {
    configFile: 'jest.mutation.config.js',
  },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: {
    prioritizePerformanceOverAccuracy: true,
  },
  mutate: ['src/domain/**/*.ts', 'src/adapters/**/*.ts', 'src/cli/output.ts', '!src/domain/teksten/**/*.ts'],
  coverageAnalysis: 'perTest',
  // A mutant of module-level code (namespaces, element orders, tables) needs the whole suite each: half the mutants, nine tenths of the time.
  // Those are left out of the score; the Open XML validator and the corpus check those constants instead.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // Stryker splits this between type checkers and test runners: 2 gives one runner, 3 still one, 4 two
  // (its log says so at the start). The checkers are idle most of the time, so 4 keeps both cores testing.
  concurrency: 4,
  // A timeout counts as a detected mutant, so it must be a mutant that hangs and nothing else. Planted by hand,
  // twelve of the timeouts measured with 15 s and 1.5 times: none hung, eight passed every test that covers
  // them and four failed one within 90 s. A test runner restarted after a timeout starts cold (jest and ts-jest
  // load the suites again), past the next mutant's budget, which then timed out in turn. 45 s over the tests' own
  // time covers a cold start on a busy machine, and 2.5 times that time (StrykerJS's default is 1.5) a run
  // slowed by other work; each mutant that really hangs costs that much.
  timeoutMS: 45_000,
  timeoutFactor: 2.5,
  reporters: ['progress', 'clear-text', 'html', 'json'],
  htmlReporter: {
    fileName: 'reports/mutation/mutation.html',
  },
  jsonReporter: {
    fileName: 'reports/mutation/mutation.json',
  },
  thresholds: {
    high: 90,
    low: 85,
    break: null,
  },
  tempDirName: 'stryker-tmp',
  cleanTempDir: 'always',
  disableTypeChecks: '{src,test}/**/*.{ts,tsx}',
};
