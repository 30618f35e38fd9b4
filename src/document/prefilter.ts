// The cheap scan that picks the sentences worth tagging: one compiled regular expression of every trigger form and
// word of harm in the lexicon. Most sentences of an article hold no event and never reach compromise.
import { ATTACK_TRIGGERS, MEETING_TRIGGERS, AGREEMENT_TRIGGERS } from '../lexicon/triggers.js';
import { COMMITMENT_SCAN } from '../lexicon/commitments.js';
import { KILL_WORDS, WOUND_WORDS, TOLL_WORDS, ZERO_CASUALTY_PATTERNS } from '../lexicon/casualties.js';
import { compiledNow, wordsOf } from '../lexicon/words.js';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function build(): RegExp {
  const forms = new Set<string>();
  for (const list of [ATTACK_TRIGGERS, MEETING_TRIGGERS, AGREEMENT_TRIGGERS]) for (const e of list) for (const f of e.forms) forms.add(f);
  for (const w of wordsOf(KILL_WORDS, WOUND_WORDS, TOLL_WORDS)) forms.add(w);
  // a form matches with any of space or hyphen between its words, and its first word is enough for multi-word forms
  const alts = [...forms].map((f) => escape(f.toLowerCase()).replace(/(?:\\-|\s|-)+/g, '[\\s\\-‐]+'));
  alts.sort((a, b) => b.length - a.length);
  const zero = ZERO_CASUALTY_PATTERNS.map((z) => `(?:${z.pattern.replace(/\\b/g, '')})`);
  return new RegExp(`\\b(?:${alts.join('|')})\\b|${zero.join('|')}`, 'i');
}

const TRIGGER_SCAN = compiledNow(build());

export function mayHoldEvent(sentence: string): boolean {
  return TRIGGER_SCAN.test(sentence) || COMMITMENT_SCAN.test(sentence);
}
