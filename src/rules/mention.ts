// A mention: what one rule found in one sentence, before refiners merge mentions into events.
import type { Actor, Attribution, Count, EventDate, EventLocation, Status } from '../schema/event.js';
import type { TaggedSentence, Term } from '../document/terms.js';
import type { TriggerFamily } from '../document/plugin.js';

export interface Trigger {
  family: TriggerFamily;
  subtype: string;
  strength: 'strong' | 'weak';
  verb: boolean;
  /** index of the first and last term */
  first: number;
  last: number;
  text: string;
  /** term tag that made it, e.g. "AttackAirstrikeStrongNoun" */
  tag: string;
}

export interface CountMention {
  field: 'killed' | 'wounded';
  count: Count;
  /** char span of the count phrase, absolute */
  start: number;
  end: number;
  /** term index of the word of harm ("killed") */
  harmAt: number;
  /** term index range of the count and its victim noun */
  first: number;
  last: number;
  victims: Actor | null;
  rule: string;
  /** "the death toll rose to 12": a later figure for a count already reported */
  toll: boolean;
}

export interface Mention {
  type: 'attack' | 'meeting' | 'agreement' | 'casualties';
  subtype: string;
  rule: string;
  sentence: TaggedSentence;
  trigger: Trigger | null;
  /** absolute char offset the event is anchored at (its trigger, else its count) */
  anchor: number;
  /** absolute char span of the clause the mention was read from: its date and place are looked for there first */
  clause: [number, number];
  status: Status;
  aggregate: boolean;
  actors: Actor[];
  killed: CountMention | null;
  wounded: CountMention | null;
  date: EventDate | null;
  location: EventLocation | null;
  attribution: Attribution | null;
  /** the mention refers back to an event told before ("the attack", "the latest Syrian attack ... also") */
  anaphoric: boolean;
  /** a bare plural ("kidnappings are commonplace", "a spate of attacks"): a kind of event, not one event */
  generic: boolean;
  /** a trigger noun modifying another noun ("torture centers"): evidence for an event told elsewhere, never one alone */
  modifier: boolean;
}

export function termsText(terms: Term[], first: number, last: number, docText: string): string {
  if (first > last || first < 0 || last >= terms.length) return '';
  return docText.slice(terms[first].start, terms[last].end);
}
