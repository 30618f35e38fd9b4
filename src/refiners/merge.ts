// Merges mentions into events: repeated reports of one event across sentences become one event, a casualty count
// told apart from its attack ("the latest attack ... also wounded 6", "the death toll climbed to 12") joins it, and
// running totals stay apart from incidents. Two mentions merge only when nothing they say conflicts.
import type { Actor, Count } from '../schema/event.js';
import type { CountMention, Mention } from '../rules/mention.js';

/** An event being assembled: the fields a mention has, merged over all the mentions that report it. */
export interface Draft extends Pick<Mention, 'type' | 'subtype' | 'status' | 'aggregate' | 'actors' | 'killed' | 'wounded' | 'date' | 'location' | 'attribution'> {
  mentions: Mention[];
}

const PLACE_RANK = { town: 3, admin2: 2.5, admin1: 2, region: 1, country: 0 } as const;
const GENERIC = new Set(['unspecified', 'other', 'report']);
/** Subtypes that can name one event: a suicide bombing is a bombing, a drone strike an air strike. */
const NARROWER: Record<string, string> = { suicide_bombing: 'bombing', drone_strike: 'airstrike' };
function subtypesAgree(a: string, b: string): boolean {
  return a === b || GENERIC.has(a) || GENERIC.has(b) || NARROWER[a] === b || NARROWER[b] === a;
}
function narrower(a: string, b: string): string {
  if (GENERIC.has(a)) return b;
  if (GENERIC.has(b)) return a;
  return NARROWER[b] === a ? a : NARROWER[a] === b ? b : a;
}

function countries(actors: Actor[], role: string): Set<string> {
  return new Set(actors.filter((a) => a.role === role && a.country).map((a) => a.country!));
}

