'use strict';
// Runs one measured job in this process and reports its wall time and peak
// memory on stderr: "MEASURE <ms> <maxRSS KB>". The CLI jobs go through the
// real command; "bare" only loads the file with exceljs, as the CLI's floor.
const path = require('node:path');
const [job, file, out] = process.argv.slice(2);
const start = performance.now();

function done() {
  process.stderr.write(`\nMEASURE ${Math.round(performance.now() - start)} ${process.resourceUsage().maxRSS}\n`);
}

async function main() {
  if (job === 'bare') {
    const ExcelJS = require('exceljs');
    await new ExcelJS.Workbook().xlsx.readFile(file);
  } else {
    const { run } = require(path.join(__dirname, '..', '..', 'lib', 'cli', 'main.js'));
    const args = job === 'overzicht' ? ['overzicht', file, '-o', out] : ['valideer', file, '--json', '--vandaag', '2021-01-01'];
    await run(['node', 'driehoek', ...args], { out: () => undefined, err: (t) => process.stderr.write(t), today: () => '2021-01-01' });
  }
  done();
}
main();
