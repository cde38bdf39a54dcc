'use strict';
// Which test files hold a test, by the full name StrykerJS gives a test
// (its describe blocks and its own name, joined by spaces). Filled by the test
// environments of a mutation run and read by its test filter; both are loaded
// by jest's own process, so they share this one map.
const files = new Map();

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
        }
        await inner?.call(this, event, state);
      };
    }
  };
}

module.exports = { files, recording };
