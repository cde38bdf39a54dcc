'use strict';
// jsdom, as the pane's suites need it, able to report to StrykerJS which
// tests run which code (its coverage analysis per test). Outside a mutation
// run the mixin does nothing.
const { mixinJestEnvironment } = require('@stryker-mutator/jest-runner');
const { TestEnvironment } = require('jest-environment-jsdom');

module.exports = mixinJestEnvironment(TestEnvironment);
