import type { Finding, ZekereFix } from '../schema/finding';

/** The fixes "Herstel alle zekere" applies: every certain fix of a cell (adding a missing table is Sjabloon aanvullen's). */
export function zekereFixes(findings: readonly Finding[]): ZekereFix[] {
  return findings.flatMap((f) => (f.fix && f.fix.type !== 'addSheet' ? [f.fix] : []));
}
