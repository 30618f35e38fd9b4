// Keep rules for the senses of meeting and agreement words: a press conference or "meet expectations" is no meeting;
// signing a bill into law is no agreement between parties; a ceasefire named as violated, monitored or fragile is an
// agreement made before, not a new one. Each reads the trigger's own phrase (the words right around it), not the
// whole sentence, so a sentence may hold both senses. Word lists in lexicon/senses.ts.
import type { Draft } from '../merge.js';
import type { Mention } from '../../rules/mention.js';
import type { KeepRule } from './types.js';
import type { CuePattern } from '../../lexicon/modality.js';
import {
  AGREEMENT_MADE_CUES, EXISTING_AGREEMENT_CUES, LAW_SIGNING_AFTER, LAW_SIGNING_BEFORE, NOT_A_MEETING_AFTER,
  NOT_A_MEETING_BEFORE, NOT_A_MEETING_HEADLINE, NOT_A_MEETING_NAMES_AFTER,
} from '../../lexicon/senses.js';

const compile = (cues: CuePattern[], flags = 'i') => cues.map((c) => ({ reason: c.reason, re: new RegExp(c.pattern, flags) }));
const NOT_MEETING_AFTER = [...compile(NOT_A_MEETING_NAMES_AFTER, ''), ...compile(NOT_A_MEETING_AFTER)];
const NOT_MEETING_BEFORE = compile(NOT_A_MEETING_BEFORE);
const MEET_HEADLINE = compile(NOT_A_MEETING_HEADLINE, '');
const LAW_SIGNING = compile(LAW_SIGNING_AFTER);
const LAW_SIGNED = compile(LAW_SIGNING_BEFORE);
const EXISTING = compile(EXISTING_AGREEMENT_CUES);
const MADE = compile(AGREEMENT_MADE_CUES);

/** The sentence's text before and after the mention's trigger (empty for a mention with no trigger). Read from
 *  the trigger's anchor and text: the sentence's terms are freed once the resolvers are done. */
function around(m: Mention): { before: string; after: string } {
  const t = m.trigger;
  if (!t) return { before: '', after: '' };
  const at = m.anchor - m.sentence.start;
  return { before: m.sentence.text.slice(0, at), after: m.sentence.text.slice(at + t.text.length) };
}

/** The reason of the first cue matching, or null. */
const firstMatch = (cues: { reason: string; re: RegExp }[], text: string) => cues.find((c) => c.re.test(text))?.reason ?? null;

/** When every mention of the draft has a trigger and `reasonOf` finds something against each: the first reason. */
function againstEvery(d: Draft, reasonOf: (m: Mention) => string | null): string | null {
  let first: string | null = null;
  for (const m of d.mentions) {
    const why = m.trigger ? reasonOf(m) : null;
    if (!why) return null;
    first ??= why;
  }
  return first;
}

export const notAMeeting: KeepRule = {
  id: 'meeting:not-a-meeting',
  drop(d: Draft) {
    if (d.type !== 'meeting') return null;
    const why = againstEvery(d, (m) => {
      const { before, after } = around(m);
      return firstMatch(NOT_MEETING_BEFORE, before) ?? firstMatch(NOT_MEETING_AFTER, after)
        ?? firstMatch(MEET_HEADLINE, before + m.trigger!.text);
    });
    return why ? `meeting:not-a-meeting (${why})` : null;
  },
};

export const lawSigning: KeepRule = {
  id: 'agreement:law-signing',
  drop(d: Draft) {
    if (d.type !== 'agreement') return null;
    const why = againstEvery(d, (m) => {
      if (!/^sign/i.test(m.trigger!.text)) return null;
      const { before, after } = around(m);
      return firstMatch(LAW_SIGNING, after) ?? firstMatch(LAW_SIGNED, before);
    });
    return why ? `agreement:law-signing (${why})` : null;
  },
};

export const existingAgreement: KeepRule = {
  id: 'agreement:existing-agreement',
  drop(d: Draft) {
    if (d.type !== 'agreement' || (d.subtype !== 'ceasefire' && d.subtype !== 'peace_deal')) return null;
    const why = againstEvery(d, (m) => {
      const text = m.sentence.text;
      return m.trigger!.verb || firstMatch(MADE, text) ? null : firstMatch(EXISTING, text);
    });
    return why ? `agreement:existing-agreement (${why})` : null;
  },
};