function disjoint(a: Set<string>, b: Set<string>): boolean {
  if (!a.size || !b.size) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

function countConflict(a: CountMention | null, b: CountMention | null): boolean {
  if (!a || !b || b.toll) return false;
  return a.count.low !== b.count.low || a.count.high !== b.count.high;
}

/** Two reports giving the same toll are one event; a toll of one or two is too common to say so alone. */
function sameCount(a: Count | undefined, b: Count | undefined): boolean {
  return !!a && !!b && a.low === b.low && a.high === b.high && a.low > 2;
}

function conflicts(d: Draft, m: Mention): boolean {
  if (d.aggregate !== m.aggregate) return true;
  const planned = (s: string) => s === 'planned';
  if (planned(d.status) !== planned(m.status)) return true;
  if (d.status === 'denied' || m.status === 'denied') return d.status !== m.status;
  if (d.type !== 'meeting' && !subtypesAgree(d.subtype, m.subtype)) return true;
  if (disjoint(countries(d.actors, 'attacker'), countries(m.actors, 'attacker'))) return true;
  if (disjoint(countries(d.actors, 'target'), countries(m.actors, 'target'))) return true;
  // an attacker of one is a target of the other: two sides' attacks on each other are two events
  const da = countries(d.actors, 'attacker');
  const mt = countries(m.actors, 'target');
  const ma = countries(m.actors, 'attacker');
  const dt = countries(d.actors, 'target');
  if (d.type === 'attack' && [...da].some((c) => mt.has(c) && !dt.has(c)) || [...ma].some((c) => dt.has(c) && !da.has(c))) return true;
  if (d.date?.value && m.date?.value && !(d.date.value.startsWith(m.date.value) || m.date.value.startsWith(d.date.value))) return true;
  if (d.location && m.location) {
    if (d.location.country && m.location.country && d.location.country !== m.location.country) return true;
    if (d.location.precision === 'town' && m.location.precision === 'town' && d.location.name !== m.location.name) return true;
  }
  if (countConflict(d.killed, m.killed) || countConflict(d.wounded, m.wounded)) return true;
  return false;
}

/** Whether mention m reports the same event as draft d (given no conflict). */
function sameEvent(d: Draft, m: Mention, sentenceGap: number): boolean {
  const family = (t: string) => (t === 'casualties' ? 'attack' : t);
  if (family(d.type) !== family(m.type)) return false;
  if (d.aggregate || m.aggregate) return sameCount(d.killed?.count, m.killed?.count);
  if (d.type === 'attack' || d.type === 'casualties') {
    if (m.anaphoric && sentenceGap <= 6) return true;
    // a count with no trigger of its own: the event just told ("Two more soldiers died later")
    if (m.type === 'casualties' && sentenceGap <= 1 && d.type === 'attack') return !!(m.killed?.toll || m.wounded && !d.wounded || m.killed && !d.killed);
    if (sameCount(d.killed?.count, m.killed?.count)) return true;
    // one sentence, two words for one attack: "four militants killed 17 guards ... before they blew themselves up"
    if (sentenceGap === 0 && d.status === m.status && (!m.killed && !m.wounded || !d.killed && !d.wounded)) return true;
    if (!GENERIC.has(d.subtype) && !GENERIC.has(m.subtype) && subtypesAgree(d.subtype, m.subtype) && sentenceGap <= 8) {
      const shareSide = [...countries(d.actors, 'attacker')].some((c) => countries(m.actors, 'attacker').has(c))
        || [...countries(d.actors, 'target')].some((c) => countries(m.actors, 'target').has(c))
        || !!(d.location && m.location && d.location.name === m.location.name);
      return shareSide;
    }
    return false;
  }
  // meetings and agreements: the same people or states, or "the talks", "the deal"
  const names = (x: Actor[]) => new Set(x.map((a) => a.country ?? a.name));
  const shared = [...names(d.actors)].some((n) => names(m.actors).has(n));
  if (d.type === 'meeting') return shared || m.anaphoric && sentenceGap <= 6 || !!(d.location && m.location && d.location.name === m.location.name);
  return (shared || m.anaphoric) && (d.subtype === m.subtype || GENERIC.has(m.subtype) || GENERIC.has(d.subtype));
}

function mergeActors(into: Actor[], from: Actor[]): Actor[] {
  const out = [...into];
  for (const a of from) {
    const same = out.findIndex((o) => o.role === a.role && (o.name === a.name || o.country && o.country === a.country));
    if (same < 0) { out.push(a); continue; }
    const o = out[same];
    // keep the more telling of the two: a person over a state, an armed kind over a generic one
    if (o.kind === 'civilian' && a.kind !== 'civilian' && a.role === 'target' && !o.country) out[same] = a;
  }
  return out;
}

function absorb(d: Draft, m: Mention): void {
  d.mentions.push(m);
  if (d.type === 'casualties' && m.type === 'attack') d.type = 'attack';
  d.subtype = narrower(d.subtype, m.subtype);
  if (d.type === 'attack' && d.subtype === 'report') d.subtype = GENERIC.has(m.subtype) ? 'unspecified' : m.subtype;
  d.actors = mergeActors(d.actors, m.actors);
  if (m.killed && (!d.killed || m.killed.toll)) d.killed = m.killed;
  if (m.wounded && (!d.wounded || m.wounded.toll)) d.wounded = m.wounded;
  if (!d.date && m.date) d.date = m.date;
  if (m.location && (!d.location || PLACE_RANK[m.location.precision] > PLACE_RANK[d.location.precision])) d.location = m.location;
  if (!d.attribution && m.attribution) d.attribution = m.attribution;
}

function substantial(d: Draft): boolean {
  return !!(d.killed || d.wounded || d.mentions.some((m) => m.trigger?.strength === 'strong' && m.status === 'occurred'));
}

function draftOf(m: Mention): Draft {
  return {
    mentions: [m], type: m.type, subtype: m.type === 'attack' && m.subtype === 'report' ? 'unspecified' : m.subtype,
    status: m.status, aggregate: m.aggregate, actors: [...m.actors], killed: m.killed, wounded: m.wounded,
    date: m.date, location: m.location, attribution: m.attribution,
  };
}

/** Mentions in document order in; one draft per event out. */
export function mergeMentions(mentions: Mention[]): Draft[] {
  const drafts: Draft[] = [];
  for (const m of mentions) {
    let target: Draft | null = null;
    // "the attack", "the latest attack ... also": the event told with most substance, not a passing mention
    const candidates = m.anaphoric
      ? [...drafts.filter((d) => !substantial(d)), ...drafts.filter(substantial)]
      : drafts;
    // only recent events can be told again (sameEvent allows a few sentences' gap): bounded work per mention
    for (let i = candidates.length - 1; i >= Math.max(0, candidates.length - 60); i--) {
      const d = candidates[i];
      const gap = m.sentence.index - d.mentions[d.mentions.length - 1].sentence.index;
      if (!conflicts(d, m) && sameEvent(d, m, gap)) { target = d; break; }
    }
    if (target) absorb(target, m);
    else drafts.push(draftOf(m));
  }
  return drafts;
}
