import { planFixes, planUndo, type CellWrite, type CurrentCell, type CurrentCells } from '../../src/domain/fixes/planner';
import type { Fix } from '../../src/domain/schema/finding';

/** The cells of one sheet "Acties" as an adapter would report them now. */
function cells(map: Record<string, Partial<CurrentCell>>): CurrentCells {
  return {
    hasSheet: (name) => name.toLowerCase() === 'acties',
    cell: (sheet, address) => (sheet === 'Acties' ? { value: '', formula: false, format: 'General', ...map[address] } : undefined),
  };
}

const fill = (rows: Extract<Fix, { type: 'fillEmpty' }>['rows']): Fix => ({ type: 'fillEmpty', sheet: 'Acties', startCell: 'F2', rows, sources: [] });

describe('the fix planner', () => {
  it('fills a date as a date the user can read, and text as text, never as a formula', () => {
    const plan = planFixes(
      [
        fill([
          [
            { kind: 'text', text: 'Politie' },
            { kind: 'date', iso: '2021-02-11' },
          ],
        ]),
      ],
      cells({}),
      false,
    );
    expect(plan.writes.map(({ cell, value, format }) => ({ cell, value, format }))).toEqual([
      { cell: 'F2', value: 'Politie', format: '@' },
      { cell: 'G2', value: 44238, format: 'd-m-yyyy' },
    ]);
  });

  it('fills a date in a 1904 workbook with that date system’s serial', () => {
    const plan = planFixes([fill([[{ kind: 'date', iso: '2021-02-11' }]])], cells({}), true);
    expect(plan.writes[0]!.value).toBe(44238 - 1462);
  });

  it('leaves a cell the split has nothing for as it is', () => {
    const plan = planFixes(
      [
        fill([
          [
            { kind: 'text', text: '' },
            { kind: 'text', text: 'doorlopend' },
          ],
        ]),
      ],
      cells({}),
      false,
    );
    expect(plan.writes.map((w) => w.cell)).toEqual(['G2']);
  });

  it('adds a sheet without a header row when the template has none', () => {
    const plan = planFixes([{ type: 'addSheet', sheet: 'Partijen', rows: [] }], cells({}), false);
    expect(plan.sheets).toEqual([{ name: 'Partijen', header: [] }]);
  });
});

describe('Ongedaan maken', () => {
  const wrote = (cell: Partial<CellWrite> & Pick<CellWrite, 'value'>): CellWrite => ({
    sheet: 'Acties',
    cell: 'F2',
    before: { value: 'Hatterm', formula: false, format: 'General' },
    ...cell,
  });

  it('puts back what the cell held', () => {
    const undo = planUndo([wrote({ value: 'Hattem' })], cells({ F2: { value: 'Hattem' } }));
    expect(undo).toEqual({
      writes: [{ sheet: 'Acties', cell: 'F2', value: 'Hatterm', before: expect.objectContaining({ value: 'Hattem' }) }],
      geweigerd: [],
    });
  });

  it('empties a cell that was empty, and gives back its number format when the fix set one', () => {
    const before = { value: '', formula: false, format: 'General' };
    const undo = planUndo([wrote({ value: 'Politie', format: '@', before })], cells({ F2: { value: 'Politie', format: '@' } }));
    expect(undo.writes).toEqual([expect.objectContaining({ value: null, format: 'General' })]);
    expect(undo.writes[0]).not.toHaveProperty('style');
  });

  it('gives back the cell’s own style, and leaves the format alone when the fix did', () => {
    const before = { value: 'Hatterm', formula: false, format: 'General', style: 7 };
    const undo = planUndo([wrote({ value: 'Hattem', before })], cells({ F2: { value: 'Hattem', style: 3 } }));
    expect(undo.writes).toEqual([expect.objectContaining({ value: 'Hatterm', style: 7 })]);
    expect(undo.writes[0]).not.toHaveProperty('format');
  });

  it.each([
    ['changed since', cells({ F2: { value: 'Heerde' } })],
    ['a formula since', cells({ F2: { value: 'Hattem', formula: true } })],
    ['on a sheet deleted since', { hasSheet: () => false, cell: () => undefined }],
  ])('keeps a cell %s as it is, and says so', (_, now) => {
    expect(planUndo([wrote({ value: 'Hattem' })], now)).toEqual({ writes: [], geweigerd: ['Acties!F2'] });
  });
});
