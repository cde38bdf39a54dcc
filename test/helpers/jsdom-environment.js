'use strict';
// jsdom, as the pane's suites need it, able to report to StrykerJS which
// tests run which code (its coverage analysis per test), and which file holds
// which test (for the mutation run's test filter). Outside a mutation run
// neither changes anything.
const { mixinJestEnvironment } = require('@stryker-mutator/jest-runner');
const { TestEnvironment } = require('jest-environment-jsdom');
const { recording } = require('./mutation/tests-by-name');

module.exports = recording(mixinJestEnvironment(TestEnvironment));
