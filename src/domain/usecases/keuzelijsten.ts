import { keuzelijsten } from '../keuzelijsten';
import type { WorkbookPort } from '../port';
import { valideer, type Opties, type Validatie } from './valideer';

export type KeuzelijstenUitkomst =
  | { soort: 'klaar'; lijsten: number; /** The combined column: Trekker and Driehoek get no list until it is split. */ gecombineerd: boolean }
  | { soort: 'geweigerd'; reden: 'geenActies' };

/** Keuzelijsten instellen: dropdowns from the reference tables on the Acties columns (Excel only). */
export async function keuzelijstenInstellen(
  port: WorkbookPort & Required<Pick<WorkbookPort, 'installKeuzelijsten'>>,
  opties: Opties & { validatie?: Validatie },
): Promise<KeuzelijstenUitkomst> {
  const { result } = opties.validatie ?? (await valideer(port, opties));
  const lists = keuzelijsten(result.werkboek, opties.locale ?? 'nl');
  if (!lists.length) return { soort: 'geweigerd', reden: 'geenActies' };
  await port.installKeuzelijsten(lists);
  return { soort: 'klaar', lijsten: lists.length, gecombineerd: result.werkboek.gecombineerd };
}
