'use strict';
// jest's order of suites in a mutation run: the core's suites first, the
// pane's (jsdom, React) last, and the quickest first within each. jest runs
// the slowest suites first, so a mutant that the core's tests kill in
// milliseconds waited in the pane's suites first, up to 10 s for each answer
// that no longer came. With the first failure ending a mutant's run
// (tests-by-name.js), the quick suites now decide most.
const Sequencer = require('@jest/test-sequencer').default;

const tier = (file) => (/[\\/]test[\\/]domain[\\/]/.test(file) ? 0 : /\.tsx$|[\\/]test[\\/]pane[\\/]/.test(file) ? 2 : 1);

module.exports = class CoreFirst extends Sequencer {
  async sort(tests) {
    // jest's own order is slowest first (by the times it keeps), so reversed it is quickest first.
    const order = (await super.sort(tests)).reverse();
    return order
      .map((test, i) => ({ test, i }))
      .sort((a, b) => tier(a.test.path) - tier(b.test.path) || a.i - b.i)
      .map((x) => x.test);
  }
};
