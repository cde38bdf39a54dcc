import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XlsxWorkbook } from '../src/adapters/file';
import { SAMPLE } from '../src/cli/main';
import type { ZekereFix } from '../src/domain/schema/finding';
import { herstelAlleZekere, herstelEen, ongedaanMaken, valideer, zekereFixes } from '../src/domain/usecases/index';
import { cli, tempDir } from './helpers/cli';
import { needs } from './helpers/needs';
import { expectValid } from './helpers/openxml';
import { richWorkbook } from './helpers/rich-workbook';

const TODAY = { today: '2021-01-15' };

/** Every package these tests write, to be checked at the end in one run of the validator. */
const written: string[] = [];
const keep = async (name: string, bytes: Uint8Array) => {
  const file = path.join(tempDir(), name);
  writeFileSync(file, bytes);
  written.push(file);
};

needs(['validator'])('every package driehoek writes opens as Excel would open it (Open XML SDK 3.3.0)', () => {
  it('starts from inputs the validator passes', () => {
    const rich = path.join(tempDir(), 'rijk.xlsx');
    return richWorkbook().then((b) => {
      writeFileSync(rich, b);
      expectValid([SAMPLE, rich]);
    });
  });

  it('the overview and the fixes of the command line', async () => {
    const dir = tempDir();
    for (const [cmd, out, ...extra] of [
      ['overzicht', path.join(dir, 'overzicht.xlsx')],
      ['herstel', path.join(dir, 'hersteld.xlsx')],
      ['agenda', path.join(dir, 'agenda.xlsx'), '--vergadering', '2021-06-17'],
      ['voortgang', path.join(dir, 'voortgang.xlsx'), '--peildatum', 'eind'],
    ]) {
      expect((await cli([cmd!, '-o', out!, ...extra])).code).toBe(1);
      written.push(out!);
    }
    // Twice into the same sheets: the chart and its parts are replaced, not added to.
    const twice = path.join(dir, 'voortgang-2x.xlsx');
    expect((await cli(['voortgang', path.join(dir, 'voortgang.xlsx'), '-o', twice, '--peildatum', 'halfjaar'])).code).toBe(1);
    written.push(twice);
    const rich = path.join(dir, 'rijk.xlsx');
    writeFileSync(rich, await richWorkbook());
    await cli(['overzicht', rich, '-o', path.join(dir, 'rijk.overzicht.xlsx')]);
    written.push(path.join(dir, 'rijk.overzicht.xlsx'));
  });

  it('every kind of fix, its undo, a hidden column and an added template sheet', async () => {
    const wb = await XlsxWorkbook.open(new Uint8Array(readFileSync(SAMPLE)), 'x.xlsx');
    const before = await valideer(wb, TODAY);
    const hatterm = before.result.findings.find((f) => f.rule === 'trekker-onbekend')!;
    const one = await herstelEen(wb, before, hatterm.voorstellen![0]!, TODAY);
    await keep('voorstel.xlsx', await wb.save());
    await ongedaanMaken(wb, one.ongedaan!, TODAY);
    await keep('ongedaan.xlsx', await wb.save());
    const all = await herstelAlleZekere(wb, one.na, zekereFixes(one.na.result.findings), TODAY);
    await keep('zeker.xlsx', await wb.save());
    await wb.hideColumns('Uitvoeringsprogramma', 'D:D');
    await keep('verborgen.xlsx', await wb.save());
    const date = all.na.result.findings.find((f) => f.rule === 'datum-geen-driehoek' && f.voorstellen?.[0]?.fix.type === 'setDate');
    if (date) await herstelEen(wb, all.na, date.voorstellen![0]!, TODAY);
    await keep('datum.xlsx', await wb.save());
    const empty = await XlsxWorkbook.open(new Uint8Array(readFileSync(SAMPLE)), 'y.xlsx');
    const missing = await valideer(empty, TODAY);
    await herstelEen(
      empty,
      missing,
      {
        type: 'addSheet',
        sheet: 'Instellingen',
        rows: [
          [
            { kind: 'text', text: 'Regel' },
            { kind: 'text', text: 'Ernst' },
          ],
        ],
      } as ZekereFix,
      TODAY,
    );
    await keep('sjabloon.xlsx', await empty.save());
  });

  it('passes all of them without a single error', () => {
    expect(written.length).toBeGreaterThanOrEqual(9);
    expectValid(written);
  });
});
