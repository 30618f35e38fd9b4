// Who says so: "A Syrian opposition war monitor said ...", "according to the health ministry", "..., the army said."
import type { Attribution } from '../schema/event.js';
import type { TaggedSentence, Term } from '../document/terms.js';
import { NAMED_ACTORS } from '../lexicon/actors.js';
import { phraseEndingAt } from './actors.js';
import { parseDateline } from './dateline.js';
import {
  NOT_A_REPORT_AFTER, PRONOUN_SUBJECTS, SOURCE_TRAILING_NOUNS, SPEAKER_NAMED_ELSEWHERE, SUBJECT_OPENERS, SUBJECT_TRAILING_WORDS,
  SUBJECTS_POINTING_BACK,
} from '../lexicon/attribution.js';
import { ARTICLES, CLAUSE_OPENERS } from '../lexicon/function-words.js';
import { alternation, wordSet } from '../lexicon/words.js';

const NAMED = NAMED_ACTORS.flatMap((a) => a.aliases.filter((al) => al.length > 3).map((al) => ({ al, name: a.name })))
  .sort((a, b) => b.al.length - a.al.length);

/** Words a source phrase may end with that are not the source: "the ministry's statement said". */
const SPEECH_NOUNS = new RegExp(`\\s*(?:['’]s?)?\\s+(?:${alternation(SOURCE_TRAILING_NOUNS)})$`, 'i');
const LEADING_ARTICLE = new RegExp(`^(?:${alternation(ARTICLES)})\\s+`, 'i');
/** What a subject may end with that is not its source: "has", "later", "on Monday". */
const SUBJECT_TAIL = new RegExp(`\\s+(?:${alternation(SUBJECT_TRAILING_WORDS)}|on \\w+day|\\w+day)$`, 'i');
const NOT_A_REPORT = wordSet(NOT_A_REPORT_AFTER);
const ELSEWHERE = wordSet(SPEAKER_NAMED_ELSEWHERE);
// "..., though the TTP claimed": a contrasting clause opens the speaker's clause too
const OPENERS = wordSet(SUBJECT_OPENERS, CLAUSE_OPENERS.filter((e) => e.reason === 'contrast'));
const PRONOUN_ONLY = new RegExp(`^(?:${alternation(PRONOUN_SUBJECTS)})$`, 'i');
const POINTS_BACK = new RegExp(`^(?:${alternation(SUBJECTS_POINTING_BACK)})$`, 'i');

export interface AttributionSpan extends Attribution {
  /** term range of the source phrase, so rules can keep the speaker out of the event's actors */
  first: number;
  last: number;
}

