import { OfficeMockObject } from 'office-addin-mock';
import { OfficeWorkbook, type ExcelRun } from '../../src/adapters/office/office-workbook';

/** office-addin-mock checks load/sync discipline; the fake in fake-excel.ts holds the cells. */
function mocked(log: string[]) {
  let syncs = 0;
  const range = {
    dataValidation: { rule: {}, errorAlert: {}, clear: () => log.push('clear') },
    select: () => log.push('select'),
  };
  const sheet = {
    activate: () => log.push('activate'),
    getRange: (address: string) => (log.push(`getRange ${address}`), range),
  };
  const data = {
    context: {
      workbook: { worksheets: { getItem: (name: string) => (log.push(`getItem ${name}`), sheet) } },
      sync: async () => void syncs++,
    },
    run: async function (callback: (ctx: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as { run: ExcelRun };
  return {
    port: new OfficeWorkbook(
      (batch) => mock.run(batch),
      (_ctx, batch) => mock.run(batch),
    ),
    syncs: () => syncs,
  };
}

describe('Office.js call discipline (office-addin-mock)', () => {
  it('jumps to a finding: activate the sheet, select the cell, one sync', async () => {
    const log: string[] = [];
    const { port, syncs } = mocked(log);
    await port.select('Partijen', 'A3');
    expect(log).toEqual(['getItem Partijen', 'activate', 'getRange A3', 'select']);
    expect(syncs()).toBe(1);
  });

  it('installs every dropdown list in one sync', async () => {
    const log: string[] = [];
    const { port, syncs } = mocked(log);
    await port.installKeuzelijsten([
      { sheet: 'Acties', range: 'A2:A200', source: "='Speerpunten'!$B$2:$B$9", melding: 'x' },
      { sheet: 'Acties', range: 'F2:F200', source: "='Partijen'!$A$2:$A$9", melding: 'y' },
    ]);
    expect(log.filter((l) => l.startsWith('getRange'))).toEqual(['getRange A2:A200', 'getRange F2:F200']);
    expect(syncs()).toBe(1);
  });
});
