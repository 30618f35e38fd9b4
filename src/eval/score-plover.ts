// PLOVER sentences (../shared/eval/README.md): ASSAULT and FIGHT are attacks, CONSULT a meeting, AGREE an
// agreement (or a meeting that reached one); the other types must produce no attack; deaths exact where given.
import type { Event } from '../schema/event.js';
import {
  deathsOf, describeEvents, shorten, hasDeaths, isAgreement, isMeeting, isMeetingThatAgreed, isReportedAttack, rate,
} from './match.js';
import { codeToAlpha2, countriesNamedIn, placeNamesMatch, resolvePlaceCountry } from './places.js';
import type { Gazetteer } from './places.js';
import type { Diagnostic, Measure, PloverRecord, Prediction, Scored } from './types.js';

export const ATTACK_TYPES = new Set(['ASSAULT', 'FIGHT']);
const SCORED_TYPES = new Set(['ASSAULT', 'FIGHT', 'CONSULT', 'AGREE']);

/** Deaths we report for a sentence: the sum over its (non-aggregate) events, so a duplicated count is wrong. */
export function recordDeaths(events: Event[]): number {
  return events.filter((e) => !e.aggregate).reduce((n, e) => n + deathsOf(e), 0);
}
function recordWounded(events: Event[]): number {
  return events.filter((e) => !e.aggregate).reduce((n, e) => n + (e.wounded && e.wounded.low > 0 ? e.wounded.low : 0), 0);
}

/** The gold country of a PLOVER record with a location: the place itself, disambiguated by the actors' countries. */
export function ploverGoldCountry(g: Gazetteer, r: PloverRecord): string | null {
  if (!r.location) return null;
  const actors = new Set<string>();
  for (const a of [...r.sourceActors, ...r.targetActors]) {
    const cc = codeToAlpha2(g, a.code);
    if (cc) actors.add(cc);
  }
  for (const cc of countriesNamedIn(g, r.text)) actors.add(cc);
  return resolvePlaceCountry(g, r.location, actors);
}

export function scorePlover(records: PloverRecord[], preds: Map<string, Prediction>, gaz: Gazetteer): Scored {
  const diagnostics: Diagnostic[] = [];
  const diag = (r: PloverRecord, kind: Diagnostic['kind'], gold: string, events: Event[]) =>
    diagnostics.push({ record: r.id, kind, gold, ours: describeEvents(events), text: shorten(r.text) });
  const n = records.length;
  let attackGold = 0, attackFound = 0, consultGold = 0, consultFound = 0, agreeGold = 0, agreeFound = 0;
  let otherGold = 0, otherAttack = 0;
  let fatalGold = 0, fatalExact = 0, injGold = 0, injExact = 0;
  let noDeathGold = 0, invented = 0, nonViolentGold = 0, nonViolentInvented = 0;
  let locGold = 0, locMatch = 0, ctryGold = 0, ctryMatch = 0;
  const ours = { attack: [0, 0], meeting: [0, 0], agreement: [0, 0], casualties: [0, 0] } as Record<string, [number, number]>;

  for (const r of records) {
    const p = preds.get(r.id);
    const events = p?.events ?? [];
    if (p?.error) diagnostics.push({ record: r.id, kind: 'extractor_error', gold: r.eventType, ours: p.error });
    const t = r.eventType;
    const attacks = events.filter(isReportedAttack);
    const violent = ATTACK_TYPES.has(t);
    if (violent) {
      attackGold++;
      if (attacks.length) attackFound++; else diag(r, 'miss', `${t} (attack)`, events);
    } else if (t === 'CONSULT') {
      consultGold++;
      if (events.some(isMeeting)) consultFound++; else diag(r, 'miss', 'CONSULT (meeting)', events);
    } else if (t === 'AGREE') {
      agreeGold++;
      if (events.some((e) => isAgreement(e) || isMeetingThatAgreed(e))) agreeFound++;
      else diag(r, 'miss', 'AGREE (agreement)', events);
    }
    if (!SCORED_TYPES.has(t)) {
      otherGold++;
      if (attacks.length) { otherAttack++; diag(r, 'false_positive', `${t} (no attack)`, events); }
    } else if (!violent && attacks.length) {
      diag(r, 'false_positive', `${t} (no attack)`, events);
    }

    // precision per type, counted on our events
    for (const e of events) {
      const slot = ours[e.type];
      if (!slot) continue;
      if (e.type === 'attack' && !isReportedAttack(e)) continue;
      slot[1]++;
      const right = e.type === 'attack' || e.type === 'casualties' ? violent
        : e.type === 'meeting' ? t === 'CONSULT' || t === 'AGREE'
          : t === 'AGREE';
      if (right) slot[0]++;
    }

    const deaths = recordDeaths(events);
    if (r.fatalities !== null) {
      fatalGold++;
      if (deaths === r.fatalities) fatalExact++;
      else diag(r, 'wrong_count', `${t} killed=${r.fatalities}`, events);
    } else {
      noDeathGold++;
      if (deaths > 0) { invented++; diag(r, 'invented_deaths', `${t} killed=none`, events.filter(hasDeaths)); }
      if (!violent) { nonViolentGold++; if (deaths > 0) nonViolentInvented++; }
    }
    if (r.injured !== null) {
      injGold++;
      if (recordWounded(events) === r.injured) injExact++;
      else diag(r, 'wrong_count', `${t} wounded=${r.injured}`, events);
    }

    if (r.location && events.length) {
      locGold++;
      const names = events.flatMap((e) => (e.location ? [e.location.name, e.location.text, e.location.admin1] : []));
      if (placeNamesMatch(gaz, r.location, names)) locMatch++;
      else diag(r, 'wrong_place', `${t} @${r.location}`, events);
      const cc = ploverGoldCountry(gaz, r);
      if (cc) {
        ctryGold++;
        if (events.some((e) => e.location?.country === cc)) ctryMatch++;
        else diag(r, 'wrong_place', `${t} @${r.location}/${cc}`, events);
      }
    }
  }

  const measures: Measure[] = [
    rate('ASSAULT+FIGHT found as attack (records)', attackFound, attackGold, attackGold, { op: '>=', value: 0.9 }),
    rate('CONSULT found as meeting (records)', consultFound, consultGold, consultGold, { op: '>=', value: 0.8 }),
    rate('AGREE found as agreement (records)', agreeFound, agreeGold, agreeGold, { op: '>=', value: 0.8 }),
    rate('other types yielding an attack (records)', otherAttack, otherGold, otherGold, { op: '<', value: 0.05 }),
    rate('deaths exact (records with fatalities)', fatalExact, fatalGold, fatalGold, { op: '>=', value: 13 / 15 }),
    rate('wounded exact (records with injured)', injExact, injGold, injGold),
    rate('invented deaths (records without fatalities)', invented, noDeathGold, noDeathGold),
    rate('invented deaths on non-violent types (records)', nonViolentInvented, nonViolentGold, nonViolentGold),
    rate('location name match (records with gold location and an event)', locMatch, locGold, locGold),
    rate('location country match (records with resolvable gold country and an event)', ctryMatch, ctryGold, ctryGold),
    rate('attack precision (our attack events on ASSAULT/FIGHT)', ours.attack![0], ours.attack![1], n),
    rate('casualties precision (our casualties events on ASSAULT/FIGHT)', ours.casualties![0], ours.casualties![1], n),
    rate('meeting precision (our meeting events on CONSULT/AGREE)', ours.meeting![0], ours.meeting![1], n),
    rate('agreement precision (our agreement events on AGREE)', ours.agreement![0], ours.agreement![1], n),
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
