/**
 * npm run bench [-- --json]: the engine against its peers, Office.js round
 * trips on the counting fake, the CLI against a bare load, and the pane's
 * weight. Ratios, measured in one run: this machine is shared and noisy.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { OfficeWorkbook } from '../src/adapters/office/office-workbook';
import { validate } from '../src/domain/engine';
import type { WorkbookSnapshot } from '../src/domain/schema/snapshot';
import { herstelEen, overzichtMaken, valideer as valideerCase } from '../src/domain/usecases/index';
import { fakeFromSnapshot } from '../test/helpers/fake-from-snapshot';
import { generatedSnapshot } from '../test/helpers/generate';
import { strayValueInXfd1048576 } from '../test/corpus/package-builder';
import type { Hit } from './alternatives';
import { CONTENDERS, SAME, TODAY, type Contender } from './contenders';

const ROOT = path.join(__dirname, '..', '..');
const json = process.argv.includes('--json');
const log = (s: string) => (json ? process.stderr : process.stdout).write(`${s}\n`);

/** Every rule on: the findings the peers must find exactly (no rule beyond the four may report on this workbook). */
const engineHits = (s: WorkbookSnapshot): Hit[] => validate(s, { today: TODAY }).findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
const sorted = (h: Hit[]) => [...h].sort();

/** The median time of one contender, in a process of its own (engine-job.ts). */
function timeAlone(name: Contender, rows: number): number {
  const r = spawnSync(process.execPath, [path.join(__dirname, 'engine-job.js'), name, String(rows)], { encoding: 'utf8' });
  const m = /ENGINE (\S+)/.exec(r.stdout);
  if (!m) throw new Error(`meten mislukt (${name}): ${r.stderr.slice(-500)}`);
  return Number(m[1]);
}

async function engine(rows: number) {
  const s = generatedSnapshot(rows);
  const expected = sorted(engineHits(s));
  const rules = new Set(expected.map((h) => h.split(' ')[0]));
  if (![...rules].every((r) => SAME.includes(r!))) throw new Error(`onverwachte regels: ${[...rules]}`);
  for (const name of ['hand', 'model', 'jre', 'zod'] as const) {
    const hits = await CONTENDERS[name](s);
    if (JSON.stringify(sorted(hits)) !== JSON.stringify(expected))
      throw new Error(`${name} vindt iets anders dan de engine (${hits.length} tegen ${expected.length})`);
  }
  const best = bestOf(Object.keys(CONTENDERS) as Contender[], 3, (n) => ({ ms: timeAlone(n, rows) }));
  const ms = Object.fromEntries(Object.entries(best).map(([n, m]) => [n, m.ms])) as Record<Contender, number>;
  const rps = (m: number) => Math.round(rows / (m / 1000));
  log(
    `engine ${rows} rijen: ${rps(ms.engine)} rijen/s (alle regels ${rps(ms.allRules)}); hand ${rps(ms.hand)}, lussen over het model ${rps(ms.model)}, json-rules-engine ${rps(ms.jre)}, zod ${rps(ms.zod)}; bevindingen ${expected.length}`,
  );
  return {
    rows,
    findings: expected.length,
    rowsPerSecond: rps(ms.engine),
    allRulesRowsPerSecond: rps(ms.allRules),
    vsHandLoop: ms.hand / ms.engine,
    vsModelLoop: ms.model / ms.engine,
    modelLoopVsHandLoop: ms.hand / ms.model,
    vsJsonRulesEngine: ms.jre / ms.engine,
    vsZod: ms.zod / ms.engine,
    ms,
  };
}

