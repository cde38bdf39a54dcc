import { isoToDutch } from '../cells';
import { GENERATED, type GeneratedKind } from '../contract';
import { validate } from '../engine';
import { GeneratedSheetRefused } from '../errors';
import { contentArea, fingerprint, parseFingerprint, unchangedSince, unionArea } from '../overzicht/fingerprint';
import type { WorkbookPort } from '../port';
import type { Werkboek } from '../read/werkboek';
import type { GeneratedSheet } from '../schema/overzicht';
import { sheetOf, type WorkbookSnapshot } from '../schema/snapshot';
import { t } from '../teksten/index';
import { lijst, type Locale } from '../teksten/text';
import { valideer, type Opties, type Validatie } from './valideer';

export type GenereerWeigering =
  | { soort: 'geweigerd'; reden: 'tabellenOntbreken' | 'tabellenLeeg'; document: GeneratedKind; tabellen: string[] }
  | { soort: 'geweigerd'; reden: 'geenWerkblad' | 'beveiligd'; blad: string }
  /** The agenda's meeting is no Driehoek date of Vergaderingen; the nearest one is named. */
  | { soort: 'geweigerd'; reden: 'geenVergadering'; datum: string; dichtstbij: string }
  /** No meeting is left on or after today: the agenda needs one named. */
  | { soort: 'geweigerd'; reden: 'geenVolgendeVergadering'; datum: string };

export type GenereerUitkomst<M> =
  | { soort: 'klaar'; model: M; sheet: GeneratedSheet; na: Validatie }
  /** The sheet holds what someone made or changed by hand: ask before replacing it. */
  | { soort: 'bevestigen'; reden: 'handmatig'; blad: string }
  | GenereerWeigering;

export interface GenereerOpties extends Opties {
  /** The user agreed to replace a sheet made or edited by hand. */
  overschrijven?: boolean;
  /** The validation just done, so the workbook is not read twice. */
  validatie?: Validatie;
}

/**
 * Writes one generated sheet: read (or take what was just read), refuse what
 * cannot be made, ask before replacing a hand edit, write only that sheet,
 * and check the workbook as it now is without reading it again.
 */
export async function genereer<M>(
  port: WorkbookPort,
  kind: GeneratedKind,
  build: (wb: Werkboek) => { model: M; sheet: GeneratedSheet } | GenereerWeigering,
  opties: GenereerOpties,
): Promise<GenereerUitkomst<M>> {
  const validatie = opties.validatie ?? (await valideer(port, opties));
  const wb = validatie.result.werkboek;
  const existing = wb.generated[kind];
  const blad = existing?.name ?? GENERATED[kind].sheet;
  if (existing && existing.kind !== 'werkblad') return { soort: 'geweigerd', reden: 'geenWerkblad', blad };
  if (existing?.protected) return { soort: 'geweigerd', reden: 'beveiligd', blad };
  const stored = wb.vingerafdrukken[kind];
  const byHand = Boolean(existing && existing.blocks.length && !unchangedSince(existing, stored));
  if (byHand && !opties.overschrijven) return { soort: 'bevestigen', reden: 'handmatig', blad };
  const built = build(wb);
  if ('soort' in built) return built;
  const sheet = { ...built.sheet, name: blad };
  const print = fingerprint(sheet.cells);
  const previous = existing && (byHand ? contentArea(existing) : parseFingerprint(stored)?.area);
  try {
    await port.writeGenerated({
      sheet,
      ...(existing && { existing: existing.name }),
      fingerprintName: GENERATED[kind].name,
      fingerprint: print,
      area: unionArea(parseFingerprint(print)!.area!, previous),
    });
  } catch (e) {
    if (e instanceof GeneratedSheetRefused) return { soort: 'geweigerd', reden: e.reden, blad };
    throw e;
  }
  const after = withSheet(validatie.snapshot, sheet, kind, print);
  let na: Validatie | undefined;
  return {
    soort: 'klaar',
    model: built.model,
    sheet,
    // The findings after, worked out when a shell asks (the pane does; the command line does not need them).
    get na() {
      return (na ??= { snapshot: after, result: validate(after, opties) });
    },
  };
}

/** The snapshot as it is after the write, made without asking the workbook again. */
function withSheet(snapshot: WorkbookSnapshot, sheet: GeneratedSheet, kind: GeneratedKind, print: string): WorkbookSnapshot {
  const written = sheetOf(
    sheet.name,
    sheet.cells.map((r) => [...r]),
  );
  const sheets = snapshot.sheets.some((s) => s.name === sheet.name)
    ? snapshot.sheets.map((s) => (s.name === sheet.name ? { ...written, visible: s.visible } : s))
    : [...snapshot.sheets, written];
  return { ...snapshot, sheets, vingerafdrukken: { ...snapshot.vingerafdrukken, [kind]: print } };
}

/** Why a document was not made, in one sentence that says what to do. */
export function weigeringDocument(locale: Locale, u: GenereerWeigering): string {
  if ('tabellen' in u) {
    const data = { document: t(locale, `document.${u.document}`), tabellen: lijst(locale, u.tabellen) };
    if (u.tabellen.length > 1) return t(locale, `weigering.${u.reden}`, data);
    return t(locale, u.reden === 'tabellenLeeg' ? 'weigering.tabelLeeg' : 'weigering.tabelOntbreekt', data);
  }
  if (u.reden === 'geenVergadering')
    return t(locale, 'weigering.geenVergadering', { datum: isoToDutch(u.datum), dichtstbij: isoToDutch(u.dichtstbij) });
  if (u.reden === 'geenVolgendeVergadering') return t(locale, 'weigering.geenVolgendeVergadering', { datum: isoToDutch(u.datum) });
  return t(locale, `weigering.${u.reden}`, { blad: u.blad });
}
