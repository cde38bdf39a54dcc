import { spec, TABLE_KINDS } from '../contract';
import type { WorkbookPort } from '../port';
import { rowsOf, type Werkboek } from '../read/werkboek';
import { herstelAlleZekere } from './herstel';
import { valideer, type Opties, type Validatie } from './valideer';

export type SjabloonUitkomst =
  | { soort: 'klaar'; toegevoegd: string[]; geweigerd: string[]; nogTeVullen: string[]; na: Validatie }
  /** Every table is there; some may still need rows. */
  | { soort: 'niets'; nogTeVullen: string[] };

/** The required tables that are there but still without rows: the workbook is not done until they are filled. */
function nogTeVullen(wb: Werkboek): string[] {
  return TABLE_KINDS.filter((k) => spec(k).required && wb.locations[k] && !rowsOf(wb, k).length).map((k) => spec(k).title);
}

/** Sjabloon aanvullen: a sheet with its header row for every missing table, and which tables still need filling. */
export async function sjabloonAanvullen(port: WorkbookPort, opties: Opties & { validatie?: Validatie }): Promise<SjabloonUitkomst> {
  const validatie = opties.validatie ?? (await valideer(port, opties));
  const fixes = validatie.result.findings.flatMap((f) => (f.rule === 'tabel-ontbreekt' && f.fix ? [f.fix] : []));
  if (!fixes.length) return { soort: 'niets', nogTeVullen: nogTeVullen(validatie.result.werkboek) };
  const done = await herstelAlleZekere(port, validatie, fixes, opties);
  return {
    soort: 'klaar',
    toegevoegd: done.plan.toegepast.map((t) => t.fix.sheet),
    geweigerd: done.plan.geweigerd.map((g) => g.fix.sheet),
    nogTeVullen: nogTeVullen(done.na.result.werkboek),
    na: done.na,
  };
}
