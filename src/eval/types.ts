// Shapes shared by the evaluation harness (`extract eval`): gold records, measures and diagnostics.
import type { Event, EventType } from '../schema/event.js';

export type GoldFormat = 'plover' | 'wikievents' | 'plain' | 'agnews';

/** A PLOVER gold-standard sentence (../shared/eval/plover-gsr.jsonl). */
export interface PloverActor { text: string; code: string | null; sector: string | null }
export interface PloverRecord {
  format: 'plover';
  id: string;
  text: string;
  date?: string;
  eventType: string;
  subEventType: string | null;
  sourceActors: PloverActor[];
  targetActors: PloverActor[];
  location: string | null;
  fatalities: number | null;
  injured: number | null;
}

/** A WikiEvents (KAIROS) article with its event mentions. */
export interface WikiArgument { role: string; text: string; span: [number, number] | null }
export interface WikiMention {
  eventType: string;
  trigger: string;
  /** character span of the trigger in `text`, end exclusive */
  span: [number, number];
  arguments: WikiArgument[];
}
export interface WikiRecord {
  format: 'wikievents';
  id: string;
  text: string;
  date?: string;
  mentions: WikiMention[];
}

/** Our own plain gold format: partial events as in SPEC.md. */
export interface GoldCount { low: number; high?: number | null }
export interface GoldActor { name?: string; country?: string | null; kind?: string; role?: string }
export interface GoldEvent {
  type: EventType;
  subtype?: string;
  status?: string;
  aggregate?: boolean;
  /** undefined: not stated in the gold (no constraint); null: the gold says no count */
  killed?: GoldCount | null;
  wounded?: GoldCount | null;
  /** YYYY-MM-DD | YYYY-MM | YYYY */
  date?: string | null;
  location?: { name?: string; country?: string | null } | null;
  actors?: GoldActor[];
}
export interface PlainRecord {
  format: 'plain';
  id: string;
  text: string;
  date?: string;
  events: GoldEvent[];
}

/** The categories of AG News (../shared/eval/agnews-dev.jsonl), in the order the report lists them. */
export const AGNEWS_CATEGORIES = ['World', 'Sports', 'Business', 'Sci/Tech'] as const;
export type AgNewsCategory = typeof AGNEWS_CATEGORIES[number];
/** An AG News wire item: a headline and its lead, with its topic category and nothing else. */
export interface AgNewsRecord {
  format: 'agnews';
  id: string;
  text: string;
  date?: string;
  category: AgNewsCategory;
}

export type GoldRecord = PloverRecord | WikiRecord | PlainRecord | AgNewsRecord;

/** What the extractor produced for one record. */
export interface Prediction {
  events: Event[];
  /** set when the extractor threw on this record (counted as producing no events) */
  error?: string;
}

export interface Target {
  /** value must be >= (min) or < (max) / <= (atMost) the bound */
  op: '>=' | '<' | '<=';
  value: number;
}

/** Which way a measure improves: its floor is a minimum (higher) or a ceiling (lower). A measure with neither is
 *  shown for reading and gets no floor (AG News World items, which have no gold). */
export type Better = 'higher' | 'lower';

export interface Measure {
  name: string;
  /** a rate in 0..1 (or a count where noted in the name); null when there was nothing to compute it on */
  value: number | null;
  /** what the rate counts; null for derived measures such as F1 */
  numerator: number | null;
  /** what it was computed on (records, mentions or events, as the name says); null for derived measures */
  denominator: number | null;
  /** records the measure was computed on */
  records: number;
  target?: Target;
  /** whether the target holds; absent when there is no target or no value */
  met?: boolean;
  /** which way is better; absent for figures that are read, not scored */
  better?: Better;
}

export interface Diagnostic {
  record: string;
  kind: 'miss' | 'false_positive' | 'wrong_count' | 'wrong_subtype' | 'invented_deaths' | 'wrong_place' | 'extractor_error';
  /** what the gold says */
  gold: string;
  /** what we produced */
  ours: string;
  /** the record's text (shortened), for records that are one sentence or so */
  text?: string;
}

/** A record and the events we found in it, listed for a person to read (AG News World items have no gold). */
export interface ListedItem {
  record: string;
  text: string;
  events: Event[];
}

export interface Scored {
  measures: Measure[];
  diagnostics: Diagnostic[];
  /** records to read by eye (`extract eval --list-world`) */
  listing?: ListedItem[];
}

export interface FileReport {
  file: string;
  /** 'pooled': figures over every file scored (the confidence bands) */
  format: GoldFormat | 'pooled';
  records: number;
  measures: Measure[];
}

export interface EvalReport {
  files: FileReport[];
}
