import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { UnusableWorkbookError } from '../domain/errors';
import { t, type VasteTekst } from '../domain/teksten/index';
import { dutchHelp } from './help';
import { agendaCommand, herstelCommand, overzichtCommand, regelsCommand, valideerCommand, voortgangCommand, type Io } from './commands';
import { UsageError } from './usage-error';

export type { Io } from './commands';
export { SAMPLE } from './workbook';

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  today: () => new Date().toISOString().slice(0, 10),
};

const COMMANDS = 'valideer, overzicht, agenda, voortgang, herstel of regels';
const tx = (id: VasteTekst) => t('nl', id);

function version(): string {
  return (JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** Exit status of regels.md: 0 no errors, 1 errors found, 2 the input cannot be used. */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code = 0;
  const program = new Command('driehoek')
    .description(tx('cli.beschrijving'))
    .usage('[opties] [opdracht]')
    .version(version(), '-V, --version', tx('cli.versie'))
    .helpOption('-h, --help', tx('cli.hulp'))
    .helpCommand('help [opdracht]', tx('cli.hulpBij'))
    .showSuggestionAfterError(false)
    .configureHelp(dutchHelp)
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined })
    .addHelpText('after', `\n${tx('cli.uitgang')}\n${tx('cli.regelsZie')}`)
    .exitOverride();
  const sub = (name: string, description: VasteTekst) =>
    program.command(name).description(tx(description)).usage('[opties] [bestand]').helpOption('-h, --help', tx('cli.hulp')).configureHelp(dutchHelp);
  const today = new Option('--vandaag <datum>', tx('cli.opt.vandaag'));

  sub('valideer', 'cli.cmd.valideer')
    .argument('[bestand]', tx('cli.arg.bestand'))
    .option('--json', tx('cli.opt.json'))
    .addOption(today)
    .addOption(new Option('--ernst <regel=ernst...>', tx('cli.opt.ernst')))
    .action(async (file: string | undefined, opts) => {
      code = await valideerCommand(file, opts, io);
    });
  sub('overzicht', 'cli.cmd.overzicht')
    .argument('[bestand]', tx('cli.arg.bestand'))
    .option('-o, --uit <bestand>', tx('cli.opt.uit'))
    .option('--json', tx('cli.opt.json'))
    .addOption(today)
    .action(async (file: string | undefined, opts) => {
      code = await overzichtCommand(file, opts, io);
    });
  sub('agenda', 'cli.cmd.agenda')
    .argument('[bestand]', tx('cli.arg.bestand'))
    .option('--vergadering <datum>', tx('cli.opt.vergadering'))
    .option('-o, --uit <bestand>', tx('cli.opt.uit'))
    .option('--json', tx('cli.opt.json'))
    .addOption(today)
    .action(async (file: string | undefined, opts) => {
      code = await agendaCommand(file, opts, io);
    });
  sub('voortgang', 'cli.cmd.voortgang')
    .argument('[bestand]', tx('cli.arg.bestand'))
    .option('--peildatum <datum>', tx('cli.opt.peildatum'))
    .option('-o, --uit <bestand>', tx('cli.opt.uit'))
    .option('--json', tx('cli.opt.json'))
    .addOption(today)
    .action(async (file: string | undefined, opts) => {
      code = await voortgangCommand(file, opts, io);
    });
  sub('herstel', 'cli.cmd.herstel')
    .argument('[bestand]', tx('cli.arg.bestand'))
    .option('-o, --uit <bestand>', tx('cli.opt.uit'))
    .option('--json', tx('cli.opt.json'))
    .addOption(today)
    .action(async (file: string | undefined, opts) => {
      code = await herstelCommand(file, opts, io);
    });
  program
    .command('regels')
    .description(tx('cli.cmd.regels'))
    .usage('[opties]')
    .helpOption('-h, --help', tx('cli.hulp'))
    .configureHelp(dutchHelp)
    .option('--json', tx('cli.opt.json'))
    .action((opts: { json?: boolean }) => {
      code = regelsCommand(opts, io);
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
    if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(e.code)) return 0;
    io.err(`${commanderMessage(e)}\n`);
    return 2;
  }
  if (e instanceof UnusableWorkbookError || e instanceof UsageError) {
    io.err(`${e.message}\n`);
    return 2;
  }
  if (process.env.DRIEHOEK_DEBUG) io.err(`${(e as Error)?.stack ?? String(e)}\n`);
  io.err(`${t('nl', 'cli.fout.onverwacht', { fout: (e as Error)?.message ?? String(e) })}\n`);
  return 2;
}

function commanderMessage(e: CommanderError): string {
  const arg = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  switch (e.code) {
    case 'commander.unknownOption':
      return t('nl', 'cli.fout.onbekendeOptie', { optie: arg });
    case 'commander.unknownCommand':
      return t('nl', 'cli.fout.onbekendeOpdracht', { opdracht: arg, opdrachten: COMMANDS });
    case 'commander.optionMissingArgument':
      return t('nl', 'cli.fout.waardeNodig', { optie: arg });
    case 'commander.excessArguments':
      return t('nl', 'cli.fout.teVeel');
    default:
      return t('nl', 'cli.fout.geenOpdracht', { opdrachten: COMMANDS });
  }
}

/** @public bin/driehoek.js runs it from the compiled lib/. */
export async function main(argv: readonly string[]): Promise<void> {
  process.exitCode = await run(argv);
}
