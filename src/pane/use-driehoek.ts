import { useCallback, useEffect, useRef, useState } from 'react';
import { validate, type ValidationResult } from '../domain/engine';
import { keuzelijsten } from '../domain/keuzelijsten';
import { OVERZICHT_SHEET } from '../domain/read/contract';
import { readWerkboek } from '../domain/read/werkboek';
import { isSafeFix, type Fix } from '../domain/schema/finding';
import { overzichtHandmatigGewijzigd, overzichtMaken } from '../domain/usecases';
import type { PaneHost } from './host';
import { texts } from './i18n';

export type Busy = 'valideren' | 'overzicht' | 'herstel' | 'sjabloon' | 'keuzelijsten';

export interface Notice {
  intent: 'success' | 'error' | 'info' | 'warning';
  text: string;
  /** A link that opens the overview sheet. */
  openOverzicht?: boolean;
}

const LIVE_DELAY_MS = 800;

/** The pane's state and actions; every action reports its failure as a sentence, never a stack. */
export function useDriehoek(host: PaneHost) {
  const t = texts(host.locale);
  const [name, setName] = useState('');
  const [result, setResult] = useState<ValidationResult>();
  const [busy, setBusy] = useState<Busy>();
  const [notice, setNotice] = useState<Notice>();
  const [confirmOverwrite, setConfirmOverwrite] = useState(false);
  const [live, setLive] = useState(false);
  const stopWatching = useRef<(() => Promise<void>) | undefined>(undefined);

  const guard = useCallback(
    async (what: Busy, work: () => Promise<void>) => {
      setBusy(what);
      try {
        await work();
      } catch (e) {
        setNotice({ intent: 'error', text: host.describeError(e) });
      } finally {
        setBusy(undefined);
      }
    },
    [host],
  );

  const check = useCallback(async () => {
    const snapshot = await host.port.read();
    setName(snapshot.name || (await host.workbookName()));
    setResult(validate(snapshot, { today: host.today(), locale: host.locale }));
  }, [host]);

  const valideer = useCallback(
    () =>
      guard('valideren', async () => {
        setNotice(undefined);
        await check();
      }),
    [guard, check],
  );

  const applyAndCheck = useCallback(
    (what: Busy, fixes: readonly Fix[], done: string) =>
      guard(what, async () => {
        await host.port.applyFixes(fixes);
        await check();
        setNotice({ intent: 'success', text: done });
      }),
    [guard, check, host],
  );

  const herstel = useCallback((fix: Fix) => applyAndCheck('herstel', [fix], `${t.hersteld}: ${fix.label}`), [applyAndCheck, t]);

  const safeFixes = result?.findings.flatMap((f) => (f.fix && isSafeFix(f.fix) ? [f.fix] : [])) ?? [];
  const herstelAlle = useCallback(() => applyAndCheck('herstel', safeFixes, `${t.hersteld}: ${safeFixes.length}`), [applyAndCheck, safeFixes, t]);

  const templateFixes = result?.findings.flatMap((f) => (f.rule === 'tabel-ontbreekt' && f.fix ? [f.fix] : [])) ?? [];
  const sjabloon = useCallback(() => applyAndCheck('sjabloon', templateFixes, t.sjabloonKlaar), [applyAndCheck, templateFixes, t]);

  const overzicht = useCallback(
    (overwrite = false) =>
      guard('overzicht', async () => {
        setConfirmOverwrite(false);
        const snapshot = await host.port.read();
        if (!overwrite && overzichtHandmatigGewijzigd(snapshot)) {
          setConfirmOverwrite(true);
          return;
        }
        const made = await overzichtMaken(host.port, host.today(), snapshot);
        await check();
        const unplaced = made.overzicht.nietGeplaatst.length;
        setNotice({
          intent: unplaced ? 'warning' : 'success',
          text: unplaced ? `${t.overzichtKlaar} ${unplaced} ${t.nietGeplaatst}.` : t.overzichtKlaar,
          openOverzicht: true,
        });
      }),
    [guard, check, host, t],
  );

  const installKeuzelijsten = useCallback(
    () =>
      guard('keuzelijsten', async () => {
        const snapshot = await host.port.read();
        const werkboek = readWerkboek(snapshot, host.today());
        const lists = keuzelijsten(werkboek);
        if (!lists.length) {
          setNotice({ intent: 'info', text: t.keuzelijstenGeen });
          return;
        }
        await host.installKeuzelijsten?.(lists);
        // With the combined column only Speerpunt and Subspeerpunt get a list.
        setNotice(
          werkboek.gecombineerd
            ? { intent: 'info', text: `${t.keuzelijstenKlaar} ${t.keuzelijstenGeen}` }
            : { intent: 'success', text: t.keuzelijstenKlaar },
        );
      }),
    [guard, host, t],
  );

  const select = useCallback((sheet: string, cell: string) => guard('valideren', async () => host.select?.(sheet, cell)), [guard, host]);
  const openOverzicht = useCallback(() => select(OVERZICHT_SHEET, 'A1'), [select]);

  // Live validation: re-check a moment after the last edit or paste.
  useEffect(() => {
    if (!live || !host.watch) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    void host
      .watch(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void check().catch((e: unknown) => setNotice({ intent: 'error', text: host.describeError(e) })), LIVE_DELAY_MS);
      })
      .then((stop) => (cancelled ? void stop() : (stopWatching.current = stop)))
      .catch((e: unknown) => setNotice({ intent: 'error', text: host.describeError(e) }));
    return () => {
      cancelled = true;
      clearTimeout(timer);
      void stopWatching.current?.();
      stopWatching.current = undefined;
    };
  }, [live, host, check]);

  useEffect(() => {
    void host.workbookName().then(setName, () => undefined);
  }, [host]);

  return {
    t,
    name,
    result,
    busy,
    notice,
    confirmOverwrite,
    live,
    safeFixes,
    templateFixes,
    setLive,
    setNotice,
    setConfirmOverwrite,
    valideer,
    herstel,
    herstelAlle,
    sjabloon,
    overzicht,
    installKeuzelijsten,
    select,
    openOverzicht,
  };
}

export type Driehoek = ReturnType<typeof useDriehoek>;
