import { planFixes, planUndo, rangesToRead, rangesToUndo, type CellWrite, type Plan } from '../fixes/planner';
import type { WorkbookPort } from '../port';
import type { Fix, Voorstel, ZekereFix } from '../schema/finding';
import { valideer, type Opties, type Validatie } from './valideer';

/** What "Ongedaan maken" needs to put the cells of one Herstel back. */
export interface UndoStap {
  writes: CellWrite[];
}

export interface HerstelUitkomst<F extends Fix = Fix> {
  soort: 'klaar';
  /** What was written and what was refused, fix by fix. */
  plan: Plan<F>;
  /** Absent when nothing was written. */
  ongedaan?: UndoStap;
  /** The workbook checked again after the writes. */
  na: Validatie;
}

async function apply<F extends Fix>(port: WorkbookPort, fixes: readonly F[], date1904: boolean, opties: Opties): Promise<HerstelUitkomst<F>> {
  let plan: Plan<F> = { writes: [], sheets: [], toegepast: [], geweigerd: [] };
  await port.edit({
    ranges: rangesToRead(fixes),
    decide: (current) => {
      plan = planFixes(fixes, current, date1904);
      return { writes: plan.writes, sheets: plan.sheets };
    },
  });
  return { soort: 'klaar', plan, ...(plan.writes.length && { ongedaan: { writes: plan.writes } }), na: await valideer(port, opties) };
}

/**
 * "Herstel alle zekere": every certain fix in one go. It takes certain fixes
 * only; a suggestion's fix is no ZekereFix and does not compile here.
 */
export function herstelAlleZekere(
  port: WorkbookPort,
  validatie: Validatie,
  fixes: readonly ZekereFix[],
  opties: Opties,
): Promise<HerstelUitkomst<ZekereFix>> {
  return apply(port, fixes, validatie.snapshot.date1904, opties);
}

/** "Herstel" on one finding: its certain fix, or the one suggestion the user clicked. */
export function herstelEen(port: WorkbookPort, validatie: Validatie, keuze: ZekereFix | Voorstel, opties: Opties): Promise<HerstelUitkomst> {
  const fix: Fix = 'type' in keuze ? keuze : keuze.fix;
  return apply(port, [fix], validatie.snapshot.date1904, opties);
}

export interface OngedaanUitkomst {
  soort: 'klaar';
  teruggezet: number;
  /** sheet!cell of every cell changed since the fix: those keep their new value. */
  geweigerd: string[];
  na: Validatie;
}

/** "Ongedaan maken": the cells of the last Herstel get back what they held, unless changed since. */
export async function ongedaanMaken(port: WorkbookPort, stap: UndoStap, opties: Opties): Promise<OngedaanUitkomst> {
  let result = { writes: [] as CellWrite[], geweigerd: [] as string[] };
  await port.edit({
    ranges: rangesToUndo(stap.writes),
    decide: (current) => {
      result = planUndo(stap.writes, current);
      return { writes: result.writes, sheets: [] };
    },
  });
  return { soort: 'klaar', teruggezet: result.writes.length, geweigerd: result.geweigerd, na: await valideer(port, opties) };
}
