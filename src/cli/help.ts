import type { Command, Help, HelpConfiguration } from 'commander';
import { t } from '../domain/teksten/index';

const TITLES: Record<string, string> = {
  'Usage:': t('nl', 'cli.gebruik'),
  'Arguments:': t('nl', 'cli.argumenten'),
  'Options:': t('nl', 'cli.opties'),
  'Commands:': t('nl', 'cli.opdrachten'),
};

/** Commander's help with Dutch headings and terms, so no English word reaches the user. */
export const dutchHelp: HelpConfiguration = {
  styleTitle: (title: string) => TITLES[title] ?? title,
  subcommandTerm: (cmd: Command) => [cmd.name(), ...cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`))].join(' '),
  sortSubcommands: false,
} satisfies Partial<Help>;
