// Commitments reported as agreements: "<party> agreed to / offered to / will support ...". The party is the
// subject before the cue and must be a state, a person with a title, or a named organisation.
import type { TaggedSentence } from '../document/terms.js';
import type { SentenceSpan } from '../document/sentences.js';
import { COMMITMENT_CUES, COOPERATIVE_VERBS } from '../lexicon/commitments.js';
import { actorFromPhrase, phraseEndingAt, phraseStartingAt } from '../resolvers/actors.js';
import { attributionOf } from '../resolvers/attribution.js';
import type { Mention } from './mention.js';
import type { Actor } from '../schema/event.js';

const VERBS = COOPERATIVE_VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|');
const CUES = COMMITMENT_CUES.map((c) => ({ ...c, re: new RegExp(c.pattern.replace('VERBS', VERBS), 'gi') }));
/** Prefilter for the sentences this rule reads. */
export const COMMITMENT_SCAN = new RegExp(CUES.map((c) => c.re.source).join('|'), 'i');

const NEGATED = /\b(?:not|never|no longer|refused|refuses|declined|rejected)\s+(?:\w+\s+)?$/i;

export function commitmentsOf(s: TaggedSentence, previous: SentenceSpan | null, docText: string): Mention[] {
  const out: Mention[] = [];
  const terms = s.terms;
  const attribution = attributionOf(s, docText);
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (const m of s.text.matchAll(cue.re)) {
      const at = s.start + m.index!;
      if (NEGATED.test(s.text.slice(0, m.index!)) || /\bnot\b/i.test(m[0])) continue;
      const cueTerm = terms.findIndex((t) => t.start >= at);
      if (cueTerm <= 0) continue;
      // subject: the phrase before the cue, past auxiliaries ("Libya has offered", "Hungary has said it will")
      let k = cueTerm - 1;
      while (k >= 0 && /^(?:has|have|had|also|now|reportedly|today|it|they|he|she|said|says|that)$/.test(terms[k].norm)) k--;
      const subjRange = k >= 0 ? phraseEndingAt(terms, k, 7) : null;
      let subject: Actor | null = null;
      if (subjRange) subject = actorFromPhrase(subjRange[0], subjRange[1], { role: 'participant', defaultKind: 'government', sentence: s, previous, docText });
      // "Hungary has said it will support": the pronoun's antecedent is the sentence's first party
      if (!subject && attribution && /^(?:it|they|he|she)$/.test(terms[cueTerm - 1]?.norm ?? '')) {
        const r = phraseStartingAt(terms, attribution.first);
        if (r) subject = actorFromPhrase(r[0], r[1], { role: 'participant', defaultKind: 'government', sentence: s, previous, docText });
      }
      // "agreed to" says it outright: any party will do; an offer or a promise needs a named one
      if (!subject || !(subject.country || subject.kind === 'person' || subject.kind === 'organization' || subject.kind === 'rebel' || subject.kind === 'militant'
        || cue.status === 'occurred' && subject.kind !== 'civilian')) continue;
      const actors: Actor[] = [subject];
      // the other party: a state or person named after the cue
      for (let i = cueTerm + 1; i < terms.length; i++) {
        const t = terms[i];
        if (!(t.tags.has('ProperNoun') || t.tags.has('Demonym') || t.tags.has('NamedActor'))) continue;
        const r = phraseStartingAt(terms, i, 6);
        if (!r) continue;
        const a = actorFromPhrase(r[0], r[1], { role: 'participant', defaultKind: 'government', sentence: s, previous, docText });
        if (a && (a.country || a.kind === 'person') && !actors.some((x) => x.name === a.name)) actors.push(a);
        i = r[1];
        if (actors.length >= 3) break;
      }
      out.push({
        type: 'agreement', subtype: 'other', rule: `agreement:commitment+${cue.reason}`, sentence: s, trigger: null,
        anchor: at, clause: [s.start, s.end], status: cue.status, aggregate: false, actors, killed: null, wounded: null, date: null, location: null,
        attribution: attribution ? { source: attribution.source, text: attribution.text } : null, anaphoric: false, generic: false, modifier: false,
      });
      break;
    }
    if (out.length) break;
  }
  return out;
}
