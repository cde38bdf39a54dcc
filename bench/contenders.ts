/**
 * The engine's comparison: the engine with only the four checks its peers
 * make (the other rules switched off: severity is configuration), the engine
 * with every rule, and the peers of `alternatives.ts`.
 */
import { validate } from '../src/domain/engine';
import { RULE_IDS } from '../src/domain/rules/index';
import type { WorkbookSnapshot } from '../src/domain/schema/snapshot';
import { handLoop, jsonRulesEngine, modelLoop, zodPerRow } from './alternatives';

export const TODAY = '2021-01-01';
export const SAME = ['trekker-onbekend', 'verplicht-leeg', 'datum-onleesbaar', 'datum-geen-driehoek'];
const ONLY_SAME = { today: TODAY, ernst: Object.fromEntries(RULE_IDS.filter((id) => !SAME.includes(id)).map((id) => [id, 'uit' as const])) };

export const CONTENDERS = {
  engine: (s: WorkbookSnapshot) => validate(s, ONLY_SAME),
  allRules: (s: WorkbookSnapshot) => validate(s, { today: TODAY }),
  hand: handLoop,
  model: modelLoop,
  jre: jsonRulesEngine,
  zod: zodPerRow,
};
export type Contender = keyof typeof CONTENDERS;
