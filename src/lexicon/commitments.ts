// Commitments: a party agrees, offers or promises to do something for another ("Ghana has offered to send
// engineers", "Norway will fund the new clinic"). PLOVER and CAMEO code these as AGREE (03x, express intent
// to cooperate); we report them as agreements of subtype "other", planned unless the text says agreed.
// Data only (and the patterns compiled from it); src/rules/commitments.ts reads it. Patterns are over lower-case text, each with a reason id.

import { alternation, compiledNow, type WordEntry } from './words.js';

interface CommitmentCue { reason: string; pattern: string; status: 'occurred' | 'planned' }

/** Verbs of cooperation that may follow a commitment cue ("will support", "offered to provide"). */
const COOPERATIVE_VERBS: WordEntry[] = [
  { reason: 'aid', words: ['support', 'provide', 'give', 'send', 'contribute', 'help', 'assist', 'supply', 'deliver', 'donate', 'lend', 'fund', 'finance', 'invest', 'pay', 'compensate', 'train', 'protect', 'guarantee'] },
  { reason: 'let-in', words: ['allow', 'grant', 'accept', 'lift', 'admit', 'receive', 'welcome', 'host', 'forgive'] },
  { reason: 'hand-back', words: ['release', 'return', 'free', 'hand over', 'exchange', 'evacuate'] },
  { reason: 'ties', words: ['recognize', 'recognise', 'cooperate', 'open', 'reopen', 'extend', 'restore', 'establish', 'set up', 'normalize', 'normalise', 'join', 'share', 'work', 'form', 'create', 'launch', 'expand', 'increase', 'boost', 'build', 'rebuild'] },
  { reason: 'trade', words: ['sell', 'buy'] },
  { reason: 'keep-a-deal', words: ['sign', 'implement', 'respect', 'honor', 'honour', 'abide', 'continue', 'resume'] },
  { reason: 'stand-down', words: ['withdraw', 'pull out', 'end', 'halt', 'stop', 'reduce', 'cut', 'postpone', 'delay', 'disarm', 'demobilize'] },
  { reason: 'reform', words: ['democratize', 'reform'] },
];

/** Before a commitment cue, words that deny it: "has not agreed to", "refused to support". */
export const COMMITMENT_NEGATIONS: WordEntry[] = [
  { reason: 'negation', words: ['not', 'never', 'no longer'] },
  { reason: 'refusal', words: ['refused', 'refuses', 'declined', 'rejected'] },
];

const COMMITMENT_CUES: CommitmentCue[] = [
  { reason: 'agreed-to', status: 'occurred', pattern: '\\b(?:agreed|agrees|consented|undertook|committed itself|committed themselves) (?:on|to|upon|in principle to)\\b' },
  { reason: 'reached-consensus', status: 'occurred', pattern: '\\breached (?:a |an )?(?:consensus|understanding|compromise)\\b' },
  { reason: 'offered-to', status: 'planned', pattern: '\\b(?:offered|offers|promised|promises|pledged|pledges|vowed to help|volunteered|proposed) to\\b' },
  { reason: 'ready-to', status: 'planned', pattern: '\\b(?:is|are|was|were|was now|is now)\\s+(?:\\w+\\s+)?(?:ready|willing|prepared|committed|determined) to\\b' },
  { reason: 'will-cooperate', status: 'planned', pattern: '\\b(?:will|would|shall|is to|are to)\\s+(?:\\w+ly\\s+)?(?:VERBS)\\b' },
];

const VERB_ALTERNATIVES = alternation(COOPERATIVE_VERBS, '\\s+');
/** Each cue compiled, its VERBS slot filled with the verbs of cooperation. */
export const COMMITMENT_PATTERNS = COMMITMENT_CUES.map((c) => ({ ...c, re: new RegExp(c.pattern.replace('VERBS', VERB_ALTERNATIVES), 'gi') }));
/** Every cue in one expression, for the prefilter that picks the sentences worth tagging. */
export const COMMITMENT_SCAN = compiledNow(new RegExp(COMMITMENT_PATTERNS.map((c) => c.re.source).join('|'), 'i'));
