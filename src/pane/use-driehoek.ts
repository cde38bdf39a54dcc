import { useCallback, useEffect, useRef, useState } from 'react';
import { columnLetter } from '../domain/cells';
import { zekereFixes } from '../domain/fixes/zeker';
import type { Overzicht } from '../domain/overzicht/model';
import type { Finding, Severity, Voorstel } from '../domain/schema/finding';
import { t } from '../domain/teksten/index';
import type { DocumentKeuze, HerstelUitkomst, UndoStap, Validatie } from '../domain/usecases/index';
import type { PaneHost } from './host';
import { amount, fixText, type Resolved } from './view-model';

/** The core, loaded on the first action (see kern.ts). */
const kern = () => import(/* webpackChunkName: "kern" */ './kern');

export type Busy = 'valideren' | 'overzicht' | 'document' | 'herstel' | 'sjabloon' | 'keuzelijsten';

interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notice {
  intent: 'success' | 'error' | 'info' | 'warning';
  text: string;
  actions?: NoticeAction[];
}

/** The pane asks before replacing a sheet made or edited by hand. */
export interface Confirm {
  blad: string;
  keuze: DocumentKeuze;
}

const LIVE_DELAY_MS = 800;

/**
 * The pane's one stateful place. Every action runs a use case of the core and
 * maps its outcome to what the user sees; a failure becomes one sentence.
 */