async function officeJs(rows: number) {
  const s = generatedSnapshot(rows);
  const fake = fakeFromSnapshot(s);
  const port = new OfficeWorkbook(fake.run, fake.runIn);
  const count = async (fn: () => Promise<unknown>) => {
    fake.requests = [];
    await fn();
    // The largest request Excel accepted; one it refused for its size (then read in halves) is counted as a round trip only.
    const accepted = fake.requests.filter((r) => !r.refused);
    return {
      syncs: fake.syncs,
      refused: fake.requests.length - accepted.length,
      maxRequestBytes: Math.max(...accepted.map((r) => Math.max(r.requestBytes, r.responseBytes))),
    };
  };
  // Each click as the user waits for it: the reads, the writes and the findings after.
  const valideer = await count(() => valideerCase(port, { today: TODAY }));
  const before = await valideerCase(port, { today: TODAY });
  const finding = before.result.findings.find((f) => f.voorstellen?.length)!;
  const herstel = await count(() => herstelEen(port, before, finding.voorstellen![0]!, { today: TODAY }));
  const overzicht = await count(() => overzichtMaken(port, { today: TODAY }));
  log(
    `Office.js ${rows} rijen: valideer ${valideer.syncs} syncs (max ${valideer.maxRequestBytes} bytes), overzicht ${overzicht.syncs}, herstel ${herstel.syncs}`,
  );
  return {
    rows,
    valideer,
    overzicht,
    herstel,
    maxRequestBytes: Math.max(valideer.maxRequestBytes, overzicht.maxRequestBytes, herstel.maxRequestBytes),
  };
}

