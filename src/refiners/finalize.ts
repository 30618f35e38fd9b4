// Last refiners: score each draft by the evidence behind it, drop the ones too thin to be an event, and give the
// rest their subtype by sides (./subtype.ts), codes, evidence and ids.
import type { Codes, Event, Evidence } from '../schema/event.js';
import type { Draft } from './merge.js';
import type { KeepContext } from './keep/types.js';
import { precisionDropReason } from './keep/index.js';
import { isBattle } from './subtype.js';
import {
  ATTACK_CODES, UNSPECIFIED_ATTACK_CODES, CASUALTY_CODES, meetingCodes, AGREEMENT_CODES, isArmedKind,
} from '../lexicon/taxonomy.js';

/** Confidence: how much supports the event. A weak trigger alone scores below the keep threshold. */
export function confidenceOf(d: Draft): number {
  const strong = d.mentions.some((m) => m.trigger?.strength === 'strong');
  let c = strong ? 0.45 : d.mentions.some((m) => m.trigger) ? 0.2 : 0.35;
  if (d.killed || d.wounded) c += 0.25;
  if (d.actors.some((a) => a.country || a.kind === 'person')) c += 0.1;
  if (d.actors.length >= 2) c += 0.05;
  // an armed side against an armed side: a fight, whatever word tells it
  if (['attacker', 'target'].every((role) => d.actors.some((a) => isArmedKind(a.kind) && a.role === role))) c += 0.15;
  if (d.location) c += 0.05;
  if (d.date?.value) c += 0.05;
  if (d.mentions.length > 1) c += 0.05 * Math.min(3, d.mentions.length - 1);
  return Math.round(Math.min(1, c) * 100) / 100;
}

const KEEP_THRESHOLD = 0.4;

/** Why a draft is no event (a reason id with what is missing), or null when it is one. The precision rules
 *  (./keep/) run first: a meeting of two companies is no meeting however many reports it has. */
export function dropReason(d: Draft, ctx: KeepContext): string | null {
  const precision = precisionDropReason(d, ctx);
  if (precision) return precision;
  const strong = d.mentions.some((m) => m.trigger?.strength === 'strong');
  if (d.type === 'meeting') {
    // a meeting names who meets; a weak word ("discussed", "welcomed") also needs a place, a date, a second report
    // or two sides of two states ("U.S. and Russian negotiators ... for talk on missiles")
    if (!d.actors.length) return 'meeting:no-party';
    const stateSide = (a: Draft['actors'][number]) => a.country && (a.kind === 'government' || a.kind === 'military' || a.kind === 'person');
    const sides = new Set(d.actors.filter(stateSide).map((a) => a.country)).size >= 2;
    return strong || sides || !!d.location || !!d.date?.value || d.mentions.length > 1 ? null : 'meeting:weak-word-without-place-date-sides-or-second-report';
  }
  if (d.type === 'agreement') {
    const firm = strong || d.mentions.some((m) => m.rule.startsWith('agreement:commitment'));
    if (!(firm || d.mentions.length > 1 || !!d.date?.value)) return 'agreement:weak-word-without-date-or-second-report';
    if (!d.actors.length && d.subtype === 'other') return 'agreement:no-party';
    return null;
  }
  if (d.type === 'attack') {
    const why = attackDropReason(d, strong);
    if (why) return why;
  }
  const c = confidenceOf(d);
  return c >= KEEP_THRESHOLD ? null : `confidence:${c}<${KEEP_THRESHOLD}`;
}

function attackDropReason(d: Draft, strong: boolean): string | null {
  const armed = d.actors.some((a) => isArmedKind(a.kind) && (a.country || a.role === 'attacker'));
  const armedState = d.actors.some((a) => isArmedKind(a.kind) && a.country && a.role === 'attacker');
  // a weak word ("fighting", "captured") needs an armed side and a place, or a named armed side and a date
  // ... or two sides: named ones ("fighting between Congolese and Rwandans"), or an armed attacker against an armed
  // target ("Ugandan troops took a rebel base after days of fighting", "rebels carried out an attack on an army post")
  const armedAgainstArmed = ['attacker', 'target'].every((role) => d.actors.some((a) => isArmedKind(a.kind) && a.role === role));
  const sides = armedAgainstArmed
    || new Set(d.actors.filter((a) => a.country && (a.role === 'attacker' || a.role === 'target')).map((a) => a.country)).size >= 2;
  if (!strong && !d.killed && !d.wounded && !(armed && d.location && d.location.precision !== 'country')
    && !(armedState && d.date?.precision === 'day') && !sides) return 'attack:weak-word-without-armed-side-place-date-or-count';
  if (d.mentions.every((m) => m.modifier)) return 'attack:only-a-modifier';
  // "abductions are common": a kind of event, not one
  if (d.mentions.every((m) => m.generic) && !d.killed && !d.wounded && !d.location && !d.date?.value && !d.actors.some((a) => a.country)) return 'attack:generic-plural';
  // "as clashes continued": background, not an incident, unless it says who, where or how many
  const said = d.killed || d.wounded || d.actors.some((a) => a.country || a.kind === 'person');
  if (d.status === 'ongoing' && !said) return 'attack:ongoing-background';
  return null;
}

export function keep(d: Draft, ctx: KeepContext): boolean {
  return dropReason(d, ctx) === null;
}

function codesOf(d: Draft): Codes {
  if (d.type === 'casualties') return CASUALTY_CODES;
  if (d.type === 'meeting') return meetingCodes(d.subtype, d.status === 'planned');
  if (d.type === 'agreement') return AGREEMENT_CODES[d.subtype] ?? AGREEMENT_CODES.other;
  if (d.subtype !== 'unspecified') return ATTACK_CODES[d.subtype];
  return isBattle(d) ? UNSPECIFIED_ATTACK_CODES.bothArmed : UNSPECIFIED_ATTACK_CODES.otherwise;
}

/** One entry per sentence of the draft, in document order. `docText` is the reading (src/document/reading.ts) and the
 *  offsets are its string indexes (UTF-16 code units): asWritten maps them to the text as written, in code points. */
function evidenceOf(d: Draft, docText: string): Evidence[] {
  const seen = new Set<number>();
  const out: Evidence[] = [];
  for (const m of d.mentions) {
    if (seen.has(m.sentence.start)) continue;
    seen.add(m.sentence.start);
    out.push({ start: m.sentence.start, end: m.sentence.end, text: docText.slice(m.sentence.start, m.sentence.end) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Draft → event object (validated by the caller), the attack's subtype as its sides told it (./subtype.ts).
 *  `meta`: the document's, copied into the event (last, as SPEC.md shows it). */
export function toEvent(d: Draft, docId: string, n: number, docText: string, meta?: Record<string, unknown>): Event {
  const count = (c: Draft['killed']) => (c ? { low: c.count.low, high: c.count.high, text: c.count.text } : null);
  const type = d.type;
  const subtype = type === 'casualties' ? 'report' : d.subtype;
  const rules = [...new Set(d.mentions.map((m) => m.rule)), ...(d.sidesRule ? [`sides:${d.sidesRule}`] : [])].join(' | ');
  return {
    id: `${docId}:${n}`,
    doc: docId,
    type,
    subtype,
    status: d.status,
    aggregate: d.aggregate,
    date: d.date,
    location: d.location,
    actors: d.actors,
    killed: count(d.killed),
    wounded: count(d.wounded),
    attribution: d.attribution,
    codes: codesOf(d),
    confidence: confidenceOf(d),
    evidence: evidenceOf(d, docText),
    rule: rules,
    ...(meta ? { meta } : {}),
  } as Event;
}
