'use strict';
// jest-circus, except that a suite after the active mutant's first failure is
// not loaded at all (mutation runs only). Skipping its tests (tests-by-name.js)
// still loaded the suite and every module it imports, instrumented: for a
// mutant in the reader, dozens of suites and most of its run. jest counts a
// suite without results as an error, and StrykerJS an error as no verdict, so
// the suite reports one skipped test in their place. The mutant is killed by
// the failure before either way. ("jest-circus" in the file name: StrykerJS's
// per-test coverage accepts only a test runner whose name says it is circus.)
const circus = require('jest-circus/runner').default;
const { createEmptyTestResult } = require('@jest/test-result');
const { mutantFailed } = require('./tests-by-name');

const TITLE = 'niet geladen: de mutant faalde al in een eerdere suite';

function notLoaded(testPath) {
  const now = Date.now();
  const empty = createEmptyTestResult();
  return {
    ...empty,
    testFilePath: testPath,
    numPendingTests: 1,
    perfStats: { ...empty.perfStats, start: now, end: now },
    testResults: [
      {
        ancestorTitles: [],
        duration: 0,
        failureDetails: [],
        failureMessages: [],
        fullName: TITLE,
        numPassingAsserts: 0,
        status: 'pending',
        title: TITLE,
      },
    ],
  };
}

module.exports = async function runner(globalConfig, config, environment, runtime, testPath, sendMessageToJest) {
  if (mutantFailed()) return notLoaded(testPath);
  return circus(globalConfig, config, environment, runtime, testPath, sendMessageToJest);
};
