// Counts written as numbers ("nine", "at least 20", "dozens"), tried in this order for each number phrase; the first
// rule that reads the phrase takes it:
//   count-deaths        "12 deaths", "five fatalities", "12 dead"
//   count-victim-harm   "nine Syrian troopers were killed", "two of its soldiers were killed"
//   count-harm          "at least 12 killed", "two were killed"
//   harm-count          "killed 9 Syrian soldiers", "killing at least 20 people", "wounding six"
//   toll                "the death toll climbed to 12", "a death toll of 8"
// count-deaths comes first because "12 dead" would otherwise be read as a count and a word of harm; the toll last,
// because its verbs ("rose", "was") are common and only count after the others found nothing.
// A number that is followed by other words ("hundreds of troops into", "9-year conflict") is not a count.
import type { TaggedSentence, Term } from '../../document/terms.js';
import type { Count } from '../../schema/event.js';
import { findCountPhrases, isNonCountContext, type CountPhrase } from './phrases.js';
import type { CountMention } from '../mention.js';
import { BRIDGE, breaks, countMention, harmField, isVictim, isVictimModifier, termRange, victimSpan } from './shared.js';
import {
  COUNT_PHRASE_ENDS, DEATH_NOUNS, HARM_COORDINATORS, HARM_COUNT_FILLERS, HARM_WORDS_NOT_BEFORE_COUNT, TOLL_ADVERBS,
  TOLL_PREPOSITIONS, TOLL_VERBS,
} from '../../lexicon/casualties.js';
import { wordSet } from '../../lexicon/words.js';

const DEATHS = wordSet(DEATH_NOUNS);
const COORDINATORS = wordSet(HARM_COORDINATORS);
const FILLERS = wordSet(HARM_COUNT_FILLERS);
const PHRASE_ENDS = wordSet(COUNT_PHRASE_ENDS);
const NOT_BEFORE_COUNT = wordSet(HARM_WORDS_NOT_BEFORE_COUNT);
const TO_FIGURE = wordSet(TOLL_PREPOSITIONS);
const TOLL_ADVERB = wordSet(TOLL_ADVERBS);
const TOLL_VERB = wordSet(TOLL_VERBS);

interface PhraseAt {
  s: TaggedSentence;
  docText: string;
  phrases: CountPhrase[];
  /** index of the phrase in `phrases`, its term range, and the victim noun after it (-1: none) */
  pi: number;
  cf: number;
  cl: number;
  victimAt: number;
  used: Set<number>;
  out: CountMention[];
}

function mention(a: PhraseAt, field: 'killed' | 'wounded', harmAt: number, last: number, victims: CountMention['victimSpan'], rule: string, count?: Count): CountMention {
  const p = a.phrases[a.pi];
  return countMention({ field, count: count ?? p.count, start: a.s.start + p.start, end: a.s.start + p.end, harmAt, first: a.cf, last, victimSpan: victims, rule });
}

function take(a: PhraseAt, m: CountMention): true {
  a.out.push(m);
  a.used.add(a.cf);
  return true;
}

/** The victim noun a count qualifies, past up to five modifiers ("nine Syrian troopers"); -1 when there is none. */
function victimAfter(terms: Term[], cl: number): number {
  let j = cl + 1;
  let mods = 0;
  while (j < terms.length && mods < 5 && !isVictim(terms[j]) && !breaks(terms[j - 1]) && isVictimModifier(terms[j])) { j++; mods++; }
  return j < terms.length && isVictim(terms[j]) && !breaks(terms[j - 1]) ? j : -1;
}

/** count-deaths. */
function countDeaths(a: PhraseAt): boolean {
  const terms = a.s.terms;
  const afterCount = terms[a.cl + 1];
  if (!afterCount || !DEATHS.has(afterCount.norm) || breaks(terms[a.cl], /[,;:]/)) return false;
  return take(a, mention(a, 'killed', a.cl + 1, a.cl + 1, null, 'count-deaths'));
}

/** count-victim-harm and count-harm: the word of harm after the victims (or the count). True when the phrase is read. */
function countBeforeHarm(a: PhraseAt): boolean {
  const terms = a.s.terms;
  const { cl, victimAt } = a;
  let k = victimAt >= 0 ? victimAt + 1 : cl + 1;
  if (victimAt >= 0 && breaks(terms[victimAt], /[,;:]/)) k = -1;
  let bridged = 0;
  while (k >= 0 && k < terms.length && BRIDGE.has(terms[k].norm) && bridged < 5 && !breaks(terms[k - 1])) { k++; bridged++; }
  const harm = k >= 0 && k < terms.length && !breaks(terms[k - 1]) ? harmField(terms[k]) : null;
  if (harm === 'other') return true; // "five soldiers were captured"
  if (!harm) return false;
  // "14 soldiers were killed or wounded": one figure for both, neither count
  const other = terms[k + 2] ?? terms[k];
  if (COORDINATORS.has(terms[k + 1]?.norm ?? '') && harmField(other) && harmField(other) !== harm && !countAt(a, k + 2)) return true;
  // "Four militants killed 17 guards": a count right before an active verb with an object is the killers
  const object = terms[k + 1];
  if (bridged === 0 && victimAt >= 0 && object && !terms[k].tags.has('Passive') && !breaks(terms[k])
    && (object.tags.has('Value') || object.tags.has('Determiner') || isVictim(object) || object.tags.has('ProperNoun'))) return true;
  if (!(victimAt >= 0 || bridged > 0 || k === cl + 1)) return false;
  const victims = victimAt >= 0 ? victimSpan(terms, cl + 1, victimAt) : null;
  return take(a, mention(a, harm, k, victimAt >= 0 ? victimAt : cl, victims, victimAt >= 0 ? 'count-victim-harm' : 'count-harm'));
}

