// Hand-made gold for whole articles (fixtures/articles/*/expected.json, seeds/*.expected.json), matched partially as
// ../shared/tools/check-seed.mjs does: an event matches a gold event when every field the gold states agrees.
import type { Event } from '../../src/schema/event.js';

interface CountGold { low: number; high: number | null }
export interface Gold {
  type: Event['type']; subtype?: string; status?: string; aggregate?: boolean; date?: string;
  killed?: CountGold; wounded?: CountGold; attackers?: { country?: string; kind?: string[] }; targets?: { country?: string; kind?: string[] };
  participant_countries?: string[]; location_name?: string; location_country?: string; note?: string;
}
export interface Expected { reference_date: string; must: Gold[]; must_not?: { text: string }[]; must_not_types?: string[]; max_events?: number }

const countEq = (c: Event['killed'], g: CountGold) => !!c && c.low === g.low && c.high === g.high;
const actorOk = (e: Event, role: string, g: { country?: string; kind?: string[] }) =>
  e.actors.some((a) => a.role === role && (!g.country || a.country === g.country) && (!g.kind || g.kind.includes(a.kind)));
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f‘’ʿʾ']/g, '').toLowerCase();

export function matches(e: Event, g: Gold): boolean {
  if (e.type !== g.type) return false;
  if (g.subtype && e.subtype !== g.subtype) return false;
  if (g.status && e.status !== g.status) return false;
  if (g.aggregate !== undefined && e.aggregate !== g.aggregate) return false;
  if (g.date && !(e.date?.value ?? '').startsWith(g.date)) return false;
  if (g.killed && !countEq(e.killed, g.killed)) return false;
  if (g.wounded && !countEq(e.wounded, g.wounded)) return false;
  if (g.attackers && !actorOk(e, 'attacker', g.attackers)) return false;
  if (g.targets && !actorOk(e, 'target', g.targets)) return false;
  if (g.location_country && e.location?.country !== g.location_country) return false;
  if (g.location_name && !fold(e.location?.name ?? '').startsWith(fold(g.location_name).slice(0, 5))) return false;
  if (g.participant_countries && !g.participant_countries.every((c) => e.actors.some((a) => a.country === c))) return false;
  return true;
}

/** The gold's non-casualty numbers that some event counted: its count's text lies in the phrase, its evidence holds it. */
export function countedNonCasualties(events: Event[], mustNot: { text: string }[]): string[] {
  return mustNot.filter((m) => events.some((e) => [e.killed, e.wounded].some((c) => c?.text && m.text.toLowerCase().includes(c.text.toLowerCase())
    && e.evidence.some((s) => s.text.includes(m.text))))).map((m) => m.text);
}
