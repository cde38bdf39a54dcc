'use strict';
// jest's test filter in a mutation run: for a mutant, only the test files that
// hold a test covering it. StrykerJS's jest runner narrows the tests by name,
// but jest still loads every suite related to the mutated file (twenty for a
// rule, three of them with React and Fluent UI), which was most of a mutant's
// time. When anything is unknown, every suite runs, as without this filter.
const { existsSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { files } = require('./tests-by-name');

// The coverage per test that StrykerJS's test environments collect in this process during its first run.
const { state } = require(
  path.join(path.dirname(require.resolve('@stryker-mutator/jest-runner/package.json')), 'dist/src/jest-plugins/messaging.cjs'),
);
// Only one test runner makes that first run; the others read what it found here (the sandbox, removed after the run).
const SHARED = path.join(process.cwd(), '.driehoek-mutant-tests.json');

let known;
let firstRunHere = false;

/** Mutant id → the test files that cover it, and the ids covered while modules load (those need every suite). */
function fromCoverage(coverage, testFiles) {
  const byMutant = {};
  for (const [test, hits] of Object.entries(coverage.perTest)) {
    const holders = testFiles.get(test);
    for (const id of Object.keys(hits)) {
      byMutant[id] ??= [];
      if (holders) byMutant[id].push(...holders);
      else byMutant[id].push('*');
    }
  }
  for (const id of Object.keys(byMutant)) byMutant[id] = [...new Set(byMutant[id])];
  return { byMutant, loading: Object.keys(coverage.static ?? {}) };
}

function load() {
  if (known) return known;
  const coverage = state.instrumenterContext.mutantCoverage;
  if (firstRunHere) {
    // The first mutant of the runner that made the first run: its counts are still the first run's.
    if (!coverage?.perTest || !files.size) return (known = { byMutant: {}, loading: [], unknown: true });
    known = fromCoverage(coverage, files);
    writeFileSync(`${SHARED}.tmp`, JSON.stringify(known));
    renameSync(`${SHARED}.tmp`, SHARED);
  } else if (existsSync(SHARED)) known = JSON.parse(readFileSync(SHARED, 'utf8'));
  return known;
}

module.exports = async function filter(testPaths) {
  const all = { filtered: testPaths };
  const mutant = process.env.__STRYKER_ACTIVE_MUTANT__;
  if (mutant === undefined) {
    firstRunHere = true;
    return all;
  }
  const k = load();
  if (!k || k.unknown || k.loading.includes(mutant)) return all;
  const holders = k.byMutant[mutant] ?? [];
  if (!holders.length || holders.includes('*')) return all;
  return { filtered: testPaths.filter((p) => holders.includes(p)) };
};
