// What --explain prints for one document: each candidate a rule proposed and what became of it. The pipeline
// builds it (src/pipeline/explain.ts), the formats print it (src/format/explain.ts).

export interface CandidateNote {
  /** index of the sentence the candidate was read from, and the words that proposed it (offsets into the document
   *  as written, in Unicode code points, as an event's evidence) */
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** the rule ids behind it, as an event's `rule` shows them */
  rule: string;
  type: string;
  subtype: string;
  /** event: it became the event `event`; merged: it joined `event`; dropped: `reason` says why */
  outcome: 'event' | 'merged' | 'dropped';
  event: string | null;
  reason: string;
}

export interface DocumentExplanation {
  doc: string;
  sentences: number;
  /** sentences the lexicon prefilter passed to the tagger and the rules */
  read: number;
  /** sentences with trigger words the prefilter left unread: their words ("talks", "deal", "beat") ask their document
   *  for a word of conflict or state, or an armed side, that it lacks (src/document/prefilter.ts) */
  unread: number;
  candidates: CandidateNote[];
  /** how each event's date was settled after merging (src/refiners/dates.ts): its own, or taken from the day written
   *  for an event told just before it (`taken`), and why (or why not) */
  dates: DateNote[];
}

export interface DateNote {
  event: string;
  value: string | null;
  taken: boolean;
  reason: string;
}
