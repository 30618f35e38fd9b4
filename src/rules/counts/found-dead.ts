// found-killed: people found dead with the marks of a killing: "the body of a village elder was found with gunshot
// wounds", "police found the bodies of three men, blindfolded", "four bullet-riddled bodies were dumped". A body found
// is a death; a mark of violence in the sentence (VIOLENT_DEATH_MARKS) makes it a killing, so the count is `violent`
// (it may stand as an attack with no trigger). Without a mark it is left to the other rules (a drowning, a crash).
// Runs before the number rules and marks every term it read, so "bodies of 2 farmers" is not read again as a count.
import type { TaggedSentence, Term } from '../../document/terms.js';
import type { Count } from '../../schema/event.js';
import type { CountMention } from '../mention.js';
import { breaks, countMention, countPhrasesOf, isVictim, onePerson, termRange, victimSpan } from './shared.js';
import { isNonCountContext } from './phrases.js';
import { BODY_NOUNS, FOUND_VERBS, NOT_FOUND_WORDS, VIOLENT_DEATH_MARKS } from '../../lexicon/casualties.js';
import { RELATIVE_PRONOUNS } from '../../lexicon/function-words.js';
import { alternation, wordSet } from '../../lexicon/words.js';

const ONE_BODY = wordSet(BODY_NOUNS.filter((e) => e.reason === 'one-body'));
const BODIES = wordSet(BODY_NOUNS);
const FOUND = wordSet(FOUND_VERBS);
const A_ONE = new Set(['a', 'an', 'one']);
const NEGATION = wordSet(NOT_FOUND_WORDS);
const RELATIVE = wordSet(RELATIVE_PRONOUNS);
/** Marks that end the clause of the body noun (a comma does not: "the bodies of 6 miners, shot in the head, were found"). */
const CLAUSE_END = /[;:.]/;
const MARK = new RegExp(`\\b(?:${alternation(VIOLENT_DEATH_MARKS, '\\s+')})\\b`, 'i');
/** How far from the body noun its verb of finding may stand: "the bodies of four young herders were later found". */
const FOUND_WITHIN = 12;

/** A verb of finding near the body noun at b, in its clause (a comma may stand between: "the bodies of 6 miners, shot
 *  in the head, were found"): after it (passive) or before it (active); not when negated ("were never found"). */
function foundNear(terms: Term[], b: number): boolean {
  const found = (k: number) => FOUND.has(terms[k].norm) && !NEGATION.has(terms[k - 1]?.norm ?? '');
  for (let k = b + 1; k < terms.length && k - b <= FOUND_WITHIN && !breaks(terms[k - 1], CLAUSE_END); k++) if (found(k)) return true;
  for (let k = b - 1; k >= 0 && b - k <= 4 && !breaks(terms[k]); k--) if (found(k)) return true;
  return false;
}

/** Between a figure and "bodies", a word describing the bodies ("3 bullet-riddled bodies"), not a noun phrase of its own
 *  ("3 men whose bodies"). */
const isBodyModifier = (t: Term) => !isVictim(t) && !t.tags.has('Pronoun') && !t.tags.has('Determiner') && !t.tags.has('QuestionWord') && !RELATIVE.has(t.norm);

/** A word of a person's name: tagged a person, or a proper noun that names no place or organization. */
const isNameWord = (t: Term) => t.tags.has('Person') || t.tags.has('ProperNoun') && !t.tags.has('Place') && !t.tags.has('Organization');

/** The people phrase after "of" at i: its last term and the people noun it ends in (-1: a name, "the body of Ali
 *  Musa"), within five terms; null when there is none. */
function peopleAfterOf(terms: Term[], i: number): { last: number; noun: number } | null {
  if (terms[i]?.norm !== 'of' || breaks(terms[i - 1])) return null;
  if (terms[i + 1] && isNameWord(terms[i + 1])) {
    let k = i + 1;
    while (k + 1 < terms.length && isNameWord(terms[k + 1]) && !breaks(terms[k])) k++;
    return { last: k, noun: -1 };
  }
  let demonym = -1; // "the body of a Kenyan"
  for (let k = i + 1; k < terms.length && k - i <= 5; k++) {
    if (isVictim(terms[k]) || onePerson(terms[k])) return { last: k, noun: k };
    if (demonym < 0 && terms[k].tags.has('Demonym')) demonym = k;
    if (breaks(terms[k])) return { last: k, noun: -1 };
  }
  return demonym < 0 ? null : { last: demonym, noun: -1 };
}

interface Dead { count: Count; first: number; last: number; victims: CountMention['victimSpan'] }

/** Who the body noun at b names and how many: "the body of a man" and "a body" are one, "the bodies of 4 herders" and
 *  "three bodies" their figure; null when the dead are not counted ("bodies were found", "the body was found"). */
function deadAt(s: TaggedSentence, b: number): Dead | null {
  const terms = s.terms;
  const of = peopleAfterOf(terms, b + 1);
  const victims = of && of.noun >= 0 ? victimSpan(terms, b + 2, of.noun) : null;
  const last = of ? of.last : b;
  if (ONE_BODY.has(terms[b].norm)) {
    const one = { low: 1, high: 1, text: '' };
    if (of) return { count: one, first: b, last, victims };
    return A_ONE.has(terms[b - 1]?.norm ?? '') ? { count: one, first: b - 1, last: b, victims: null } : null; // "a body riddled with bullets"
  }
  // the figure: right after "of" ("the bodies of 4 herders") or before the noun, past two modifiers ("3 bullet-riddled bodies")
  for (const p of countPhrasesOf(s.text)) {
    const r = termRange(terms, s.start + p.start, s.start + p.end);
    if (!r || isNonCountContext(s.text, p.start, p.end)) continue;
    if (of && r[0] === b + 2) return { count: p.count, first: b, last, victims };
    if (r[1] < b && b - r[1] <= 3 && terms.slice(r[1] + 1, b).every(isBodyModifier) && !terms.slice(r[1], b).some((t) => breaks(t))) {
      return { count: p.count, first: r[0], last, victims };
    }
  }
  return null;
}

export function foundDeadCounts(s: TaggedSentence, docText: string, used: Set<number>): CountMention[] {
  const terms = s.terms;
  if (!MARK.test(s.text)) return [];
  const out: CountMention[] = [];
  for (let b = 0; b < terms.length; b++) {
    if (!BODIES.has(terms[b].norm) || used.has(b) || !foundNear(terms, b)) continue;
    const dead = deadAt(s, b);
    if (!dead) continue;
    const start = terms[dead.first].start;
    const end = terms[dead.last].end;
    const c = countMention({
      field: 'killed', count: { ...dead.count, text: docText.slice(start, end) }, start, end, harmAt: b, first: dead.first,
      last: dead.last, victimSpan: dead.victims, rule: 'found-killed',
    });
    c.violent = true;
    out.push(c);
    for (let t = dead.first; t <= dead.last; t++) used.add(t);
  }
  return out;
}
