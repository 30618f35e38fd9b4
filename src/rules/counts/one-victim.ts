// One person, named by a noun: "a senior judge has been killed" (one-victim-harm), "killed the deputy mayor",
// "wounding a policeman" (harm-one-victim). Runs after the number rules, so "a" in "a dozen" is never a person.
import type { TaggedSentence } from '../../document/terms.js';
import type { CountMention } from '../mention.js';
import { BRIDGE, breaks, countMention, harmField, victimSpan } from './shared.js';
import { ARTICLES } from '../../lexicon/function-words.js';
import { wordSet } from '../../lexicon/words.js';

const ARTICLE = wordSet(ARTICLES);

/** The VictimOne noun a determiner at i opens, past adjectives, demonyms and names ("a senior Afghan official"); -1: none. */
function singleVictimAt(s: TaggedSentence, i: number): number {
  const terms = s.terms;
  let j = i + 1;
  while (j < terms.length && j - i <= 4 && !terms[j].tags.has('VictimOne') && !breaks(terms[j - 1])
    && (terms[j].tags.has('Adjective') || terms[j].tags.has('Demonym') || terms[j].tags.has('ProperNoun') && !terms[j].tags.has('Person') || terms[j].tags.has('Noun') && !harmField(terms[j]) && !terms[j].tags.has('Victim'))) j++;
  if (j >= terms.length || !terms[j].tags.has('VictimOne') || terms[j].tags.has('Plural')) return -1;
  // "killed the minister's hopes": a possessive names whose something was harmed, not a person harmed
  if (terms[j].tags.has('Possessive') || /['’]s?$/.test(terms[j].text)) return -1;
  return breaks(terms[j - 1]) ? -1 : j;
}

export function oneVictimCounts(s: TaggedSentence, docText: string, used: Set<number>, found: CountMention[]): CountMention[] {
  const terms = s.terms;
  const out: CountMention[] = [];
  for (let i = 0; i < terms.length; i++) {
    const det = terms[i].norm;
    if (!ARTICLE.has(det) || used.has(i)) continue;
    const nounAt = singleVictimAt(s, i);
    if (nounAt < 0) continue;
    // "the deputy mayor of the district": the noun's own complement belongs to it
    let after = nounAt + 1;
    if (terms[after]?.norm === 'of') { while (after < terms.length && after - nounAt < 6 && !harmField(terms[after]) && !breaks(terms[after - 1])) after++; }
    const text = docText.slice(terms[i].start, terms[nounAt].end);
    const one = (field: 'killed' | 'wounded', harmAt: number, rule: string) => countMention({
      field, count: { low: 1, high: 1, text }, start: terms[i].start, end: terms[nounAt].end, harmAt, first: i, last: nounAt,
      victimSpan: victimSpan(terms, i + 1, nounAt), rule,
    });
    // passive: "a judge has been killed", "a prisoner died"
    if (det !== 'the') {
      let k = after;
      let bridged = 0;
      while (k < terms.length && BRIDGE.has(terms[k].norm) && bridged < 4 && !breaks(terms[k - 1])) { k++; bridged++; }
      const harm = k < terms.length && !breaks(terms[k - 1]) ? harmField(terms[k]) : null;
      if ((harm === 'killed' || harm === 'wounded') && (bridged > 0 || terms[k].tags.has('PastTense'))) { out.push(one(harm, k, 'one-victim-harm')); used.add(i); continue; }
    }
    // active: "killed the deputy mayor", "wounding a policeman"
    const h = i - 1;
    const before = h >= 0 && !breaks(terms[h]) ? harmField(terms[h]) : null;
    if ((before === 'killed' || before === 'wounded') && terms[h].tags.has('Verb') && !terms[h].tags.has('Passive')
      && ![...found, ...out].some((o) => o.field === before && o.harmAt === h)) {
      out.push(one(before, h, 'harm-one-victim'));
      used.add(i);
    }
  }
  return out;
}