async function xlsxFile(rows: number, dir: string): Promise<string> {
  const s = generatedSnapshot(rows);
  const wb = new ExcelJS.Workbook();
  for (const sheet of s.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    const block = sheet.blocks[0]!;
    block.values.forEach((r, i) => {
      const row = ws.addRow(r);
      block.numberFormats[i]!.forEach((f, j) => f !== 'General' && (row.getCell(j + 1).numFmt = f));
    });
  }
  const file = path.join(dir, `acties-${rows}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

type Measured = { ms: number; maxRssMb: number };

/** Wall time and peak memory of one node script in its own process. */
function once(args: string[]): Measured {
  const r = spawnSync(process.execPath, [path.join(__dirname, 'measure.js'), ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const m = /MEASURE (\S+) (\S+)/.exec(r.stderr);
  if (!m) throw new Error(`meten mislukt: ${r.stderr.slice(-500)}`);
  return { ms: Number(m[1]), maxRssMb: Math.round(Number(m[2]) / 1024) };
}

/**
 * Each job's best of its rounds, the jobs taking turns round by round: on a
 * shared machine the load drifts over a minute, and a ratio of two jobs
 * measured minutes apart measures the drift.
 */
function bestOf<K extends string, M extends { ms: number }>(names: readonly K[], rounds: number, measure: (name: K) => M): Record<K, M> {
  const best = {} as Record<K, M>;
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const m = measure(name);
      if (!best[name] || m.ms < best[name].ms) best[name] = m;
    }
  }
  return best;
}

/** The command-line jobs, each in its own process, best of five. */
function run<K extends string>(jobs: Record<K, string[]>): Record<K, Measured> {
  return bestOf(Object.keys(jobs) as K[], 5, (name) => once(jobs[name]));
}

async function cli(rows: number, dir: string) {
  const file = await xlsxFile(rows, dir);
  const { bare, exceljs, valideer, overzicht } = run({
    bare: ['bare', file],
    exceljs: ['exceljs', file],
    valideer: ['valideer', file],
    overzicht: ['overzicht', file, path.join(dir, `uit-${rows}.xlsx`)],
  });
  log(
    `CLI ${rows} rijen: kaal lezen ${bare.ms} ms (${bare.maxRssMb} MB; exceljs ${exceljs.ms} ms, ${exceljs.maxRssMb} MB), valideer ${valideer.ms} ms (${valideer.maxRssMb} MB), overzicht ${overzicht.ms} ms (${overzicht.maxRssMb} MB)`,
  );
  return {
    rows,
    bareLoadMs: bare.ms,
    bareLoadMaxRssMb: bare.maxRssMb,
    exceljsLoadMs: exceljs.ms,
    exceljsMaxRssMb: exceljs.maxRssMb,
    valideerMs: valideer.ms,
    overzichtMs: overzicht.ms,
    valideerMaxRssMb: valideer.maxRssMb,
    overzichtMaxRssMb: overzicht.maxRssMb,
    vsBareLoad: valideer.ms / bare.ms,
    overzichtVsBareLoad: overzicht.ms / bare.ms,
  };
}

/** One stray value in XFD1048576 (the corpus case): memory follows the content, not the used range. */
async function stress(dir: string) {
  const file = path.join(dir, 'xfd1048576.xlsx');
  writeFileSync(file, await strayValueInXfd1048576());
  const { valideer, overzicht } = run({ valideer: ['valideer', file], overzicht: ['overzicht', file, path.join(dir, 'xfd-uit.xlsx')] });
  log(`Eén waarde in XFD1048576: valideer ${valideer.ms} ms (${valideer.maxRssMb} MB), overzicht ${overzicht.ms} ms (${overzicht.maxRssMb} MB)`);
  return {
    xfd1048576: { valideerMs: valideer.ms, valideerMaxRssMb: valideer.maxRssMb, overzichtMs: overzicht.ms, overzichtMaxRssMb: overzicht.maxRssMb },
  };
}

function pane() {
  const dist = path.join(ROOT, 'dist');
  // The pages as they ship now: built here, so an old dist/ cannot be measured by mistake.
  execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'ignore' });
  const gz = (f: string) => Number(execFileSync('gzip', ['-9c', path.join(dist, f)]).length);
  const scripts = (page: string) =>
    [...readFileSync(path.join(dist, page), 'utf8').matchAll(/<script[^>]+src="?([^"\s>]+)"?/g)].map((m) => m[1]!).filter((s) => !/^https?:/.test(s));
  const files = execFileSync('ls', [dist], { encoding: 'utf8' }).split('\n');
  const chunk = (prefix: string) => files.find((f) => f.startsWith(prefix) && f.endsWith('.js'))!;
  const office = scripts('taskpane.html').reduce((n, f) => n + gz(f), 0);
  const standalone = scripts('index.html').reduce((n, f) => n + gz(f), 0) + gz(chunk('standalone.'));
  const lazy = files.filter((f) => /^(kern|resultaten)\..*\.js$/.test(f)).reduce((n, f) => n + gz(f), 0);
  const out = {
    initialJsGzipBytes: office,
    onFirstActionJsGzipBytes: lazy,
    initialCssGzipBytes: 0,
    standaloneInitialJsGzipBytes: standalone,
    xlsxChunkGzipBytes: gz(chunk('xlsx.')),
  };
  log(
    `Deelvenster: ${office} bytes gzip initiële JS (Office), ${lazy} bij de eerste actie, ${standalone} (losse pagina), xlsx-chunk ${out.xlsxChunkGzipBytes}; CSS zit in de JS (Griffel)`,
  );
  return out;
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'driehoek-bench-'));
  if (process.argv.includes('--engine')) {
    for (const n of [10_000, 100_000]) await engine(n);
    return;
  }
  if (process.argv.includes('--cli')) {
    for (const n of [10_000, 100_000]) await cli(n, dir);
    return;
  }
  const engineRuns = [];
  for (const n of [100, 10_000, 100_000]) engineRuns.push(await engine(n));
  const office = [];
  for (const n of [100, 10_000, 50_000]) office.push(await officeJs(n));
  const cliRuns = [await cli(10_000, dir), await cli(100_000, dir)];
  const at100k = engineRuns[2]!;
  const at10k = office[1]!;
  const result = {
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, date: new Date().toISOString().slice(0, 10) },
    engine: {
      rowsPerSecond: at100k.rowsPerSecond,
      vsHandLoop: at100k.vsHandLoop,
      vsJsonRulesEngine: at100k.vsJsonRulesEngine,
      vsZod: at100k.vsZod,
      runs: engineRuns,
    },
    officeJs: {
      valideer: { syncs: at10k.valideer.syncs },
      overzicht: { syncs: at10k.overzicht.syncs },
      herstel: { syncs: at10k.herstel.syncs },
      maxRequestBytes: office[2]!.maxRequestBytes,
      runs: office,
    },
    cli: {
      vsBareLoad: Math.max(cliRuns[0]!.vsBareLoad, cliRuns[1]!.vsBareLoad),
      overzichtVsBareLoad: Math.max(cliRuns[0]!.overzichtVsBareLoad, cliRuns[1]!.overzichtVsBareLoad),
      runs: cliRuns,
    },
    stress: await stress(dir),
    pane: pane(),
  };
  if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.join(dir, 'result.json'), JSON.stringify(result));
}

main().catch((e) => {
  process.stderr.write(`bench mislukt: ${(e as Error).message}\n`);
  process.exit(1);
});
