import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { XlsxWorkbook } from '../adapters/file';
import { UnusableWorkbookError } from '../domain/errors';
import { validate } from '../domain/engine';
import { toJson } from '../domain/overzicht/model';
import { overzichtMaken } from '../domain/usecases';
import { RULE_IDS, type RuleId } from '../domain/rules/index';
import { ErnstSchema, type Ernst, type ValidationJson } from '../domain/schema/finding';
import { formatFindings, overzichtSummary } from './format';

export const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'uitvoeringsprogramma-2021.xlsx');

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Today as ISO date; the clock lives here, at the edge. */
  today(): string;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  today: () => new Date().toISOString().slice(0, 10),
};

/** Exit status of regels.md: 0 no errors, 1 errors found, 2 input unusable. */
class UsageError extends Error {}

export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code = 0;
  const program = new Command('driehoek')
    .description('Controleert het uitvoeringsprogramma integrale veiligheid en maakt het Driehoek-overzicht.')
    .helpOption('-h, --help', 'toon deze hulp')
    .helpCommand('help [opdracht]', 'toon hulp bij een opdracht')
    .showSuggestionAfterError(false)
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined })
    .exitOverride();

  program
    .command('valideer')
    .description('controleer een werkboek (zonder bestand: het voorbeeld van 2021)')
    .argument('[bestand]', '.xlsx-bestand')
    .option('--json', 'druk de bevindingen af als JSON')
    .option('--vandaag <datum>', 'de datum die als vandaag geldt (JJJJ-MM-DD)')
    .addOption(new Option('--ernst <regel=ernst...>', 'ernst van een regel voor deze keer: uit, info, waarschuwing of fout'))
    .action(async (file: string | undefined, opts: { json?: boolean; vandaag?: string; ernst?: string[] }) => {
      const today = parseToday(opts.vandaag, io);
      const ernst = parseErnst(opts.ernst ?? []);
      const snapshot = await (await open(file)).read();
      const result = validate(snapshot, { today, ernst });
      if (opts.json) {
        const json: ValidationJson = {
          findings: result.findings.map(({ fix: _fix, ...f }) => f),
          summary: result.summary,
        };
        io.out(`${JSON.stringify(json, null, 2)}\n`);
      } else io.out(formatFindings(snapshot.name, result.findings, result.summary));
      code = result.summary.errors > 0 ? 1 : 0;
    });

  program
    .command('overzicht')
    .description('schrijf een kopie met een nieuw Driehoek-overzicht (het origineel blijft onaangeroerd)')
    .argument('[bestand]', '.xlsx-bestand')
    .option('-o, --uit <bestand>', 'waar de kopie heen gaat (standaard: NAAM.overzicht.xlsx naast het bestand; bij het voorbeeld in de huidige map)')
    .option('--json', 'druk ook de matrix af als JSON')
    .action(async (file: string | undefined, opts: { uit?: string; json?: boolean }) => {
      code = await overzicht(file, opts, io);
    });

  try {
    await program.parseAsync(argv);
  } catch (e) {
    return failure(e, io);
  }
  return code;
}

function failure(e: unknown, io: Io): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    io.err(`${commanderMessage(e)} Zie: driehoek --help\n`);
    return 2;
  }
  if (e instanceof UnusableWorkbookError || e instanceof UsageError) {
    io.err(`${e.message}\n`);
    return 2;
  }
  if (process.env.DRIEHOEK_DEBUG) io.err(`${(e as Error)?.stack ?? String(e)}\n`);
  io.err(`Er ging iets onverwachts mis: ${(e as Error)?.message ?? String(e)}. Meld dit met het bestand erbij; zet DRIEHOEK_DEBUG=1 voor details.\n`);
  return 2;
}

function commanderMessage(e: CommanderError): string {
  const arg = /'([^']+)'/.exec(e.message)?.[1];
  switch (e.code) {
    case 'commander.unknownOption':
      return `Onbekende optie ${arg ?? ''}.`;
    case 'commander.unknownCommand':
      return `Onbekende opdracht ${arg ?? ''}; kies valideer of overzicht.`;
    case 'commander.optionMissingArgument':
      return `De optie ${arg ?? ''} heeft een waarde nodig.`;
    case 'commander.excessArguments':
      return 'Te veel bestanden: geef er één.';
    default:
      return 'Geef een opdracht: valideer of overzicht.';
  }
}

function parseToday(value: string | undefined, io: Io): string {
  if (value === undefined) return io.today();
  const ok =
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw new UsageError(`--vandaag "${value}" is geen datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2021-06-30.`);
  return value;
}

function parseErnst(pairs: string[]): Partial<Record<RuleId, Ernst>> {
  const out: Partial<Record<RuleId, Ernst>> = {};
  for (const pair of pairs) {
    const [id = '', level = ''] = pair.split('=');
    if (!(RULE_IDS as readonly string[]).includes(id))
      throw new UsageError(`--ernst: er is geen regel "${id}". De regels staan in de README en in driehoek --help.`);
    const ernst = ErnstSchema.safeParse(level.toLowerCase());
    if (!ernst.success) throw new UsageError(`--ernst ${id}: "${level}" is geen ernst. Kies uit, info, waarschuwing of fout.`);
    out[id as RuleId] = ernst.data;
  }
  return out;
}

async function overzicht(file: string | undefined, opts: { uit?: string; json?: boolean }, io: Io): Promise<number> {
  const today = io.today();
  const source = path.resolve(file ?? SAMPLE);
  const out = path.resolve(
    opts.uit ?? (file ? source.replace(/(\.xlsx)?$/i, '.overzicht.xlsx') : path.basename(SAMPLE, '.xlsx') + '.overzicht.xlsx'),
  );
  if (out === source) throw new UsageError(`${out} is het bestand zelf; het origineel wordt nooit overschreven. Kies met -o een andere naam.`);
  const port = await open(file);
  const snapshot = await port.read();
  const check = validate(snapshot, { today });
  const missing = (['acties', 'vergaderingen', 'partijen'] as const).filter((k) => !check.werkboek.locations[k]);
  if (missing.length)
    throw new UsageError(
      `Het overzicht kan niet gemaakt worden: de tabel ${missing.map((m) => m[0]!.toUpperCase() + m.slice(1)).join(' en ')} ontbreekt. Voer eerst driehoek valideer uit.`,
    );
  const { overzicht: model } = await overzichtMaken(port, today, snapshot);
  await writeFile(out, await port.save()).catch(() => {
    throw new UsageError(`Kan ${out} niet schrijven. Controleer of de map bestaat en of het bestand niet open staat in Excel.`);
  });
  if (opts.json) io.out(`${JSON.stringify(toJson(model), null, 2)}\n`);
  else io.out(overzichtSummary(out, model, check.summary.errors));
  return check.summary.errors > 0 ? 1 : 0;
}

async function open(file: string | undefined): Promise<XlsxWorkbook> {
  const target = file ?? SAMPLE;
  const name = path.basename(target);
  const info = await stat(target).catch(() => undefined);
  if (!info) throw new UnusableWorkbookError(`Bestand niet gevonden: ${target}. Controleer de naam en de map.`);
  if (!info.isFile()) throw new UnusableWorkbookError(`${target} is een map, geen bestand. Geef het pad van een .xlsx-bestand.`);
  const bytes = await readFile(target).catch(() => undefined);
  if (!bytes)
    throw new UnusableWorkbookError(`${target} kan niet gelezen worden. Controleer of u leesrechten hebt en of het bestand niet open staat.`);
  return XlsxWorkbook.open(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
}

export async function main(argv: readonly string[]): Promise<void> {
  process.exitCode = await run(argv);
}
