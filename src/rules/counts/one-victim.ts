// One person, named by a noun: "a senior judge has been killed" (one-victim-harm), "killed the deputy mayor",
// "wounding a policeman", "shot dead a shopkeeper" (harm-one-victim); or one of a group told before: "one of them later
// died" (one-of-them-harm). Runs after the number rules, so "a" in "a dozen" is never a person.
import type { TaggedSentence, Term } from '../../document/terms.js';
import type { CountMention } from '../mention.js';
import { BRIDGE, breaks, countMention, harmField, harmPhraseEnd, harmPhraseStart, onePerson, victimSpan } from './shared.js';
import { ARTICLES } from '../../lexicon/function-words.js';
import { PARTITIVE_PRONOUNS } from '../../lexicon/casualties.js';
import { wordSet } from '../../lexicon/words.js';

const ARTICLE = wordSet(ARTICLES);
const PARTITIVE = wordSet(PARTITIVE_PRONOUNS);

/** The person noun a determiner at i opens, past adjectives, demonyms and names ("a senior Afghan official"); of a run
 *  of person nouns the last is the head ("a police officer", "an anti-war journalist"); -1: none. */
function singleVictimAt(s: TaggedSentence, i: number): number {
  const terms = s.terms;
  let j = i + 1;
  while (j < terms.length && j - i <= 4 && !onePerson(terms[j]) && !breaks(terms[j - 1])
    && (terms[j].tags.has('Adjective') || terms[j].tags.has('Demonym') || terms[j].tags.has('ProperNoun') && !terms[j].tags.has('Person') || terms[j].tags.has('Noun') && !harmField(terms[j]) && !terms[j].tags.has('Victim'))) j++;
  while (j + 1 < terms.length && onePerson(terms[j]) && onePerson(terms[j + 1]) && !breaks(terms[j])) j++;
  if (j >= terms.length || !onePerson(terms[j]) || terms[j].tags.has('Plural')) return -1;
  // "killed the minister's hopes": a possessive names whose something was harmed, not a person harmed
  if (terms[j].tags.has('Possessive') || /['’]s?$/.test(terms[j].text)) return -1;
  return breaks(terms[j - 1]) ? -1 : j;
}

/** The harm phrase from f to h is an active verb: a verb the tagger reads as active, or a phrase of several words
 *  ("beat to death": the tagger may read "beat" as a noun after "a mob"). */
const isActiveVerb = (terms: Term[], f: number, h: number) => (terms[f].tags.has('Verb') || f < h) && !terms[f].tags.has('Passive');

/** one-of-them-harm: "one of them later died", "one of the wounded succumbed to his wounds", "one of the guards was
 *  killed": one of a group told before. An active verb with an object ("one of them killed a guard") names a killer. */
export function oneOfThemCounts(s: TaggedSentence, docText: string, used: Set<number>): CountMention[] {
  const terms = s.terms;
  const out: CountMention[] = [];
  for (let i = 0; i + 3 < terms.length; i++) {
    if (terms[i].norm !== 'one' || terms[i + 1].norm !== 'of' || used.has(i) || breaks(terms[i]) || breaks(terms[i + 1])) continue;
    const group = groupAfterOf(terms, i + 2);
    if (group < 0 || breaks(terms[group])) continue;
    let k = group + 1;
    let bridged = 0;
    while (k < terms.length && BRIDGE.has(terms[k].norm) && bridged < 3 && !breaks(terms[k - 1])) { k++; bridged++; }
    const harm = k < terms.length && !breaks(terms[k - 1]) ? harmField(terms[k]) : null;
    if (harm !== 'killed' && harm !== 'wounded' || hasObject(terms, k)) continue;
    const victims = terms[group].tags.has('Victim') ? victimSpan(terms, i + 3, group) : null;
    out.push(countMention({
      field: harm, count: { low: 1, high: 1, text: docText.slice(terms[i].start, terms[group].end) }, start: terms[i].start,
      end: terms[group].end, harmAt: k, first: i, last: group, victimSpan: victims, rule: 'one-of-them-harm',
    }));
    for (let t = i; t <= group; t++) used.add(t);
  }
  return out;
}

/** The last term of the group after "one of" at i: a partitive pronoun ("them", "whom"), or "the" and a people noun or a
 *  word of harm read as one ("the soldiers", "the wounded"); -1 when none ("one of the largest"). */
function groupAfterOf(terms: Term[], i: number): number {
  if (PARTITIVE.has(terms[i].norm)) return i;
  const noun = terms[i + 1];
  if (!ARTICLE.has(terms[i].norm) || !noun || breaks(terms[i])) return -1;
  return noun.tags.has('Victim') && noun.tags.has('Plural') || harmField(noun) && !noun.tags.has('Verb') ? i + 1 : -1;
}

/** The active verb of harm at k has an object ("killed a guard", "shot dead 3"): its subject did the harm. */
function hasObject(terms: Term[], k: number): boolean {
  const end = harmPhraseEnd(terms, k);
  const next = terms[end + 1];
  if (!next || terms[k].tags.has('Passive') || breaks(terms[end])) return false;
  return next.tags.has('Determiner') || next.tags.has('Value') || next.tags.has('Victim') || next.tags.has('VictimOne') || next.tags.has('ProperNoun');
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
    // active: "killed the deputy mayor", "wounding a policeman", "shot dead a shopkeeper", "beat to death a man"
    const h = i - 1;
    const before = h >= 0 && !breaks(terms[h]) ? harmField(terms[h]) : null;
    if ((before === 'killed' || before === 'wounded') && isActiveVerb(terms, harmPhraseStart(terms, h), h)
      && ![...found, ...out].some((o) => o.field === before && o.harmAt === h)) {
      out.push(one(before, h, 'harm-one-victim'));
      used.add(i);
    }
  }
  return out;
}
