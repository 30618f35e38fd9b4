// A mention: what one rule found in one sentence. Rules fill its spans and syntactic facts; the resolvers fill its
// status, actors, counts, date and place; the refiners merge mentions into events.
import type { Actor, ActorKind, Attribution, Count, EventDate, EventLocation, Status } from '../schema/event.js';
import type { TaggedSentence } from '../document/terms.js';
import type { TriggerTag } from '../document/plugin.js';

/** A trigger word in a sentence: what its tag stands for (family, subtype, strength, verb), and where it stands. */
export interface Trigger extends TriggerTag {
  /** index of the first and last term */
  first: number;
  last: number;
  text: string;
  /** term tag that made it, e.g. "AttackAirstrikeStrongNoun" */
  tag: string;
}

/** The victims' phrase: its term range, the kind of people its head noun names, and a second group counted with it
 *  ("killing 3 soldiers and 2 civilians"). */
export interface VictimSpan { first: number; last: number; kind: ActorKind; also?: VictimSpan }

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
  /** term range of the victims' phrase ("nine Syrian troopers") and the kind its head noun implies */
  victimSpan: VictimSpan | null;
  /** the victims as an actor: filled by the actors resolver */
  victims: Actor | null;
  rule: string;
  /** "the death toll climbed to 12": a later figure for a count already reported */
  toll: boolean;
  /** term range of the clause the count stands in; `including`: the clause opens with "including" */
  clauseTerms: [number, number];
  including: boolean;
  /** filled by resolvers: the subject of an active verb of harm ("Gunmen killed three"), the running-total cue of
   *  its clause, and its status were it to stand alone */
  killer: Actor | null;
  aggregate: string | null;
  status: Status | null;
  /** the deaths are violent by the count's own words ("the body of a man ... with gunshot wounds"), so the count may
   *  stand as an attack with no trigger of its own; set by the found-dead rule */
  violent?: boolean;
  /** rival figures for the same casualties in the same sentence ("(5 according to the rebels)", "the army put it at 9"):
   *  each as read and who gave it (null: no one named); `count` is already widened to cover them (set by the rival rule,
   *  and by the links resolver and the merge for a rival count of its own: "the rebels claimed they killed 15") */
  rivals?: { count: Count; source: string | null }[];
}

/** A commitment cue ("X agreed to", "will support") found by the commitments rule: its parties are resolved later. */
interface CommitmentCue {
  /** term index of the cue's first word */
  cueTerm: number;
  reason: string;
  /** the cue as written ("agreed to") */
  text: string;
}

export interface Mention {
  type: 'attack' | 'meeting' | 'agreement' | 'casualties';
  subtype: string;
  rule: string;
  sentence: TaggedSentence;
  trigger: Trigger | null;
  /** the count this mention stands for, when a count rule proposed it (a casualty report until it joins its attack) */
  count: CountMention | null;
  commitment: CommitmentCue | null;
  /** term range of the clause the mention was read from */
  clauseTerms: [number, number];
  /** absolute char offset the event is anchored at (its trigger, else its count) */
  anchor: number;
  /** absolute char span of the clause the mention was read from: its date and place are looked for there first */
  clause: [number, number];
  /** set by the modality resolver; a mention that reports no event at all is `dropped` instead */
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
  /** a bare plural ("abductions are common", "a wave of raids"): a kind of event, not one event */
  generic: boolean;
  /** a trigger noun modifying another noun ("assassination squads"): evidence for an event told elsewhere, never one alone */
  modifier: boolean;
  /** the attack trigger (or count) is the object of a reaction ("to protest the killing", "a vigil for the victims of
   *  the bombing"), or the count is a crowd reacting ("Hundreds mourn"): set by the modality resolver; such a mention
   *  may join the event told elsewhere, never found one (keep rule mention:reaction) */
  reaction: boolean;
  /** the mention a count joined (its attack), for --explain */
  joined: Mention | null;
  /** why a resolver or refiner set this mention aside (modality, a missing party, ...), for --explain */
  dropped: string | null;
}

