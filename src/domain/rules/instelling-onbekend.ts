import { closest } from 'fastest-levenshtein';
import { defineRule } from './define';
import { replaceWhole } from './helpers';

export default defineRule({
  meta: {
    id: 'instelling-onbekend',
    severity: 'warning',
    title: { nl: 'Onbekende instelling', en: 'Unknown setting' },
    description: {
      nl: 'Een rij in Instellingen noemt een regel die niet bestaat, of een ernst die niet uit, info, waarschuwing of fout is. Die rij wordt genegeerd, dus de regel houdt zijn gewone ernst.',
      en: 'A row of Instellingen names a rule that does not exist, or a severity other than uit, info, waarschuwing, fout. The row is ignored, so the rule keeps its usual severity.',
    },
    example: { nl: 'Regel "trekker-onbekent" (tikfout) of ernst "heel erg".', en: 'Rule "trekker-onbekent" (a typo) or severity "heel erg".' },
    hasSuggestions: true,
    messages: {
      regel: {
        nl: 'Er is geen regel "{regel}"; bedoelt u {voorstel}? Deze instelling wordt genegeerd.',
        en: 'There is no rule "{regel}"; did you mean {voorstel}? This setting is ignored.',
      },
      ernst: {
        nl: '"{ernst}" is geen ernst. Kies uit uit, info, waarschuwing of fout.',
        en: '"{ernst}" is not a severity. Choose uit, info, waarschuwing or fout.',
      },
    },
  },
  create(ctx) {
    const ids = ctx.ruleIds;
    for (const i of ctx.wb.instellingen) {
      const id = i.regel.text.toLowerCase(); // as the engine reads it: a field's text is trimmed
      if (id && !ids.includes(id)) {
        const voorstel = closest(id, [...ids]);
        ctx.report({
          messageId: 'regel',
          data: { regel: i.regel.text, voorstel },
          at: i.regel,
          suggest: [{ label: voorstel, fix: replaceWhole(i.regel, voorstel) }],
        });
      }
      if (i.ernst.text && !i.waarde) ctx.report({ messageId: 'ernst', data: { ernst: i.ernst.text }, at: i.ernst });
    }
  },
});
