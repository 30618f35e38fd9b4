// PLOVER sentences (../shared/eval/README.md): ASSAULT and FIGHT are attacks, CONSULT a meeting, AGREE an
// agreement (or a meeting that reached one); the other types must produce no attack; deaths exact where given.
import { confidenceMeasures, confidenceTally, tickConfidence, type ConfidenceTally } from './confidence.js';
import type { Event } from '../schema/event.js';
import {
  deathsOf, describeEvents, shorten, hasDeaths, isAgreement, isMeeting, isMeetingThatAgreed, isReportedAttack, rate,
} from './match.js';
import { codeToAlpha2, countriesNamedIn, placeNamesMatch, resolvePlaceCountry } from './places.js';
import type { Gazetteer } from './places.js';
import type { Better, Diagnostic, Measure, PloverRecord, Prediction, Scored, Target } from './types.js';

const ATTACK_TYPES = new Set(['ASSAULT', 'FIGHT']);
const SCORED_TYPES = new Set(['ASSAULT', 'FIGHT', 'CONSULT', 'AGREE']);

/** Deaths we report for a sentence: the sum over its (non-aggregate) events, so a duplicated count is wrong. */
function recordDeaths(events: Event[]): number {
  return events.filter((e) => !e.aggregate).reduce((n, e) => n + deathsOf(e), 0);
}
function recordWounded(events: Event[]): number {
  return events.filter((e) => !e.aggregate).reduce((n, e) => n + (e.wounded && e.wounded.low > 0 ? e.wounded.low : 0), 0);
}

/** The gold country of a PLOVER record with a location: the place itself, disambiguated by the actors' countries. */
function ploverGoldCountry(g: Gazetteer, r: PloverRecord): string | null {
  if (!r.location) return null;
  const actors = new Set<string>();
  for (const a of [...r.sourceActors, ...r.targetActors]) {
    const cc = codeToAlpha2(g, a.code);
    if (cc) actors.add(cc);
  }
  for (const cc of countriesNamedIn(g, r.text)) actors.add(cc);
  return resolvePlaceCountry(g, r.location, actors);
}

/** [hits, out of]: one pair per measure. */
type Pair = [number, number];
const tick = (pair: Pair, hit: boolean): boolean => { pair[1]++; if (hit) pair[0]++; return hit; };
type Tally = Record<'attack' | 'consult' | 'agree' | 'other' | 'fatal' | 'injured' | 'invented' | 'nonViolent' | 'place' | 'country', Pair>;
type Diag = (kind: Diagnostic['kind'], gold: string, events: Event[]) => void;

/** Found as the right type (ASSAULT/FIGHT, CONSULT, AGREE), and no attack from the other types. */
function tallyTypes(t: string, events: Event[], tally: Tally, diag: Diag): void {
  const attacks = events.filter(isReportedAttack);
  const violent = ATTACK_TYPES.has(t);
  if (violent) { if (!tick(tally.attack, attacks.length > 0)) diag('miss', `${t} (attack)`, events); }
  else if (t === 'CONSULT') { if (!tick(tally.consult, events.some(isMeeting))) diag('miss', 'CONSULT (meeting)', events); }
  else if (t === 'AGREE') {
    if (!tick(tally.agree, events.some((e) => isAgreement(e) || isMeetingThatAgreed(e)))) diag('miss', 'AGREE (agreement)', events);
  }
  if (!SCORED_TYPES.has(t)) { if (tick(tally.other, attacks.length > 0)) diag('false_positive', `${t} (no attack)`, events); }
  else if (!violent && attacks.length) diag('false_positive', `${t} (no attack)`, events);
}

/** Precision per type, counted on our events: [right, ours] per event type. */
function tallyPrecision(t: string, events: Event[], ours: Record<string, Pair>, bands: ConfidenceTally): void {
  const violent = ATTACK_TYPES.has(t);
  for (const e of events) {
    const slot = ours[e.type];
    if (!slot || (e.type === 'attack' && !isReportedAttack(e))) continue;
    const right = tick(slot, e.type === 'attack' || e.type === 'casualties' ? violent
      : e.type === 'meeting' ? t === 'CONSULT' || t === 'AGREE'
        : t === 'AGREE');
    tickConfidence(bands, e.confidence, right);
  }
}

/** Deaths and wounded exact where the gold states them; deaths invented where it states none. */
function tallyCounts(r: PloverRecord, events: Event[], tally: Tally, diag: Diag): void {
  const t = r.eventType;
  const deaths = recordDeaths(events);
  if (r.fatalities !== null) {
    if (!tick(tally.fatal, deaths === r.fatalities)) diag('wrong_count', `${t} killed=${r.fatalities}`, events);
  } else {
    if (tick(tally.invented, deaths > 0)) diag('invented_deaths', `${t} killed=none`, events.filter(hasDeaths));
    if (!ATTACK_TYPES.has(t)) tick(tally.nonViolent, deaths > 0);
  }
  if (r.injured !== null && !tick(tally.injured, recordWounded(events) === r.injured)) diag('wrong_count', `${t} wounded=${r.injured}`, events);
}

