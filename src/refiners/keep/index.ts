// The keep rules for precision, in the order they run: the first that has something against a draft drops it, and
// its reason is what --explain shows. Each rule lives in its own file of this folder with its word lists in lexicon/.
// Order: rules about the event's parties first (a meeting of two companies is no meeting whatever its words),
// then the context an attack needs, then casualty reports, reactions to violence (a vigil for the victims of a
// bombing founds no bombing), historical references (a massacre of World War Two is no event of today) and the
// senses of meeting and agreement words.
import type { Draft } from '../merge.js';
import type { KeepContext, KeepRule } from './types.js';
import { sportFrame } from './sport.js';
import { crimeInCourt } from './courts.js';
import { ordinaryCrime } from './crime.js';
import { cyberOrMetaphor, fiction, naturalSubject, spaceSense, struckADeal } from './senses-attack.js';
import { noArmedContext } from './attack-context.js';
import { disasterOrAccident, noViolence, zeroOnly } from './casualties.js';
import { reactionOnly } from './reactions.js';
import { oldDate, pastReference } from './history.js';
import { existingAgreement, lawSigning, notAMeeting } from './senses-talks.js';
import { commitmentWithoutStateParty, noStateParty } from './parties.js';

export const KEEP_RULES: KeepRule[] = [
  // the parties of meetings and agreements: states, officials, armed or political bodies, international bodies
  noStateParty, commitmentWithoutStateParty,
  // the context an attack needs: fiction and nature first (a storm that struck a pitch is nature before it is sport),
  // frames of play (any type), the senses of attack words, courts and crime by private people, then the catch-all for everyday attack words
  fiction, naturalSubject, sportFrame, struckADeal, spaceSense, cyberOrMetaphor, crimeInCourt, ordinaryCrime, noArmedContext,
  // casualty reports, reactions to violence, historical references, the senses of meeting and agreement words
  disasterOrAccident, zeroOnly, noViolence, reactionOnly, oldDate, pastReference, notAMeeting, lawSigning, existingAgreement,
];

/** The first keep rule's reason against the draft, or null when every rule keeps it. */
export function precisionDropReason(d: Draft, ctx: KeepContext): string | null {
  for (const rule of KEEP_RULES) {
    const why = rule.drop(d, ctx);
    if (why) return why;
  }
  return null;
}
