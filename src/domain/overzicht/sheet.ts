import { columnLetter, isoToDayMonth, isoToDutch } from '../cells';
import { GENERATED } from '../contract';
import type { GeneratedSheet } from '../schema/overzicht';
import { t } from '../teksten/index';
import { rowHeights } from './layout';
import { redenenTekst, type Entry, type Overzicht } from './model';

const HEADER_ROW = 4;
const HEADER_FILL = 'D9E1F2';
const TOTAL_FILL = 'F2F2F2';

type Row = Array<string | number>;

/** "11-2-2021 (28-1)": the Driehoek date with its WIV date in brackets, as the seed writes it. */
export function meetingHeader(iso: string, wiv: string | undefined): string {
  return wiv ? `${isoToDutch(iso)} (${isoToDayMonth(wiv)})` : isoToDutch(iso);
}

/** Excel holds at most 32,767 characters in a cell; leave room for the closing line. */
const CELL_BUDGET = 32_767 - 100;

/** One line per onderwerp, each starting with "- "; what does not fit is counted on a last line. */
export function cellLines(entries: readonly Entry[]): string[] {
  const lines: string[] = [];
  let used = 0;
  for (const [i, entry] of entries.entries()) {
    const line = `- ${entry.label}`;
    if (used + line.length + 1 > CELL_BUDGET) {
      lines.push(t('nl', 'overzicht.enNog', { aantal: entries.length - i }));
      break;
    }
    lines.push(line);
    used += line.length + 1;
  }
  return lines;
}

function cellText(entries: readonly Entry[]): string {
  return cellLines(entries).join('\n');
}

/** The sheet regeneration writes. `today` only fills the "gemaakt op" line. */
export function buildOverzichtSheet(o: Overzicht, today: string): GeneratedSheet {
  const width = Math.max(o.vergaderingen.length + 2, 3);
  const last = columnLetter(width);
  const pad = (r: Row): Row => [...r, ...new Array<string>(Math.max(0, width - r.length)).fill('')];
  const rows: Row[] = [
    [t('nl', 'overzicht.titel', { jaar: o.jaar })],
    [
      t('nl', 'overzicht.gemaakt', {
        datum: isoToDutch(today),
        acties: `${o.aantalActies} ${t('nl', o.aantalActies === 1 ? 'overzicht.actie' : 'overzicht.acties')}`,
      }),
    ],
    [],
    [t('nl', 'overzicht.kop'), ...o.vergaderingen.map((m) => meetingHeader(m, o.wiv[m])), t('nl', 'overzicht.totaalPerPartij')],
    ...o.rijen.map((r) => [r.partij, ...o.vergaderingen.map((m) => cellText(r.cellen[m] ?? [])), r.totaal]),
    [t('nl', 'overzicht.totaalPerDriehoek'), ...o.vergaderingen.map((m) => o.totaalPerVergadering[m] ?? 0), ''],
  ];
  const totalRow = rows.length;
  const formats: GeneratedSheet['formats'] = [
    { range: 'A1', style: { bold: true, size: 14 } },
    { range: `A${HEADER_ROW}:${last}${totalRow}`, style: { border: true, wrap: true, vAlign: 'top' } },
    { range: `A${HEADER_ROW}:${last}${HEADER_ROW}`, style: { bold: true, fill: HEADER_FILL } },
    { range: `A${HEADER_ROW + 1}:A${totalRow}`, style: { bold: true } },
    { range: `A${totalRow}:${last}${totalRow}`, style: { bold: true, fill: TOTAL_FILL } },
  ];
  const block = (title: string, head: string[], body: Row[]) => {
    rows.push([]);
    rows.push([title]);
    formats.push({ range: `A${rows.length}`, style: { bold: true, size: 12 } });
    if (!body.length) {
      rows.push([t('nl', 'overzicht.geen')]);
      return;
    }
    rows.push(head);
    formats.push({ range: `A${rows.length}:${columnLetter(head.length)}${rows.length}`, style: { bold: true, fill: HEADER_FILL, border: true } });
    const first = rows.length + 1;
    rows.push(...body);
    formats.push({ range: `A${first}:${columnLetter(head.length)}${rows.length}`, style: { border: true, wrap: true, vAlign: 'top' } });
  };
  const [onderwerp, trekkers] = [t('nl', 'overzicht.onderwerp'), t('nl', 'overzicht.trekkers')];
  block(
    t('nl', 'overzicht.doorlopend'),
    [onderwerp, trekkers],
    o.doorlopend.map((d) => [`- ${d.onderwerp}`, d.trekkers.join(', ')]),
  );
  block(
    t('nl', 'overzicht.onvoorzien'),
    [t('nl', 'overzicht.actieKop'), trekkers, t('nl', 'overzicht.ingevlogen')],
    o.onvoorzien.map((d) => [d.actie, d.trekkers.join(', '), d.ingevlogen]),
  );
  block(
    t('nl', 'overzicht.nietGeplaatst'),
    [onderwerp, t('nl', 'overzicht.reden'), t('nl', 'overzicht.cel')],
    o.nietGeplaatst.map((d) => [`- ${d.onderwerp}`, redenenTekst(d.redenen, 'nl'), d.cel]),
  );
  const cells = rows.map(pad);
  const columnWidths = Array.from({ length: width }, (_, i) => (i === 0 ? 26 : i === o.vergaderingen.length + 1 ? 12 : 28));
  return {
    name: GENERATED.overzicht.sheet,
    cells,
    columnWidths,
    rowHeights: rowHeights({ cells, formats, columnWidths }),
    formats,
    merges: [`A1:${last}1`, `A2:${last}2`],
    freeze: { rows: HEADER_ROW, columns: 1 },
    printTitleRows: `${HEADER_ROW}:${HEADER_ROW}`,
    landscape: true,
    paper: 'A4',
    fitToWidth: true,
  };
}
