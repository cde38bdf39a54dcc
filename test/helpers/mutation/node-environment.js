'use strict';
// StrykerJS's node environment (coverage per test), recording which file holds which test for the filter.
const { recording } = require('./tests-by-name');

module.exports = recording(require('@stryker-mutator/jest-runner/jest-env/node'));
