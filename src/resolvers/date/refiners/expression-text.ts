// The expression as written: without a plain preposition before it ("in March 2018" → "March 2018") or a full stop
// after a word ("in March." ends the sentence, it is no abbreviation). Its offsets move with it.
import { DATE_TEXT_LEADS } from '../../../lexicon/dates.js';
import { phraseAlt } from '../patterns.js';
import type { DateRefiner } from '../types.js';

const LEAD = new RegExp(`^\\s*(?:(?:${phraseAlt(DATE_TEXT_LEADS)})\\s+(?=\\S))?`, 'i');

export const expressionTextRefiner: DateRefiner = {
  id: 'expression-text',
  refine(ctx, results) {
    return results.map((r) => {
      const lead = LEAD.exec(r.text)![0].length;
      const text = r.text.slice(lead).trim().replace(/(\p{L}{4,})\.$/u, '$1');
      const start = r.start + lead;
      return { ...r, start, end: start + text.length, text, date: { ...r.date, text } };
    });
  },
};
