// "in March", "early March", "mid-March 2018", "March of 2018", "last March", "March last year": a month, never a
// month name alone ("March" may be a verb or a name) nor "since/by/until March" without a year (a period's edge).
import { MONTH_LEADS, PERIOD_EDGES } from '../../../lexicon/dates.js';
import { monthNumber, monthOfYear, unknown, ym } from '../calendar.js';
import { MONTH, phraseAlt } from '../patterns.js';
import { drop, type DateParser } from '../types.js';

// groups: 1 lead word, 2 month, 3 year, 4 last/this/next (year). The 'i' flag lets "march" through: extract checks case.
const PATTERN = new RegExp(`(?:\\b(${phraseAlt(MONTH_LEADS)})[\\s-]+)?\\b(${MONTH})\\b\\.?(?:,?\\s+(?:of\\s+)?((?:19|20)\\d{2})(?!\\d)|\\s+(last|this|next)\\s+year\\b)?`, 'gi');
const MONTH_CASED = new RegExp(`^${MONTH}$`);
const EDGE = new RegExp(`^(?:${phraseAlt(PERIOD_EDGES)})$`, 'i');

/** The year of "last March" (the latest March before this month), "this March", "next March", "March last year". */
function relativeYear(ref: Date, month: number, rel: string, yearWord: boolean): number {
  const ry = ref.getUTCFullYear();
  const rm = ref.getUTCMonth() + 1;
  if (yearWord) return ry + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
  return rel === 'last' ? (month < rm ? ry : ry - 1) : rel === 'next' ? (month > rm ? ry : ry + 1) : ry;
}

export const monthParser: DateParser = {
  id: 'month',
  pattern: () => PATTERN,
  extract(ctx, m) {
    const alone = !m[1] && !m[3] && !m[4];
    if (!MONTH_CASED.test(m[2])) return alone ? null : drop('a lower-case "may"/"march" is no month'); // a verb: silent alone
    if (alone) return drop('a month name alone may be a verb or a name');
    const month = monthNumber(m[2])!;
    if (EDGE.test(m[1] ?? '') && !m[3]) return drop(`"${m[1]}" marks a period's edge, not the event's month`);
    let y: number | null = m[3] ? Number(m[3]) : null;
    const rel = (m[4] ?? (/^(last|this|next)$/i.test(m[1] ?? '') ? m[1] : ''))?.toLowerCase();
    if (y === null && rel && ctx.ref) y = relativeYear(ctx.ref, month, rel, Boolean(m[4]));
    if (y === null) y = monthOfYear(ctx.ref, ctx.future, month);
    const text = m[0].trim();
    return y === null ? unknown(text) : { text, value: ym(y, month), precision: 'month' };
  },
};