/** Whether a number phrase starts at term i (or within two terms after it). */
function countAt(a: PhraseAt, i: number): boolean {
  return a.phrases.some((p) => { const r = termRange(a.s.terms, a.s.start + p.start, a.s.start + p.end); return !!r && r[0] >= i && r[0] <= i + 2; });
}

/** "killing 3 soldiers and 2 civilians": one total over several groups, or null when no second group follows. */
function joinedGroups(a: PhraseAt, last: number): { count: Count; last: number; also: NonNullable<CountMention['victimSpan']> } | null {
  const terms = a.s.terms;
  const p = a.phrases[a.pi];
  const next = a.phrases[a.pi + 1];
  if (!next || terms[last + 1]?.norm !== 'and') return null;
  const nr = termRange(terms, a.s.start + next.start, a.s.start + next.end);
  const nv = nr ? nr[1] + 1 : -1;
  if (!nr || nr[0] !== last + 2 || !terms[nv] || !isVictim(terms[nv])) return null;
  a.used.add(nr[0]);
  const count = {
    low: p.count.low + next.count.low,
    high: p.count.high === null || next.count.high === null ? null : p.count.high + next.count.high,
    text: a.docText.slice(a.s.start + p.start, terms[nv].end),
  };
  return { count, last: nv, also: victimSpan(terms, nr[1] + 1, nv)! };
}

/** harm-count: the word of harm before the count. */
function harmBeforeCount(a: PhraseAt): boolean {
  const terms = a.s.terms;
  const { cf, cl, victimAt } = a;
  let h = cf - 1;
  while (h >= 0 && FILLERS.has(terms[h].norm)) h--;
  // "the slaying of six students", "the deaths of 12 people"
  if (h > 0 && terms[h].norm === 'of' && harmField(terms[h - 1]) === 'killed' && terms[h - 1].tags.has('Noun') && victimAt >= 0) h--;
  const before = h >= 0 && !breaks(terms[h]) ? harmField(terms[h]) : null;
  if (before !== 'killed' && before !== 'wounded') return false;
  const endsClause = cl + 1 >= terms.length || breaks(terms[cl]) || PHRASE_ENDS.has(terms[cl + 1].norm);
  // a noun that is not a victim ("killed 20 cattle", "wounded 3 times") makes it no count of people
  if (victimAt < 0 && !endsClause) return false;
  // "kill" and "dead" are no verbs of harm before a count, nor "deaths" unless "of" follows ("the deaths of 12 people")
  if (NOT_BEFORE_COUNT.has(terms[h].norm) && terms[h + 1]?.norm !== 'of') return false;
  const victims = victimAt >= 0 ? victimSpan(terms, cl + 1, victimAt) : null;
  const joined = victimAt >= 0 ? joinedGroups(a, victimAt) : null;
  if (joined && victims) victims.also = joined.also;
  return take(a, mention(a, before, h, joined?.last ?? (victimAt >= 0 ? victimAt : cl), victims, 'harm-count', joined?.count));
}

/** toll: a verb of change (with "to"/"at") right before the count, and a toll word earlier in the clause. */
function toll(a: PhraseAt): boolean {
  const terms = a.s.terms;
  let v = a.cf - 1;
  // "a death toll of 8"
  if (v > 0 && terms[v].norm === 'of' && terms[v - 1].tags.has('TollWord')) {
    const m = mention(a, 'killed', v - 1, a.cl, null, 'toll');
    m.toll = true;
    return take(a, m);
  }
  if (v >= 0 && TO_FIGURE.has(terms[v].norm)) v--;
  while (v >= 0 && TOLL_ADVERB.has(terms[v].norm)) v--;
  if (v < 0 || !TOLL_VERB.has(terms[v].norm)) return false;
  for (let t = v - 1; t >= Math.max(0, v - 15); t--) {
    if (terms[t].tags.has('TollWord')) {
      const m = mention(a, 'killed', t, a.cl, null, 'toll');
      m.toll = true;
      return take(a, m);
    }
    if (breaks(terms[t], /[;:]/)) break;
  }
  return false;
}

/** Every number phrase of the sentence read as a count by the first rule that can. */
export function numberCounts(s: TaggedSentence, docText: string, used: Set<number>): CountMention[] {
  const out: CountMention[] = [];
  const phrases = findCountPhrases(s.text);
  for (let pi = 0; pi < phrases.length; pi++) {
    const p = phrases[pi];
    if (isNonCountContext(s.text, p.start, p.end)) continue;
    const range = termRange(s.terms, s.start + p.start, s.start + p.end);
    if (!range) continue;
    const [cf, cl] = range;
    if (used.has(cf) || used.has(cl)) continue;
    const a: PhraseAt = { s, docText, phrases, pi, cf, cl, victimAt: victimAfter(s.terms, cl), used, out };
    if (countDeaths(a) || countBeforeHarm(a) || harmBeforeCount(a)) continue;
    toll(a);
  }
  return out;
}
