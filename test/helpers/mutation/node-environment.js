'use strict';
// jest's node environment, recording which file holds which test for the filter. StrykerJS's jest runner
// wraps whatever environment is configured in its own (coverage per test), this one included.
const { TestEnvironment } = require('jest-environment-node');
const { recording } = require('./tests-by-name');

module.exports = recording(TestEnvironment);