function clean(text: string): string {
  let t = text.replace(/^[\s"“”'‘’,(]+|[\s"“”'‘’,)]+$/g, '');
  t = t.slice(parseDateline(t)?.end ?? 0); // a dateline: "ANKARA –", "KABUL, March 3 (Reuters) -"
  t = t.replace(/,\s*[^,]*,?$/, (m) => (m.length < t.length ? '' : m)); // drop an appositive ", an opposition war monitor,"
  t = t.replace(LEADING_ARTICLE, '');
  t = t.replace(/^[\w-]+[- ]based(?:\s+mostly)?\s+/i, ''); // "Britain-based" (spun "based mostly")
  t = t.replace(SPEECH_NOUNS, '');
  t = t.replace(/['’]s?$/, '');
  return t.trim();
}

function canonical(text: string): string {
  const lower = text.toLowerCase();
  for (const n of NAMED) if (lower.includes(n.al)) return n.name;
  return text;
}

/** "6 guards were killed (9 according to the militants)": an "according to" right after a figure inside brackets gives
 *  the source of that rival figure (src/rules/counts keeps it with the count), not of the sentence. `before` is the
 *  sentence's text before "according to". */
function isRivalAside(before: string): boolean {
  return /\(\s*[^()\s]+(?:\s+[^()\s]+){0,2}\s*$/.test(before);
}

/** A verb of saying, used as a verb ("the United States" holds "states", a noun here). */
function isReport(t: Term): boolean { return t.tags.has('ReportVerb') && t.tags.has('Verb') && !t.tags.has('ProperNoun') && /^[a-z]/.test(t.text); }

/** A source as written ("the Syrian Observatory", "the army's statement") as the attribution names it. */
export function sourceName(text: string): string | null {
  const src = clean(text);
  return src && /[a-z]/i.test(src) && !PRONOUN_ONLY.test(src) ? canonical(src) : null;
}

/** The speaker named right before a verb of saying ("while the rebels claimed ..." → "rebels"), or null. */
export function speakerBefore(s: TaggedSentence, verbAt: number): string | null {
  const r = phraseEndingAt(s.terms, verbAt - 1, 8);
  if (!r) return null;
  return sourceName(s.text.slice(s.terms[r[0]].start - s.start, s.terms[r[1]].end - s.start));
}

export function attributionOf(s: TaggedSentence, docText: string): AttributionSpan | null {
  const terms = s.terms;
  // "according to X" (to the end of its bracket: "(9 according to the militants) when the militants stormed")
  const acc = /\baccording to\s+([^,.;)]+)/i.exec(s.text);
  if (acc && !isRivalAside(s.text.slice(0, acc.index))) {
    const start = s.start + acc.index + acc[0].length - acc[1].length;
    const end = start + acc[1].length;
    const first = terms.findIndex((t) => t.start >= start);
    let last = first;
    while (last + 1 < terms.length && terms[last + 1].end <= end) last++;
    const src = clean(acc[1]);
    if (src) return { source: canonical(src), text: 'according to', first, last };
  }
  for (let i = 0; i < terms.length; i++) {
    if (!isReport(terms[i])) continue;
    // "claimed responsibility", "claimed by the Houthis": the attacker's act, not a report
    if (NOT_A_REPORT.has(terms[i + 1]?.norm ?? '')) continue;
    // "it said", "he told": the speaker is named elsewhere
    if (i > 0 && ELSEWHERE.has(terms[i - 1].norm)) continue;
    // "X said (that) ...": the subject runs from the clause start to the verb
    let from = i - 1;
    while (from >= 0 && !/[;:"“”]/.test(terms[from].post) && !OPENERS.has(terms[from].norm)) from--;
    from++;
    if (from < i) {
      const raw = docText.slice(terms[from].start, terms[i - 1].end);
      // a sentence-final "..., the army said." has a comma before its subject
      const lastComma = raw.lastIndexOf(',');
      const final = lastComma >= 0 && (i === terms.length - 1 || /^[.!?"”’\s]+$/.test(terms[i].post) || i + 2 >= terms.length);
      const subject = final ? raw.slice(lastComma + 1) : raw;
      if (final) {
        // "..., the Anadolu news agency said.": the speaker is only what follows the last comma
        const commaAt = terms[from].start + lastComma;
        while (from < i && terms[from].start < commaAt) from++;
      }
      const src = clean(subject.replace(SUBJECT_TAIL, ''));
      if (src && src.split(/\s+/).length <= 10 && /[a-z]/i.test(src) && !PRONOUN_ONLY.test(src)) {
        return { source: canonical(src), text: terms[i].text, first: from, last: i - 1 };
      }
      // a long subject: the noun phrase just before the verb is the speaker
      const r = phraseEndingAt(terms, i - 1, 8);
      if (r && !final) {
        const short = clean(docText.slice(terms[r[0]].start, terms[r[1]].end));
        if (short && /[a-z]/i.test(short)) return { source: canonical(short), text: terms[i].text, first: r[0], last: r[1] };
      }
      if (POINTS_BACK.test(src)) return null;
    }
    // "..., said John Smith" / "..., said the ministry."
    if (i + 1 < terms.length && i > 0 && /,/.test(terms[i - 1].post)) {
      const rest = s.text.slice(terms[i + 1].start - s.start).replace(/[.!?"”]+$/, '');
      const src = clean(rest.split(/,/)[0]);
      if (src && src.split(/\s+/).length <= 8) return { source: canonical(src), text: terms[i].text, first: i + 1, last: terms.length - 1 };
    }
  }
  return null;
}
