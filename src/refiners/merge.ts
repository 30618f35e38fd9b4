// Merges mentions into events: repeated reports of one event across sentences become one event (a headline's count
// and the lead's included), a casualty count told apart from its attack ("the latest attack ... also wounded 6", "the
// death toll climbed to 12") joins it, another source's death toll for it ("The rebels said they killed 15") widens
// its count instead of adding to it, and running totals stay apart from incidents. Two mentions merge only when
// nothing they say conflicts, and never when the later one tells another event ("Separately, ...").
import type { Actor, Count } from '../schema/event.js';
import type { CountMention, Mention } from '../rules/mention.js';
import { victimSide, withRivalSources } from '../resolvers/links.js';
import { widenCount } from '../rules/counts/phrases.js';
import { parseDateline } from '../resolvers/dateline.js';
import { ADDED_COUNT_CUES, CLAIM_VERBS, OTHER_EVENT_CUES } from '../lexicon/merge-cues.js';
import { DEFINITE_ARTICLE, DEMONSTRATIVES } from '../lexicon/function-words.js';
import { alternation, wordSet } from '../lexicon/words.js';

const OTHER_EVENT = new RegExp(`\\b(?:${alternation(OTHER_EVENT_CUES)})\\b`, 'i');
// ("more than 20" is a figure's bound, not an added figure)
const ADDED = new RegExp(`\\b(?:${alternation(ADDED_COUNT_CUES)})\\b(?!\\s+than\\b)`, 'i');
const CLAIMS = wordSet(CLAIM_VERBS);

/** An event being assembled: the fields a mention has, merged over all the mentions that report it. */
export interface Draft extends Pick<Mention, 'type' | 'subtype' | 'status' | 'aggregate' | 'actors' | 'killed' | 'wounded' | 'date' | 'location' | 'attribution'> {
  mentions: Mention[];
  /** the rule of ./subtype.ts that told the attack's subtype by its sides, once that has run on the kept drafts */
  sidesRule?: string;
}

const PLACE_RANK = { town: 3, admin2: 2.5, admin1: 2, region: 1, country: 0 } as const;
const GENERIC = new Set(['unspecified', 'other', 'report']);
/** Subtypes that can name one event, each with the broader one it narrows: a suicide bombing is a bombing, a drone
 *  strike an air strike, a grenade a bomb, a town taken or retaken the fight that took it. */
