// The one source of the Event type, of validation and of `extract schema` (see ../shared/SPEC.md "One event").
import { z } from 'zod';

export const EVENT_TYPES = ['attack', 'casualties', 'meeting', 'agreement'] as const;
const ATTACK_SUBTYPES = [
  'armed_clash', 'airstrike', 'drone_strike', 'shelling', 'bombing', 'suicide_bombing',
  'attack_on_civilians', 'abduction', 'unspecified',
  'territory_regained', 'territory_taken', 'grenade', 'chemical_weapon', 'sexual_violence', 'excessive_force',
  'mob_violence',
] as const;
const MEETING_SUBTYPES = ['talks', 'summit', 'visit', 'call', 'unspecified'] as const;
const AGREEMENT_SUBTYPES = ['ceasefire', 'peace_deal', 'prisoner_exchange', 'other'] as const;
const STATUSES = ['occurred', 'planned', 'ongoing', 'denied'] as const;
const ACTOR_KINDS = [
  'government', 'military', 'rebel', 'militant', 'police', 'civilian', 'person', 'organization',
] as const;
const ACTOR_ROLES = ['attacker', 'target', 'participant', 'mediator'] as const;
/** the PLOVER event types that SPEC.md's taxonomy table gives */
const PLOVER_TYPES = ['ASSAULT', 'FIGHT', 'CONSULT', 'AGREE'] as const;
const DATE_PRECISIONS = ['day', 'month', 'year', 'range', 'unknown'] as const;
const PLACE_PRECISIONS = ['town', 'admin2', 'admin1', 'region', 'country'] as const;

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY-MM-DD, YYYY-MM or YYYY');
const country = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2');

const DateSchema = z.object({
  text: z.string(),
  value: isoDate.nullable(),
  precision: z.enum(DATE_PRECISIONS),
});

const LocationSchema = z.object({
  text: z.string(),
  name: z.string(),
  admin2: z.string().nullable(),
  admin1: z.string().nullable(),
  country: country.nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  precision: z.enum(PLACE_PRECISIONS),
});

const ActorSchema = z.object({
  text: z.string(),
  name: z.string(),
  country: country.nullable(),
  kind: z.enum(ACTOR_KINDS),
  role: z.enum(ACTOR_ROLES),
});

const CountSchema = z
  .object({
    low: z.number().int().min(0),
    high: z.number().int().min(0).nullable(),
    text: z.string(),
  })
  .refine((c) => c.high === null || c.low <= c.high, { message: 'low must be <= high' });

const AttributionSchema = z.object({ source: z.string(), text: z.string() });

const CodesSchema = z.object({
  acled: z.object({ event_type: z.string(), sub_event_type: z.string() }).nullable(),
  cameo: z.string().nullable(),
  plover: z.enum(PLOVER_TYPES).nullable().describe('the PLOVER event type (POLECAT); null for a casualty report'),
});

const EvidenceSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
});

const head = {
  id: z.string().regex(/^.+:\d+$/, '"<doc>:<n>"'),
  doc: z.string(),
};

const base = {
  status: z.enum(STATUSES),
  aggregate: z.boolean(),
  date: DateSchema.nullable(),
  location: LocationSchema.nullable(),
  actors: z.array(ActorSchema),
  killed: CountSchema.nullable(),
  wounded: CountSchema.nullable(),
  attribution: AttributionSchema.nullable(),
  codes: CodesSchema,
  confidence: z.number().min(0).max(1),
  evidence: z.array(EvidenceSchema).min(1),
  rule: z.string().describe('ids of the rules that proposed the event, joined by " | " (for tracing a wrong answer)'),
  meta: z.record(z.string(), z.json()).optional()
    .describe("the input record's other fields (a JSONL record's url, source, ...; a page's url), in their order; absent when there are none"),
};

export const EventSchema = z.discriminatedUnion('type', [
  // key order is output order: id, doc, type, subtype first, as SPEC.md shows them
  z.object({ ...head, type: z.literal('attack'), subtype: z.enum(ATTACK_SUBTYPES), ...base }),
  z.object({ ...head, type: z.literal('casualties'), subtype: z.literal('report'), ...base }),
  z.object({ ...head, type: z.literal('meeting'), subtype: z.enum(MEETING_SUBTYPES), ...base }),
  z.object({ ...head, type: z.literal('agreement'), subtype: z.enum(AGREEMENT_SUBTYPES), ...base }),
]);

export type Event = z.infer<typeof EventSchema>;
export type EventType = Event['type'];
export type Actor = z.infer<typeof ActorSchema>;
export type Count = z.infer<typeof CountSchema>;
export type EventDate = z.infer<typeof DateSchema>;
export type EventLocation = z.infer<typeof LocationSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Attribution = z.infer<typeof AttributionSchema>;
export type Codes = z.infer<typeof CodesSchema>;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type ActorRole = (typeof ACTOR_ROLES)[number];
export type AttackSubtype = (typeof ATTACK_SUBTYPES)[number];
export type Status = (typeof STATUSES)[number];

/** Validates one event; returns the readable error text when it fails. */
export function validateEvent(e: unknown): { ok: true; event: Event } | { ok: false; error: string } {
  const r = EventSchema.safeParse(e);
  if (r.success) return { ok: true, event: r.data };
  return { ok: false, error: z.prettifyError(r.error) };
}

export function eventJsonSchema(): unknown {
  return z.toJSONSchema(EventSchema);
}
