// Small pure predicates shared by the scorers: which of our events count, spans, counts.
import type { Count, Event } from '../schema/event.js';
import type { Better, GoldCount, Measure, Target } from './types.js';

/** An attack we claim took place (planned, threatened or denied attacks do not count as attacks found). */
export const isReportedAttack = (e: Event): boolean =>
  e.type === 'attack' && (e.status === 'occurred' || e.status === 'ongoing');
/** A meeting, held or planned (PLOVER CONSULT covers both), but not a denied one. */
export const isMeeting = (e: Event): boolean => e.type === 'meeting' && e.status !== 'denied';
export const isAgreement = (e: Event): boolean => e.type === 'agreement' && e.status !== 'denied';
const AGREE_WORDS = /\b(agree\w*|accord|deal|pact|treaty|cease-?fire|truce|armistice|signed|sign)\b/i;
/** A meeting whose own evidence says it reached an agreement (PLOVER AGREE "or a meeting that reached one"). */
export const isMeetingThatAgreed = (e: Event): boolean =>
  isMeeting(e) && e.evidence.some((ev) => AGREE_WORDS.test(ev.text));

/** Deaths an event states: killed.low when it is above zero, else 0. */
export const deathsOf = (e: Event): number => (e.killed && e.killed.low > 0 ? e.killed.low : 0);
export const hasDeaths = (e: Event): boolean => deathsOf(e) > 0;

/** Whether one of the event's evidence spans covers a character offset. */
export function evidenceCovers(e: Event, offset: number): boolean {
  return e.evidence.some((ev) => ev.start <= offset && offset < ev.end);
}

/** A gold count against ours: low equal, and high equal when the gold gives one (null = open-ended). */
export function countMatches(gold: GoldCount, ours: Count | null): boolean {
  if (!ours) return false;
  if (ours.low !== gold.low) return false;
  return gold.high === undefined || ours.high === gold.high;
}

function targetMet(value: number | null, t: Target | undefined): boolean | undefined {
  if (!t || value === null) return undefined;
  // rounding guard: a rate such as 13/15 compared to a target written as 13/15
  const eps = 1e-9;
  if (t.op === '>=') return value >= t.value - eps;
  if (t.op === '<') return value < t.value - eps;
  return value <= t.value + eps;
}

/** The way a target points: a minimum is reached from below (higher is better), a ceiling from above. */
const betterOf = (t: Target | undefined): Better | undefined => (t ? (t.op === '>=' ? 'higher' : 'lower') : undefined);

function withTarget(m: Measure, target: Target | undefined, better: Better | undefined): Measure {
  if (target) {
    m.target = target;
    const met = targetMet(m.value, target);
    if (met !== undefined) m.met = met;
  }
  const way = better ?? betterOf(target);
  if (way) m.better = way;
  return m;
}

/** A rate measure: value = numerator / denominator (null when the denominator is 0). `better` defaults to the way
 *  the target points; a measure with neither is shown for reading and gets no floor. */
export function rate(name: string, numerator: number, denominator: number, records: number, target?: Target, better?: Better): Measure {
  const value = denominator > 0 ? numerator / denominator : null;
  return withTarget({ name, value, numerator, denominator, records }, target, better);
}

/** F1 of a precision and a recall measure (null unless both exist); higher is better. */
export function f1(name: string, precision: Measure, recall: Measure, records: number, target?: Target): Measure {
  // a side with nothing to compute on (no events of ours, or no gold) scores 0 when the other side exists
  const p = precision.value ?? (recall.value === null ? null : 0);
  const r = recall.value ?? (precision.value === null ? null : 0);
  const value = p === null || r === null ? null : p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return withTarget({ name, value, numerator: null, denominator: null, records }, target, 'higher');
}

const fmtCount = (c: Count | null): string => (c ? `${c.low}${c.high === c.low ? '' : c.high === null ? '+' : `-${c.high}`}` : '');
/** A short readable form of an event for diagnostics: "attack/bombing k=3 w=2 @Kabul/AF". */
export function describeEvent(e: Event): string {
  const parts = [`${e.type}/${e.subtype}`];
  if (e.status !== 'occurred') parts.push(`(${e.status})`);
  if (e.killed) parts.push(`k=${fmtCount(e.killed)}`);
  if (e.wounded) parts.push(`w=${fmtCount(e.wounded)}`);
  if (e.location) parts.push(`@${e.location.name}${e.location.country ? `/${e.location.country}` : ''}`);
  return parts.join(' ');
}
/** One event with its id and the words it was read from, for a person to judge: `id attack/... : "evidence"`. */
export function describeWithEvidence(e: Event): string {
  const evidence = e.evidence.map((x) => shorten(x.text, 160)).join(' | ');
  return `${e.id} ${describeEvent(e)}: "${evidence}"`;
}
export const describeEvents = (events: Event[]): string =>
  events.length ? events.map(describeEvent).join('; ') : '(no events)';

/** One line of at most `max` characters. */
export function shorten(text: string, max = 240): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
