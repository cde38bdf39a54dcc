'use strict';
// Which test files hold a test, by the full name StrykerJS gives a test
// (its describe blocks and its own name, joined by spaces). Filled by the test
// environments of a mutation run and read by its test filter; both are loaded
// by jest's own process, so they share this one map.
const files = new Map();

// The mutant whose run has a failing test. StrykerJS's jest runner cannot make
// jest bail (jestjs/jest#11766), so the tests after the first failure are
// skipped here: the mutant is killed either way, and a pane test no longer
// waits out its 10 s for each answer the mutant took away. Outside a mutation
// run (no active mutant) nothing is skipped.
let failedMutant;
const activeMutant = () => process.env.__STRYKER_ACTIVE_MUTANT__;

/** "describe describe test", as StrykerJS's jest runner names a test. */
function fullName(test) {
  const names = [];
  for (let block = test; block?.parent; block = block.parent) names.unshift(block.name);
  return names.join(' ').trimStart();
}

/** The environment class, recording every test it starts with its file. */
function recording(Environment) {
  return class extends Environment {
    constructor(config, context) {
      super(config, context);
      // StrykerJS's environment sets handleTestEvent on the instance, so it is wrapped here, not overridden.
      const inner = this.handleTestEvent;
      this.handleTestEvent = async (event, state) => {
        if (event.name === 'test_start') {
          const name = fullName(event.test);
          files.set(name, (files.get(name) ?? new Set()).add(context.testPath));
          // jest-circus reads a test's mode after test_start: a skip set here is honoured.
          if (mutantFailed()) event.test.mode = 'skip';
        }
        if (event.name === 'test_done' && event.test.errors.length && activeMutant() !== undefined) failedMutant = activeMutant();
        await inner?.call(this, event, state);
      };
    }
  };
}

/** Whether the active mutant already failed a test in this run: the runner then loads no further suite. */
const mutantFailed = () => activeMutant() !== undefined && failedMutant === activeMutant();

module.exports = { files, recording, mutantFailed };
