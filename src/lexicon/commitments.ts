// Commitments: a party agrees, offers or promises to do something for another ("Libya has offered to hand over
// the suspects", "Portugal will support Turkey's bid"). PLOVER and CAMEO code these as AGREE (03x, express intent
// to cooperate); we report them as agreements of subtype "other", planned unless the text says agreed.
// Data only (and the patterns compiled from it); src/rules/commitments.ts reads it. Patterns are over lower-case text, each with a reason id.

export interface CommitmentCue { reason: string; pattern: string; status: 'occurred' | 'planned' }

/** Verbs of cooperation that may follow a commitment cue ("will support", "offered to provide"). */
export const COOPERATIVE_VERBS = [
  'support', 'provide', 'give', 'allow', 'release', 'return', 'send', 'contribute', 'help', 'lift', 'resume', 'hand over',
  'grant', 'accept', 'withdraw', 'recognize', 'recognise', 'cooperate', 'open', 'extend', 'restore', 'establish', 'set up',
  'continue', 'share', 'exchange', 'free', 'supply', 'sell', 'buy', 'fund', 'finance', 'assist', 'host', 'join', 'sign',
  'implement', 'respect', 'honor', 'honour', 'abide', 'normalize', 'normalise', 'resume', 'reopen', 'postpone', 'delay',
  'end', 'halt', 'stop', 'reduce', 'cut', 'pull out', 'evacuate', 'disarm', 'demobilize', 'democratize', 'reform', 'pay',
  'compensate', 'invest', 'build', 'rebuild', 'train', 'protect', 'guarantee', 'deliver', 'donate', 'lend', 'forgive',
  'receive', 'admit', 'welcome', 'work', 'form', 'create', 'launch', 'expand', 'increase', 'boost',
];

export const COMMITMENT_CUES: CommitmentCue[] = [
  { reason: 'agreed-to', status: 'occurred', pattern: '\\b(?:agreed|agrees|consented|undertook|committed itself|committed themselves) (?:on|to|upon|in principle to)\\b' },
  { reason: 'reached-consensus', status: 'occurred', pattern: '\\breached (?:a |an )?(?:consensus|understanding|compromise)\\b' },
  { reason: 'offered-to', status: 'planned', pattern: '\\b(?:offered|offers|promised|promises|pledged|pledges|vowed to help|volunteered|proposed) to\\b' },
  { reason: 'ready-to', status: 'planned', pattern: '\\b(?:is|are|was|were|was now|is now)\\s+(?:\\w+\\s+)?(?:ready|willing|prepared|committed|determined) to\\b' },
  { reason: 'will-cooperate', status: 'planned', pattern: '\\b(?:will|would|shall|is to|are to)\\s+(?:\\w+ly\\s+)?(?:VERBS)\\b' },
];

const VERB_ALTERNATIVES = COOPERATIVE_VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|');
/** Each cue compiled, its VERBS slot filled with the verbs of cooperation. */
export const COMMITMENT_PATTERNS = COMMITMENT_CUES.map((c) => ({ ...c, re: new RegExp(c.pattern.replace('VERBS', VERB_ALTERNATIVES), 'gi') }));
/** Every cue in one expression, for the prefilter that picks the sentences worth tagging. */
export const COMMITMENT_SCAN = new RegExp(COMMITMENT_PATTERNS.map((c) => c.re.source).join('|'), 'i');