export function useDriehoek(host: PaneHost) {
  const { locale } = host;
  const [validatie, setValidatie] = useState<Validatie>();
  const [busy, setBusy] = useState<Busy>();
  const [notice, setNotice] = useState<Notice>();
  const [confirm, setConfirm] = useState<Confirm>();
  const [undo, setUndo] = useState<UndoStap>();
  const [resolved, setResolved] = useState<Resolved[]>([]);
  const [show, setShow] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [live, setLive] = useState(false);
  const [overzicht, setOverzicht] = useState<Overzicht>();
  /** The agenda or report whose meeting or date the user is choosing. */
  const [kiezen, setKiezen] = useState<'agenda' | 'voortgang'>();
  /** The workbook has changes the page has not handed back yet (the standalone page downloads them). */
  const [changed, setChanged] = useState(false);
  // Only the newest check may show its result: an older one finishing late is dropped.
  const latest = useRef(0);
  const options = useCallback(() => ({ today: host.today(), locale }), [host, locale]);

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

  const accept = useCallback((v: Validatie) => {
    latest.current++;
    setValidatie(v);
  }, []);

  const check = useCallback(async () => {
    const mine = ++latest.current;
    const v = await (await kern()).valideer(host.port, options());
    if (mine === latest.current) setValidatie(v);
  }, [host, options]);

  const valideer_ = useCallback(
    () =>
      guard('valideren', async () => {
        setNotice(undefined);
        setResolved([]);
        await check();
      }),
    [guard, check],
  );

  const ongedaan = useCallback(
    (stap: UndoStap) =>
      guard('herstel', async () => {
        const out = await (await kern()).ongedaanMaken(host.port, stap, options());
        accept(out.na);
        setUndo(undefined);
        setResolved([]);
        const aantal = amount(locale, out.teruggezet, 'pane.cel1', 'pane.celN');
        const text = out.geweigerd.length
          ? t(locale, 'pane.ongedaanDeels', { aantal, cellen: out.geweigerd.join(', ') })
          : t(locale, 'pane.ongedaanKlaar', { aantal });
        setNotice({ intent: out.geweigerd.length ? 'warning' : 'success', text });
      }),
    [guard, host, options, accept, locale],
  );

  const verberg = useCallback(
    (sheet: string, kolom: string) =>
      guard('herstel', async () => {
        await host.port.hideColumns(sheet, `${kolom}:${kolom}`);
        setChanged(true);
        setNotice({ intent: 'success', text: t(locale, 'pane.verborgen', { kolom }) });
      }),
    [guard, host, locale],
  );

  /** What a Herstel did, told once: what was written, what was refused, and how to take it back. */
  const report = useCallback(
    (out: HerstelUitkomst, found: ReadonlyMap<unknown, Finding>, weigeringTekst: (typeof import('./kern'))['weigeringTekst']) => {
      accept(out.na);
      setChanged((c) => c || Boolean(out.ongedaan));
      setUndo(out.ongedaan);
      setResolved((prev) => [...prev, ...out.plan.toegepast.flatMap((a) => (found.has(a.fix) ? [{ finding: found.get(a.fix)!, wat: a.wat }] : []))]);
      const { toegepast, geweigerd } = out.plan;
      const parts = [
        toegepast.length === 1 ? t(locale, 'pane.hersteldEen', { wat: fixText(locale, toegepast[0]!.wat) }) : '',
        toegepast.length > 1
          ? t(locale, 'pane.hersteldAantal', { aantal: amount(locale, toegepast.length, 'pane.herstelAantal1', 'pane.herstelAantalN') })
          : '',
        ...geweigerd.map((g) => t(locale, 'pane.nietHersteld', { reden: weigeringTekst(locale, g.reden, g.cel) })),
      ];
      const actions: NoticeAction[] = out.ongedaan ? [{ label: t(locale, 'pane.ongedaan'), run: () => void ongedaan(out.ongedaan!) }] : [];
      const split = toegepast.find((a) => a.wat.soort === 'kolommen');
      const old = out.na.result.werkboek.locations.acties?.columns.gecombineerd ?? validatie?.result.werkboek.locations.acties?.columns.gecombineerd;
      if (split?.wat.soort === 'kolommen' && old) {
        const kolom = columnLetter(old.col);
        parts.push(t(locale, 'pane.gesplitst', { bereik: split.wat.bereik, kolom }));
        actions.push({ label: t(locale, 'pane.verberg', { kolom }), run: () => void verberg(split.wat.sheet, kolom) });
      }
      setNotice({ intent: geweigerd.length ? (toegepast.length ? 'warning' : 'error') : 'success', text: parts.filter(Boolean).join(' '), actions });
    },
    [accept, locale, ongedaan, validatie, verberg],
  );

  const herstel = useCallback(
    (finding: Finding, voorstel?: Voorstel) =>
      guard('herstel', async () => {
        if (!validatie) return;
        const choice = voorstel ?? finding.fix!;
        const k = await kern();
        const out = await k.herstelEen(host.port, validatie, choice, options());
        report(out, new Map<unknown, Finding>([['type' in choice ? choice : choice.fix, finding]]), k.weigeringTekst);
      }),
    [guard, host, validatie, options, report],
  );

  const certain = zekereFixes(validatie?.result.findings ?? []);
  const herstelAlle = useCallback(
    () =>
      guard('herstel', async () => {
        if (!validatie) return;
        const k = await kern();
        const out = await k.herstelAlleZekere(host.port, validatie, certain, options());
        report(out, new Map(validatie.result.findings.map((f) => [f.fix as unknown, f])), k.weigeringTekst);
      }),
    [guard, host, validatie, certain, options, report],
  );

  const select = useCallback((sheet: string, cell: string) => guard('valideren', async () => host.select?.(sheet, cell)), [guard, host]);

  /** Overzicht maken, Agenda maken, Voortgang maken: one path, the outcome told the same way. */
  const maak = useCallback(
    (keuze: DocumentKeuze, overschrijven = false) =>
      guard(keuze.soort === 'overzicht' ? 'overzicht' : 'document', async () => {
        setConfirm(undefined);
        setKiezen(undefined);
        const k = await kern();
        const out = await k.documentMaken(host.port, keuze, { ...options(), overschrijven });
        if (out.soort === 'bevestigen') return setConfirm({ blad: out.blad, keuze });
        if (out.soort === 'geweigerd') return setNotice({ intent: 'error', text: k.weigeringDocument(locale, out) });
        accept(out.na);
        setResolved([]);
        if (out.document === 'overzicht') setOverzicht(out.model);
        setChanged(true);
        const actions = host.select
          ? [{ label: t(locale, 'pane.naarBlad', { blad: out.sheet.name }), run: () => void select(out.sheet.name, 'A1') }]
          : [];
        const warn = out.document === 'overzicht' && out.model.nietGeplaatst.length > 0;
        setNotice({ intent: warn ? 'warning' : 'success', text: k.klaarTekst(locale, out), actions });
      }),
    [guard, host, options, locale, accept, select],
  );

  /** The agenda asks which meeting, the report which date: validate first when the pane has not, to know them. */
  const kies = useCallback(
    (soort: 'agenda' | 'voortgang') =>
      guard('valideren', async () => {
        setNotice(undefined);
        if (!validatie) await check();
        setKiezen(soort);
      }),
    [guard, validatie, check],
  );

  const sjabloon = useCallback(
    () =>
      guard('sjabloon', async () => {
        const out = await (await kern()).sjabloonAanvullen(host.port, options());
        const vullen = out.nogTeVullen.length ? t(locale, 'pane.sjabloonVullen', { tabellen: out.nogTeVullen.join(', ') }) : '';
        if (out.soort === 'niets')
          return setNotice({ intent: vullen ? 'warning' : 'info', text: [t(locale, 'pane.sjabloonNiets'), vullen].filter(Boolean).join(' ') });
        accept(out.na);
        setChanged(true);
        setNotice({
          intent: vullen ? 'warning' : 'success',
          text: [t(locale, 'pane.sjabloonKlaar', { tabellen: out.toegevoegd.join(', ') }), vullen].filter(Boolean).join(' '),
        });
      }),
    [guard, host, options, locale, accept],
  );

  const keuzelijsten = useCallback(
    () =>
      guard('keuzelijsten', async () => {
        const port = host.port;
        if (!port.installKeuzelijsten) return;
        const k = await kern();
        const out = await k.keuzelijstenInstellen(port as Parameters<typeof k.keuzelijstenInstellen>[0], options());
        if (out.soort === 'geweigerd') return setNotice({ intent: 'info', text: t(locale, 'weigering.geenKeuzelijsten') });
        const text = [t(locale, 'pane.keuzelijstenKlaar'), out.gecombineerd ? t(locale, 'pane.keuzelijstenGecombineerd') : '']
          .filter(Boolean)
          .join(' ');
        setNotice({ intent: out.gecombineerd ? 'info' : 'success', text });
      }),
    [guard, host, options, locale],
  );

  // Another language: the findings again, in that language.
  const shown = useRef(false);
  shown.current = Boolean(validatie);
  useEffect(() => {
    if (shown.current) void check().catch((e: unknown) => setNotice({ intent: 'error', text: host.describeError(e) }));
  }, [locale, check, host]);

  // Live validation: again a moment after the user's last edit or paste; stops when switched off or when the pane goes.
  useEffect(() => {
    if (!live || !host.watch) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void check().catch((e: unknown) => setNotice({ intent: 'error', text: host.describeError(e) })), LIVE_DELAY_MS);
    };
    void host
      .watch(onChange)
      .then((s) => (cancelled ? void s() : (stop = s)))
      .catch((e: unknown) => setNotice({ intent: 'error', text: host.describeError(e) }));
    const leave = () => void stop?.();
    window.addEventListener('pagehide', leave);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      window.removeEventListener('pagehide', leave);
      void stop?.();
    };
  }, [live, host, check]);

  return {
    locale,
    validatie,
    busy,
    notice,
    confirm,
    undo,
    resolved,
    show,
    live,
    overzicht,
    changed,
    certain,
    setShow,
    setLive,
    setChanged,
    dismissNotice: () => setNotice(undefined),
    cancelConfirm: () => setConfirm(undefined),
    valideer: valideer_,
    herstel,
    herstelAlle,
    ongedaan,
    kiezen,
    kies,
    stopKiezen: () => setKiezen(undefined),
    maak,
    sjabloon,
    keuzelijsten,
    select,
  };
}

export type Driehoek = ReturnType<typeof useDriehoek>;
