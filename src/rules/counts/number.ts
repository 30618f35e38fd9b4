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
import { isNonCountContext, type CountPhrase } from './phrases.js';
import type { CountMention } from '../mention.js';
import {
  BRIDGE, breaks, countMention, harmField, harmPhraseEnd, harmPhraseStart, isVictim, isVictimModifier, onePerson, opensBracket,
  termRange, victimSpan, countPhrasesOf,
} from './shared.js';
import {
  COUNT_PHRASE_ENDS, DEATH_NOUNS, HARM_COORDINATORS, HARM_COUNT_FILLERS, HARM_WORDS_NOT_BEFORE_COUNT, HEADLINE_HARM_BLOCKERS,
  HEADLINE_HARM_VERBS, MORE_AFTER_COUNT, PARTITIVE_PRONOUNS, TOLL_ADVERBS, TOLL_PREPOSITIONS, TOLL_VERBS,
} from '../../lexicon/casualties.js';
import { ARTICLES, RELATIVE_PRONOUNS } from '../../lexicon/function-words.js';
import { wordSet } from '../../lexicon/words.js';

const DEATHS = wordSet(DEATH_NOUNS);
const COORDINATORS = wordSet(HARM_COORDINATORS);
const FILLERS = wordSet(HARM_COUNT_FILLERS);
const PHRASE_ENDS = wordSet(COUNT_PHRASE_ENDS);
const NOT_BEFORE_COUNT = wordSet(HARM_WORDS_NOT_BEFORE_COUNT);
const TO_FIGURE = wordSet(TOLL_PREPOSITIONS);
const TOLL_ADVERB = wordSet(TOLL_ADVERBS);
const TOLL_VERB = wordSet(TOLL_VERBS);
const RELATIVE = wordSet(RELATIVE_PRONOUNS);
const PARTITIVE = wordSet(PARTITIVE_PRONOUNS);
const MORE = wordSet(MORE_AFTER_COUNT);
const ARTICLE = wordSet(ARTICLES);
const HEADLINE_VERB = wordSet(HEADLINE_HARM_VERBS);
const HEADLINE_BLOCKER = wordSet(HEADLINE_HARM_BLOCKERS);
/** A sentence's final punctuation: a line without it is a headline. */
const HEADLINE_END = /[.!?]["'’”)]?\s*$/;

interface PhraseAt {
  s: TaggedSentence;
  docText: string;
  phrases: readonly CountPhrase[];
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

/** The victim noun a count qualifies, past up to five modifiers ("nine Syrian troopers"); -1 when there is none. Of a
 *  run of people nouns the last is the head ("six police officers", "4 militia fighters"). */
function victimAfter(terms: Term[], cl: number): number {
  let j = cl + 1;
  let mods = 0;
  while (j < terms.length && mods < 5 && !isVictim(terms[j]) && !breaks(terms[j - 1]) && isVictimModifier(terms[j])) { j++; mods++; }
  if (!(j < terms.length && isVictim(terms[j]) && !breaks(terms[j - 1]))) return -1;
  while (j + 1 < terms.length && !breaks(terms[j]) && isVictim(terms[j + 1])) j++;
  return j;
}

/** The words after the count at cl that stand for people told before: 2 for "of them" (PARTITIVE_PRONOUNS), 1 for
 *  "more" ("4 more were wounded"), else 0. */
function partitiveAfter(terms: Term[], cl: number): number {
  if (breaks(terms[cl])) return 0;
  if (MORE.has(terms[cl + 1]?.norm ?? '')) return 1;
  return terms[cl + 1]?.norm === 'of' && PARTITIVE.has(terms[cl + 2]?.norm ?? '') && !breaks(terms[cl + 1]) ? 2 : 0;
}

/** Past the victims' own complement ("2 members of the 4th Brigade were killed"): the term after a short "of ..."
 *  phrase when a word of harm or a bridge word (not a relative pronoun: "the group that killed") follows it; else `k`. */
function pastComplement(terms: Term[], victimAt: number, k: number): number {
  if (terms[k]?.norm !== 'of' || breaks(terms[victimAt])) return k;
  let e = k + 1;
  while (e < terms.length && e - k <= 5 && !harmField(terms[e]) && !BRIDGE.has(terms[e].norm) && !breaks(terms[e - 1])) e++;
  if (e >= terms.length || breaks(terms[e - 1]) || RELATIVE.has(terms[e].norm)) return k;
  return harmField(terms[e]) || BRIDGE.has(terms[e].norm) ? e : k;
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
  // "2 of them later died": the partitive stands for the victims told before
  let k = victimAt >= 0 ? pastComplement(terms, victimAt, victimAt + 1) : cl + 1 + partitiveAfter(terms, cl);
  // "3 soldiers and 5 rebels died", "2 guards and a driver were killed": one subject of two groups, one count
  const group = victimAt >= 0 && harmWordBefore(a) < 0 ? groupAfterAnd(a, k) : null;
  const subject = group && harmAfter(terms, group.last) ? group : null;
  if (subject) k = subject.last + 1;
  const start = k;
  if (victimAt >= 0 && breaks(terms[victimAt], /[,;:]/)) k = -1;
  let bridged = 0;
  let relative = false;
  while (k >= 0 && k < terms.length && BRIDGE.has(terms[k].norm) && bridged < 5 && !breaks(terms[k - 1])) {
    relative ||= RELATIVE.has(terms[k].norm);
    k++; bridged++;
  }
  const harm = k >= 0 && k < terms.length && !breaks(terms[k - 1]) ? harmField(terms[k]) : null;
  if (harm === 'other') return true; // "five soldiers were captured"
  if (!harm) return false;
  // "14 soldiers were killed or wounded": one figure for both, neither count
  const other = terms[k + 2] ?? terms[k];
  if (COORDINATORS.has(terms[k + 1]?.norm ?? '') && harmField(other) && harmField(other) !== harm && !countAt(a, k + 2)) return true;
  // "Four militants killed 17 guards", "3 gunmen who killed 20 villagers": a count right before an active verb with an
  // object (or with only a relative pronoun between) is the killers
  const verbEnd = harmPhraseEnd(terms, k); // "Two gunmen shot dead a trader": the object follows the whole phrase
  const object = terms[verbEnd + 1];
  const active = (bridged === 0 || relative && bridged === 1) && !terms[k].tags.has('Passive') && !breaks(terms[verbEnd]);
  if (active && victimAt >= 0 && object && !opensBracket(object)
    && (object.tags.has('Value') || object.tags.has('Determiner') || isVictim(object) || object.tags.has('ProperNoun'))) return true;
  if (!(victimAt >= 0 || bridged > 0 || k === start)) return false;
  const victims = victimAt >= 0 ? victimSpan(terms, cl + 1, victimAt) : null;
  const both = subject ? joined(a, subject) : null;
  if (both && victims) victims.also = both.also;
  const last = subject ? subject.last : victimAt >= 0 ? victimAt : cl;
  return take(a, mention(a, harm, k, last, victims, victimAt >= 0 ? 'count-victim-harm' : 'count-harm', both?.count));
}

/** Whether a number phrase starts at term i (or within two terms after it). */
function countAt(a: PhraseAt, i: number): boolean {
  return a.phrases.some((p) => { const r = termRange(a.s.terms, a.s.start + p.start, a.s.start + p.end); return !!r && r[0] >= i && r[0] <= i + 2; });
}

/** A second group of victims: its count, the term range of its people phrase, and the term that opens it. */
interface Group { count: Count; first: number; last: number; at: number }

/** The group after "and" at term `and`: a count with its people noun ("and 2 civilians") or one person ("and a trader",
 *  "and the driver"); null when none. */
function groupAfterAnd(a: PhraseAt, and: number): Group | null {
  const terms = a.s.terms;
  if (terms[and]?.norm !== 'and') return null;
  const next = a.phrases[a.pi + 1];
  const nr = next ? termRange(terms, a.s.start + next.start, a.s.start + next.end) : null;
  if (next && nr && nr[0] === and + 1) {
    const nv = victimAfter(terms, nr[1]);
    return nv < 0 ? null : { count: next.count, first: nr[1] + 1, last: nv, at: nr[0] };
  }
  if (!ARTICLE.has(terms[and + 1]?.norm ?? '')) return null;
  let j = and + 2;
  while (j < terms.length && j - and <= 4 && terms[j].tags.has('Adjective') && !onePerson(terms[j]) && !breaks(terms[j - 1])) j++;
  const head = terms[j];
  if (!head || !onePerson(head) || head.tags.has('Plural') || /['’]s?$/.test(head.text) || breaks(terms[j - 1])) return null;
  const text = a.docText.slice(terms[and + 1].start, head.end);
  return { count: { low: 1, high: 1, text }, first: and + 2, last: j, at: and + 1 };
}

/** A word of harm (past bridge words) right after term i: "and 7 others were injured" tells its own harm. */
function harmAfter(terms: Term[], i: number): boolean {
  let k = i + 1;
  while (k < terms.length && k - i <= 4 && BRIDGE.has(terms[k].norm) && !breaks(terms[k - 1])) k++;
  return k < terms.length && !breaks(terms[k - 1]) && !!harmField(terms[k]);
}

/** The count's phrase and the group after it as one count: "3 soldiers and 2 civilians" is 5; the group's count is taken. */
function joined(a: PhraseAt, g: Group): { count: Count; also: NonNullable<CountMention['victimSpan']> } {
  const p = a.phrases[a.pi];
  const terms = a.s.terms;
  a.used.add(g.at);
  const count = {
    low: p.count.low + g.count.low,
    high: p.count.high === null || g.count.high === null ? null : p.count.high + g.count.high,
    text: a.docText.slice(a.s.start + p.start, terms[g.last].end),
  };
  return { count, also: victimSpan(terms, g.first, g.last)! };
}

/** The word of killing or wounding right before the count, past fillers ("killing also 12", "the deaths of 12 people");
 *  -1 when there is none. */
function harmWordBefore(a: PhraseAt): number {
  const terms = a.s.terms;
  let h = a.cf - 1;
  while (h >= 0 && FILLERS.has(terms[h].norm)) h--;
  // "the slaying of six students", "the deaths of 12 people"
  if (h > 0 && terms[h].norm === 'of' && harmField(terms[h - 1]) === 'killed' && terms[h - 1].tags.has('Noun') && a.victimAt >= 0) h--;
  // "8 were killed (12 according to ...)": a figure in brackets after a word of harm a count already took is another
  // source's figure for that count (rival.ts), no count of its own
  if (h >= 0 && opensBracket(terms[h + 1]) && a.out.some((m) => m.harmAt === h)) return -1;
  const field = h >= 0 && !breaks(terms[h]) ? harmField(terms[h]) : null;
  return field === 'killed' || field === 'wounded' ? h : -1;
}

/** A line with no final punctuation (a headline) whose "kill" at h follows a plural subject and no modal or "to":
 *  "Bandits raid a village, kill 11 herders", not "Militants vow to kill 20". */
function headlineVerb(s: TaggedSentence, h: number): boolean {
  const terms = s.terms;
  if (!HEADLINE_VERB.has(terms[h].norm) || HEADLINE_END.test(s.text) || h === 0 || HEADLINE_BLOCKER.has(terms[h - 1].norm)) return false;
  return terms.slice(0, h).some((t) => t.tags.has('Plural') && t.tags.has('Noun') && !t.tags.has('Pronoun'));
}

/** harm-count: the word of harm before the count. */
function harmBeforeCount(a: PhraseAt): boolean {
  const terms = a.s.terms;
  const { cl, victimAt } = a;
  const h = harmWordBefore(a);
  if (h < 0) return false;
  const before = harmField(terms[h]) as 'killed' | 'wounded';
  // "killing 3 of them": the partitive ends the phrase as a victim noun would
  const end = cl + partitiveAfter(terms, cl);
  const endsClause = end + 1 >= terms.length || breaks(terms[end]) || PHRASE_ENDS.has(terms[end + 1].norm);
  // a noun that is not a victim ("killed 20 cattle", "wounded 3 times") makes it no count of people
  if (victimAt < 0 && !endsClause) return false;
  // "kill" and "dead" are no verbs of harm before a count, nor "deaths" unless "of" follows ("the deaths of 12 people"),
  // unless they end a longer phrase of harm ("shot dead 3", "beat to death two")
  const alone = harmPhraseStart(terms, h) === h;
  if (NOT_BEFORE_COUNT.has(terms[h].norm) && terms[h + 1]?.norm !== 'of' && alone && !headlineVerb(a.s, h)) return false;
  const victims = victimAt >= 0 ? victimSpan(terms, cl + 1, victimAt) : null;
  // "killing 3 soldiers and 2 civilians" is one count; "killed 5 soldiers and 7 others were injured" is two
  const group = victimAt >= 0 ? groupAfterAnd(a, victimAt + 1) : null;
  const object = group && !harmAfter(terms, group.last) ? group : null;
  const both = object ? joined(a, object) : null;
  if (both && victims) victims.also = both.also;
  const last = object ? object.last : victimAt >= 0 ? victimAt : cl;
  return take(a, mention(a, before, h, last, victims, 'harm-count', both?.count));
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
  const phrases = countPhrasesOf(s.text);
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