/** Place name and country, on records with a gold place where we found some event. */
function tallyPlaces(r: PloverRecord, events: Event[], gaz: Gazetteer, tally: Tally, diag: Diag): void {
  if (!r.location || !events.length) return;
  const names = events.flatMap((e) => (e.location ? [e.location.name, e.location.text, e.location.admin1] : []));
  if (!tick(tally.place, placeNamesMatch(gaz, r.location, names))) diag('wrong_place', `${r.eventType} @${r.location}`, events);
  const cc = ploverGoldCountry(gaz, r);
  if (cc && !tick(tally.country, events.some((e) => e.location?.country === cc))) diag('wrong_place', `${r.eventType} @${r.location}/${cc}`, events);
}

export function scorePlover(records: PloverRecord[], preds: Map<string, Prediction>, gaz: Gazetteer): Scored {
  const diagnostics: Diagnostic[] = [];
  const pair = (): Pair => [0, 0];
  const tally: Tally = {
    attack: pair(), consult: pair(), agree: pair(), other: pair(), fatal: pair(), injured: pair(),
    invented: pair(), nonViolent: pair(), place: pair(), country: pair(),
  };
  const ours: Record<string, Pair> = { attack: pair(), meeting: pair(), agreement: pair(), casualties: pair() };
  const bands = confidenceTally();

  for (const r of records) {
    const p = preds.get(r.id);
    const events = p?.events ?? [];
    if (p?.error) diagnostics.push({ record: r.id, kind: 'extractor_error', gold: r.eventType, ours: p.error });
    const diag: Diag = (kind, gold, evs) => diagnostics.push({ record: r.id, kind, gold, ours: describeEvents(evs), text: shorten(r.text) });
    tallyTypes(r.eventType, events, tally, diag);
    tallyPrecision(r.eventType, events, ours, bands);
    tallyCounts(r, events, tally, diag);
    tallyPlaces(r, events, gaz, tally, diag);
  }

  const n = records.length;
  const of = (name: string, [hits, total]: Pair, target?: Target, better?: Better) => rate(name, hits, total, total, target, better);
  const precision = (name: string, [right, all]: Pair) => rate(name, right, all, n, undefined, 'higher');
  // targets: what issues 9 (attack types, CONSULT, AGREE, other types), 10 (place, country) and 11 (deaths) ask
  const measures: Measure[] = [
    of('ASSAULT+FIGHT found as attack (records)', tally.attack, { op: '>=', value: 0.9 }),
    of('CONSULT found as meeting (records)', tally.consult, { op: '>=', value: 0.9 }),
    of('AGREE found as agreement (records)', tally.agree, { op: '>=', value: 0.8 }),
    of('other types yielding an attack (records)', tally.other, { op: '<=', value: 0.03 }),
    of('deaths exact (records with fatalities)', tally.fatal, { op: '>=', value: 14 / 15 }),
    of('wounded exact (records with injured)', tally.injured, undefined, 'higher'),
    of('invented deaths (records without fatalities)', tally.invented, undefined, 'lower'),
    of('invented deaths on non-violent types (records)', tally.nonViolent, undefined, 'lower'),
    of('location name match (records with gold location and an event)', tally.place, { op: '>=', value: 0.9 }),
    of('location country match (records with resolvable gold country and an event)', tally.country, { op: '>=', value: 0.98 }),
    precision('attack precision (our attack events on ASSAULT/FIGHT)', ours.attack!),
    precision('casualties precision (our casualties events on ASSAULT/FIGHT)', ours.casualties!),
    precision('meeting precision (our meeting events on CONSULT/AGREE)', ours.meeting!),
    precision('agreement precision (our agreement events on AGREE)', ours.agreement!),
    ...confidenceMeasures(bands, n),
  ];
  return { measures, diagnostics };
}

/** Per gold type, how many records produced each of our event types (for the verbose report). */
export function ploverConfusion(records: PloverRecord[], preds: Map<string, Prediction>): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const r of records) {
    const row = out.get(r.eventType) ?? { records: 0, attack: 0, casualties: 0, meeting: 0, agreement: 0, none: 0 };
    row.records = (row.records ?? 0) + 1;
    const types = new Set((preds.get(r.id)?.events ?? []).map((e) => e.type));
    if (!types.size) row.none = (row.none ?? 0) + 1;
    for (const ty of types) row[ty] = (row[ty] ?? 0) + 1;
    out.set(r.eventType, row);
  }
  return out;
}