const NARROWER: Record<string, string> = {
  suicide_bombing: 'bombing', drone_strike: 'airstrike', grenade: 'bombing', territory_taken: 'armed_clash', territory_regained: 'armed_clash',
};
function subtypesAgree(a: string, b: string): boolean {
  return a === b || GENERIC.has(a) || GENERIC.has(b) || NARROWER[a] === b || NARROWER[b] === a;
}
/** The narrower of two agreeing subtypes: suicide_bombing over bombing, anything over a generic one. */
function narrower(a: string, b: string): string {
  if (GENERIC.has(a)) return b;
  if (GENERIC.has(b)) return a;
  return NARROWER[a] === b ? a : NARROWER[b] === a ? b : a;
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

/** The words of the clause a mention was read from. */
/** The words of a mention's clause (a clause that starts before its sentence is cut at the sentence's start). */
export function clauseText(m: Mention): string {
  return m.sentence.text.slice(Math.max(0, m.clause[0] - m.sentence.start), m.clause[1] - m.sentence.start);
}

type Field = 'killed' | 'wounded';
const FIELDS: Field[] = ['killed', 'wounded'];

/** "4 soldiers died. The rebels said they killed 15.", "The group claimed 20 soldiers died.": the next sentence gives
 *  another death toll for the deaths just told, from another source that claims it or tells it as a killing, with no
 *  attack word and no other count of its own. Not when the later figure comes on top ("two more died", "also killed",
 *  "2 died in hospital, a nurse said") or counts other people (soldiers, then militants). Only deaths: a later wounded
 *  figure is as often a part of the first ("30 were hurt ... 8 are still in hospital"). */
function rivalDeaths(d: Draft, m: Mention, sentenceGap: number): boolean {
  if (sentenceGap > 1 || sentenceGap < 0 || d.aggregate || m.aggregate || d.type === 'meeting' || d.type === 'agreement') return false;
  if (m.trigger || m.anaphoric || m.wounded || !m.attribution || m.attribution.source === d.attribution?.source) return false;
  const a = d.killed;
  const b = m.killed;
  if (!a || !b || b.toll || !countConflict(a, b) || ADDED.test(clauseText(m)) || OTHER_EVENT.test(clauseText(m))) return false;
  if (!CLAIMS.has(m.attribution.text.toLowerCase()) && b.harmAt > b.first) return false;
  return !(victimSide(a) && victimSide(b) && victimSide(a) !== victimSide(b));
}

/** The sides of d and m cannot be those of one event: other attackers, other targets, or an attacker of one that is a
 *  target of the other (two sides' attacks on each other are two events). In a clash both sides fight, so a loss on
 *  either side is the clash's as long as the two share a side ("Thai and Cambodian soldiers exchanged fire. One
 *  Cambodian soldier was killed."). */
function sidesConflict(d: Draft, m: Mention): boolean {
  const da = countries(d.actors, 'attacker');
  const dt = countries(d.actors, 'target');
  const ma = countries(m.actors, 'attacker');
  const mt = countries(m.actors, 'target');
  if (d.subtype === 'armed_clash' && (m.subtype === 'armed_clash' || GENERIC.has(m.subtype))) return disjoint(new Set([...da, ...dt]), new Set([...ma, ...mt]));
  if (disjoint(da, ma) || disjoint(dt, mt)) return true;
  return d.type === 'attack' && [...da].some((c) => mt.has(c) && !dt.has(c)) || [...ma].some((c) => dt.has(c) && !da.has(c));
}

function conflicts(d: Draft, m: Mention, rival = false): boolean {
  if (d.aggregate !== m.aggregate) return true;
  const planned = (s: string) => s === 'planned';
  if (planned(d.status) !== planned(m.status)) return true;
  if (d.status === 'denied' || m.status === 'denied') return d.status !== m.status;
  if (d.type !== 'meeting' && !subtypesAgree(d.subtype, m.subtype)) return true;
  if (sidesConflict(d, m)) return true;
  if (d.date?.value && m.date?.value && !(d.date.value.startsWith(m.date.value) || m.date.value.startsWith(d.date.value))) return true;
  if (!rival && countConflict(d.killed, m.killed) || countConflict(d.wounded, m.wounded)) return true;
  // places last: they are worked out when first read (src/resolvers/event-place.ts)
  if (!d.location || !m.location) return false;
  if (d.location.country && m.location.country && d.location.country !== m.location.country) return true;
  return d.location.precision === 'town' && m.location.precision === 'town' && d.location.name !== m.location.name;
}

const POINTING_BACK = alternation([...DEFINITE_ARTICLE, ...DEMONSTRATIVES]);
const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "The assailants then injured a driver": a killing told with no attack word, by the attackers just named again (a
 *  definite "the attackers", or the same name), in the sentence after the attack. */
function sameKillers(d: Draft, m: Mention): boolean {
  if (!m.rule.startsWith('attack:killing-verb') || m.trigger) return false;
  const killer = m.actors.find((a) => a.role === 'attacker');
  if (!killer) return false;
  return d.actors.some((a) => a.role === 'attacker' && a.name === killer.name) || pointsBack(killer, m);
}

/** Whether the document's first sentence is a headline over the lead that follows it: a dozen words at most, and
 *  written as a title ("At Least 6 Herders Killed in Raid"), with no final stop, or over a lead that opens with a
 *  dateline ("GAO -- ...", "AP - ..."). A plain first sentence is no headline ("A lawyer died when ..."). */
function isHeadline(head: Mention['sentence'], lead: Mention['sentence']): boolean {
  if (head.index !== 0 || lead.index !== 1) return false;
  const words = head.text.split(/\s+/);
  const long = words.filter((w) => /^\p{L}{4,}/u.test(w));
  const title = long.length >= 2 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * long.length;
  return words.length <= 12 && (title || !/[.!?]["”')]*$/.test(head.text.trim()) || !!parseDateline(lead.text));
}

/** A headline's count and the lead's, the same figure ("Roadside bomb kills two soldiers." then "GAO -- Two soldiers
 *  died when ..."): one event, even for a toll of one or two, and even when the lead says "in separate attacks" of it; the
 *  lead's attack word with no count of its own joins it too. */
function headlineRepeat(d: Draft, m: Mention): boolean {
  if (!(d.killed || d.wounded) || !isHeadline(d.mentions[0].sentence, m.sentence)) return false;
  // the figures both give agree; the lead may add one the headline left out ("... and several others wounded")
  const both = FIELDS.filter((f) => d[f] && m[f]);
  if (both.some((f) => countConflict(d[f], m[f]))) return false;
  return both.length > 0 || !m.killed && !m.wounded;
}

/** Whether an attack or casualty mention m reports the same attack as draft d (given no conflict). */
function sameAttack(d: Draft, m: Mention, sentenceGap: number): boolean {
  if (headlineRepeat(d, m)) return true;
  // "Separately, ...", "in separate clashes", "in another district": another event, unless it updates the toll
  if (OTHER_EVENT.test(clauseText(m)) && !m.killed?.toll) return false;
  if (m.anaphoric && sentenceGap <= 6) return true;
  // a count with no trigger of its own (bodies found included), or a killing by the attackers just told: the event
  // just told ("Two more soldiers died later"); when it adds nothing new, it may still repeat the toll told ("9 were
  // killed" again)
  const adds = !!(m.killed?.toll || m.wounded && !d.wounded || m.killed && !d.killed);
  const triggerless = m.type === 'casualties' || m.rule.startsWith('attack:found-killed') || sameKillers(d, m);
  if (triggerless && sentenceGap <= 1 && d.type === 'attack' && adds) return true;
  if (sameCount(d.killed?.count, m.killed?.count)) return true;
  // one sentence, two words for one attack: "four militants killed 17 guards ... before they blew themselves up"
  if (sentenceGap === 0 && d.status === m.status && (!m.killed && !m.wounded || !d.killed && !d.wounded)) return true;
  if (!GENERIC.has(d.subtype) && !GENERIC.has(m.subtype) && subtypesAgree(d.subtype, m.subtype) && sentenceGap <= 8) {
    return [...countries(d.actors, 'attacker')].some((c) => countries(m.actors, 'attacker').has(c))
      || [...countries(d.actors, 'target')].some((c) => countries(m.actors, 'target').has(c))
      || !!(d.location && m.location && d.location.name === m.location.name);
  }
  return false;
}

/** Whether mention m reports the same event as draft d (given no conflict). */
function sameEvent(d: Draft, m: Mention, sentenceGap: number): boolean {
  const family = (t: string) => (t === 'casualties' ? 'attack' : t);
  if (family(d.type) !== family(m.type)) return false;
  if (d.aggregate || m.aggregate) return sameCount(d.killed?.count, m.killed?.count);
  if (d.type === 'attack' || d.type === 'casualties') return sameAttack(d, m, sentenceGap);
  // meetings and agreements: the same people or states, or "the talks", "the deal"
  const names = (x: Actor[]) => new Set(x.map((a) => a.country ?? a.name));
  const shared = [...names(d.actors)].some((n) => names(m.actors).has(n));
  if (d.type === 'meeting') return shared || m.anaphoric && sentenceGap <= 6 || !!(d.location && m.location && d.location.name === m.location.name);
  return (shared || m.anaphoric) && (d.subtype === m.subtype || GENERIC.has(m.subtype) || GENERIC.has(d.subtype));
}

/** "The assailants then injured ...": the actor is named by a bare head noun after "the" (or "these", "those") in the
 *  mention's sentence, so it points back to an actor told before. */
function pointsBack(a: Actor, m: Mention): boolean {
  return !a.country && a.name === a.text && new RegExp(`\\b(?:${POINTING_BACK})\\s+${escaped(a.text)}\\b`, 'i').test(m.sentence.text);
}

function mergeActors(into: Actor[], m: Mention): Actor[] {
  const out = [...into];
  for (const a of m.actors) {
    const same = out.findIndex((o) => o.role === a.role && (o.name === a.name || o.country && o.country === a.country));
    // "the attackers", "the gunmen" told again add no attacker to those the event has
    const toldAgain = a.role === 'attacker' && pointsBack(a, m) && out.some((o) => o.role === 'attacker');
    if (same < 0 && !toldAgain) out.push(a);
    if (same < 0) continue;
    const o = out[same];
    // keep the more telling of the two: a person over a state, an armed kind over a generic one
    if (o.kind === 'civilian' && a.kind !== 'civilian' && a.role === 'target' && !o.country) out[same] = a;
  }
  return out;
}

/** The rival death tolls of two reports as one count: the first's figure widened, the second's kept as a rival. */
function withRival(d: Draft, m: Mention): void {
  const a = d.killed!;
  const b = m.killed!;
  d.killed = { ...a, count: widenCount(a.count, b.count), rivals: [...a.rivals ?? [], { count: b.count, source: m.attribution?.source ?? null }] };
  d.attribution = withRivalSources(d.attribution, [{ source: m.attribution?.source ?? null }]);
}

function absorb(d: Draft, m: Mention, rival = false): void {
  d.mentions.push(m);
  if (rival) withRival(d, m);
  if (d.type === 'casualties' && m.type === 'attack') d.type = 'attack';
  d.subtype = narrower(d.subtype, m.subtype);
  if (d.type === 'attack' && d.subtype === 'report') d.subtype = GENERIC.has(m.subtype) ? 'unspecified' : m.subtype;
  d.actors = mergeActors(d.actors, m);
  for (const f of FIELDS) {
    if (rival && f === 'killed' || !m[f] || d[f] && !m[f]!.toll) continue;
    d[f] = m[f];
    // a count that came with its rival figures brings their givers along
    if (m[f]!.rivals?.length) d.attribution = withRivalSources(d.attribution ?? m.attribution, m[f]!.rivals!);
  }
  if (!d.date && m.date) d.date = m.date;
  if (!d.attribution && m.attribution) d.attribution = m.attribution;
}

function substantial(d: Draft): boolean {
  return !!(d.killed || d.wounded || d.mentions.some((m) => m.trigger?.strength === 'strong' && m.status === 'occurred'));
}

/** The most precise place a draft's mentions give, the first told of equals. */
function bestPlace(mentions: Mention[]): Draft['location'] {
  let best: Draft['location'] = null;
  for (const m of mentions) if (m.location && (!best || PLACE_RANK[m.location.precision] > PLACE_RANK[best.precision])) best = m.location;
  return best;
}

/** A draft of one mention. Its place is its mentions' best (bestPlace), read when asked for, so that a draft a keep
 *  rule drops without asking where never has its places worked out (src/resolvers/event-place.ts); a place written
 *  to it (the fallback country) replaces it. */
function draftOf(m: Mention): Draft {
  let place: Draft['location'] | undefined;
  return {
    mentions: [m], type: m.type, subtype: m.type === 'attack' && m.subtype === 'report' ? 'unspecified' : m.subtype,
    status: m.status, aggregate: m.aggregate, actors: [...m.actors], killed: m.killed, wounded: m.wounded,
    date: m.date, attribution: m.attribution,
    get location() { return place !== undefined ? place : bestPlace(this.mentions); },
    set location(value: Draft['location']) { place = value; },
  };
}

/** Mentions in document order in; one draft per event out. */
export function mergeMentions(mentions: Mention[]): Draft[] {
  const drafts: Draft[] = [];
  for (const m of mentions) {
    let target: Draft | null = null;
    let rival = false;
    // "the attack", "the latest attack ... also": the event told with most substance, not a passing mention
    const candidates = m.anaphoric
      ? [...drafts.filter((d) => !substantial(d)), ...drafts.filter(substantial)]
      : drafts;
    // only recent events can be told again (sameEvent allows a few sentences' gap): bounded work per mention
    for (let i = candidates.length - 1; i >= Math.max(0, candidates.length - 60); i--) {
      const d = candidates[i];
      const gap = m.sentence.index - d.mentions[d.mentions.length - 1].sentence.index;
      rival = rivalDeaths(d, m, gap);
      // the same event first, then no conflict: a mention of another kind of event never has its place worked out here
      if ((rival || sameEvent(d, m, gap)) && !conflicts(d, m, rival)) { target = d; break; }
    }
    if (target) absorb(target, m, rival);
    else drafts.push(draftOf(m));
  }
  return drafts;
}
