'use strict';
// Runs one measured job in this process and reports its wall time and peak
// memory on stderr: "MEASURE <ms> <maxRSS KB>". The CLI jobs go through the
// real command; "bare" only reads the file into the snapshot the core gets
// (driehoek's own reader: the floor under any command), "exceljs" loads it
// with exceljs for comparison.
const path = require('node:path');
const [job, file, out] = process.argv.slice(2);
const start = performance.now();

function done() {
  process.stderr.write(`\nMEASURE ${Math.round(performance.now() - start)} ${process.resourceUsage().maxRSS}\n`);
}

async function main() {
  if (job === 'bare') {
    const { XlsxWorkbook } = require(path.join(__dirname, '..', '..', 'lib', 'adapters', 'file', 'index.js'));
    await (await XlsxWorkbook.open(new Uint8Array(require('node:fs').readFileSync(file)), path.basename(file))).read();
  } else if (job === 'exceljs') {
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
