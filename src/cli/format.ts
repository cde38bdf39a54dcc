import type { Overzicht } from '../domain/overzicht/model';
import type { Finding, Summary } from '../domain/schema/finding';

const SEVERITY_NL: Record<Finding['severity'], string> = { error: 'fout', warning: 'waarschuwing', info: 'melding' };

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summaryLine(s: Summary): string {
  return `${plural(s.errors, 'fout', 'fouten')}, ${plural(s.warnings, 'waarschuwing', 'waarschuwingen')}, ${plural(s.info, 'melding', 'meldingen')}`;
}

/** Findings grouped by sheet, one block each, for a person at a terminal. */
export function formatFindings(workbook: string, findings: readonly Finding[], summary: Summary): string {
  const lines = [workbook, ''];
  if (!findings.length) lines.push('Geen bevindingen: het werkboek klopt.');
  let sheet: string | undefined;
  for (const f of findings) {
    if (f.sheet !== sheet) {
      if (sheet !== undefined) lines.push('');
      sheet = f.sheet;
      lines.push(`Blad ${f.sheet}`);
    }
    const where = f.column ? `${f.cell} (${f.column})` : f.cell;
    lines.push(`  ${where}  ${SEVERITY_NL[f.severity]}  [${f.rule}]`);
    lines.push(`    ${f.message}`);
    if (f.suggestion) lines.push(`    voorstel: ${f.suggestion}`);
  }
  lines.push('', summaryLine(summary));
  return `${lines.join('\n')}\n`;
}

/** What `driehoek overzicht` did, in a few lines. */
export function overzichtSummary(out: string, o: Overzicht, errors: number): string {
  const placed = o.rijen.reduce((n, r) => n + r.totaal, 0);
  const lines = [
    `Driehoek-overzicht ${o.jaar} geschreven naar ${out}`,
    `${plural(o.vergaderingen.length, 'vergadering', 'vergaderingen')}, ${plural(o.rijen.length, 'partij', 'partijen')}, ${plural(placed, 'onderwerp', 'onderwerpen')} geplaatst`,
    `${plural(o.doorlopend.length, 'doorlopende actie', 'doorlopende acties')}, ${plural(o.onvoorzien.length, 'onvoorziene actie', 'onvoorziene acties')}, ${plural(o.nietGeplaatst.length, 'actie', 'acties')} niet geplaatst`,
  ];
  if (errors)
    lines.push(
      `Let op: het werkboek heeft ${plural(errors, 'fout', 'fouten')}; wat niet geplaatst kon worden staat onderaan het overzicht. Zie driehoek valideer.`,
    );
  return `${lines.join('\n')}\n`;
}
