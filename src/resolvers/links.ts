// Which event a count belongs to, and which of a sentence's commitments stands. Each count joins the nearest attack
// trigger of its clause ("a drone strike killed nine soldiers"); a count with no attack to join stands alone as a
// casualty report, or as an attack when an armed side or a crowd did the killing ("Gunmen killed three villagers",
// "were shot by a sniper", "a mob killed two men") or its own words tell a killing ("found with bullet wounds"). A
// claimant's figure for the same deaths in a later clause ("while the jihadists claimed they killed 25") widens the first
// count instead of adding to it. A running total ("more than 50 in the past month") is kept apart from incidents. Runs
// after modality and parties: only mentions that report an event take counts, and the victims' side is known.
import type { Actor, Attribution, Count } from '../schema/event.js';
import type { CountMention, Mention } from '../rules/mention.js';
import { widenCount } from '../rules/counts/phrases.js';
import { ADDED_COUNT_CUES, CLAIM_VERBS, SAYING_VERBS } from '../lexicon/merge-cues.js';
import { alternation, wordSet } from '../lexicon/words.js';
import { sourceName, speakerBefore } from './attribution.js';
import { isCrowd } from './actors.js';

/** Verbs that put a figure in someone's mouth: "claimed", "said" (merge.ts reads claim verbs alone). */
const CLAIMING_OR_SAYING = wordSet(CLAIM_VERBS, SAYING_VERBS);
// ("more than 20" is a figure's bound, not an added figure)
const ADDED = new RegExp(`\\b(?:${alternation(ADDED_COUNT_CUES)})\\b(?!\\s+than\\b)`, 'i');

const isHost = (m: Mention) => !m.dropped && m.trigger?.family === 'attack';

/** The attack mention of the count's clause whose trigger is nearest to it, or null. */
function nearestAttack(mentions: Mention[], c: CountMention): Mention | null {
  let best: Mention | null = null;
  let bestDist = Infinity;
  for (const m of mentions) {
    if (!isHost(m)) continue;
    const t = m.trigger!;
    if (t.first < c.clauseTerms[0] || t.first > c.clauseTerms[1]) continue;
    const d = Math.min(Math.abs(t.first - c.harmAt), Math.abs(t.first - c.first));
    if (d < bestDist) { best = m; bestDist = d; }
  }
  return best;
}

/** A killer that makes the killing an attack: an armed side or a state, or a crowd ("a mob killed two men"). */
const attacks = (killer: Actor | null): killer is Actor => !!killer && (killer.kind !== 'civilian' || isCrowd(killer));

/** The count standing alone: a casualty report, or an attack when an armed side or a crowd did the killing ("Gunmen
 *  killed three", "killed by a sniper", "a mob killed two men") or the count's own words tell a killing ("the body ...
 *  with bullet wounds"); null when it reports no event. */
function standAlone(m: Mention, c: CountMention): Mention | null {
  if (!c.aggregate && (attacks(c.killer) || c.violent)) {
    m.type = 'attack';
    m.subtype = 'unspecified';
    m.rule = attacks(c.killer) ? 'attack:killing-verb' : 'attack:found-killed';
  }
  if (!c.status || c.status === 'planned') {
    m.dropped = `count:${c.status ?? 'not-an-event'}`;
    return null;
  }
  m.status = c.status;
  return m;
}

/** The victims are the event's target; a vaguer target of the same side gives way. */
function addVictims(host: Mention, c: CountMention, all: CountMention[]): void {
  let victims = c.victims;
  // "50 Turkish troops ..., including 33 soldiers": the subset's victims are the same side
  if (victims && !victims.country && c.including) {
    const whole = all.find((o) => o !== c && o.first < c.clauseTerms[0] && o.victims?.country);
    if (whole?.victims) victims = { ...victims, country: whole.victims.country, name: whole.victims.name };
  }
  if (!victims) return;
  const sameSide = host.actors.find((a) => a.role === 'target' && (a.country === victims!.country || !victims!.country));
  if (sameSide && !victims.country) {
    // the victims add nothing but their kind: "its troops ... wounded 6 troopers"
    if (sameSide.kind === 'civilian' && victims.kind !== 'civilian') sameSide.kind = victims.kind;
  } else if (!host.actors.some((a) => a.role === 'target' && a.country === victims!.country && a.kind === victims!.kind)) {
    host.actors = host.actors.filter((a) => !(a.role === 'target' && (a.country === victims!.country || !a.country)));
    host.actors.push(victims);
  }
}

function joinCount(host: Mention, c: CountMention, all: CountMention[]): void {
  host[c.field] = c;
  host.rule += `+${c.rule}`;
  if (attacks(c.killer) && !host.actors.some((a) => a.role === 'attacker')) host.actors.push(c.killer);
  if (c.toll) host.anaphoric = true;
  if (c.aggregate) {
    host.aggregate = true;
    host.type = 'casualties';
    host.subtype = 'report';
    host.rule += `+aggregate:${c.aggregate}`;
    host.anaphoric = false;
  }
  addVictims(host, c, all);
}

/** The side the victims of a count are on: the state's forces, armed groups, or civilians ("officers" and "policemen"
 *  are one side, "soldiers" and "militants" two); null when the count names no victims. */
export function victimSide(c: CountMention): string | null {
  const kind = c.victims?.kind ?? c.victimSpan?.kind ?? null;
  if (kind === 'military' || kind === 'police') return 'state';
  if (kind === 'rebel' || kind === 'militant') return 'armed-group';
  return kind && 'civilian';
}

/** The term index of a claim or saying verb in the count's clause before its figure and its word of harm, or -1. */
function claimVerbBefore(m: Mention, c: CountMention): number {
  const terms = m.sentence.terms;
  for (let k = Math.min(c.first, c.harmAt) - 1; k >= c.clauseTerms[0]; k--) if (CLAIMING_OR_SAYING.has(terms[k].norm)) return k;
  return -1;
}

/** "4 soldiers died, while the jihadists claimed they killed 25": a later count of the same field, in a clause of its
 *  own told by a claimant and with no attack word of its own, is a rival figure for the first count, not more deaths.
 *  Returns the first count's mention, or null. Not when the figure comes on top ("said 2 more died") or counts
 *  other people ("said it killed 25 militants" after "4 soldiers"). */
function rivalOf(mentions: Mention[], m: Mention, c: CountMention): Mention | null {
  if (m.dropped || c.toll || c.aggregate || nearestAttack(mentions, c)) return null;
  const terms = m.sentence.terms;
  const verb = claimVerbBefore(m, c);
  if (verb < 0) return null;
  const clause = m.sentence.text.slice(terms[c.clauseTerms[0]].start - m.sentence.start, terms[c.clauseTerms[1]].end - m.sentence.start);
  if (ADDED.test(clause)) return null;
  const first = mentions.find((o) => o !== m && o.count && o.count.field === c.field && o.count.start < c.start
    && o.count.clauseTerms[0] !== c.clauseTerms[0] && !o.count.toll && !o.count.aggregate && (!o.dropped || !!o.joined));
  const fc = first?.count;
  if (!fc || victimSide(fc) && victimSide(c) && victimSide(fc) !== victimSide(c)) return null;
  fc.count = widenCount(fc.count, c.count);
  fc.rivals = [...fc.rivals ?? [], { count: c.count, source: speakerBefore(m.sentence, verb) }];
  return first!;
}

/** Counts join their attack or stand alone. */
function linkCounts(mentions: Mention[]): void {
  const all = mentions.filter((m) => m.count).map((m) => m.count!);
  for (const m of mentions) {
    const c = m.count;
    if (!c) continue;
    const rivalled = rivalOf(mentions, m, c);
    if (rivalled) { m.dropped = 'count:rival-claim'; m.joined = rivalled.joined ?? rivalled; continue; }
    let host = nearestAttack(mentions, c);
    if (host && (host[c.field] || c.aggregate)) host = c.aggregate && host.killed === null && host.wounded === null ? host : null;
    if (host) { m.dropped = 'count:joined-its-attack'; m.joined = host; }
    else host = standAlone(m, c);
    if (host) joinCount(host, c, all);
  }
}

/** One commitment a sentence, the first whose subject can commit; none when an agreement word already named parties. */
function keepOneCommitment(mentions: Mention[]): void {
  const agreed = mentions.some((m) => !m.dropped && m.trigger?.family === 'agreement' && m.actors.length);
  let kept = false;
  for (const m of mentions) {
    if (!m.commitment || m.dropped) continue;
    if (agreed) m.dropped = 'commitment:an-agreement-word-said-more';
    else if (kept) m.dropped = 'commitment:one-a-sentence';
    kept = true;
  }
}

/** Who says so, with the givers of rival figures after the sentence's own source ("army; rebels"); the verb stays
 *  the sentence's, or is "according to" when only the rivals' givers are named. */
export function withRivalSources(a: Attribution | null, rivals: { source: string | null }[]): Attribution | null {
  const named = rivals.map((r) => r.source && sourceName(r.source));
  const sources = [...new Set([...a?.source.split('; ') ?? [], ...named].filter((x): x is string => !!x))];
  if (!sources.length) return a;
  return { source: sources.join('; '), text: a?.text ?? 'according to' };
}

/** The links of one sentence's mentions, in place. */
export function resolveLinks(mentions: Mention[]): void {
  keepOneCommitment(mentions);
  linkCounts(mentions);
  for (const m of mentions) {
    const rivals = [...m.killed?.rivals ?? [], ...m.wounded?.rivals ?? []];
    if (!m.dropped && rivals.length) m.attribution = withRivalSources(m.attribution, rivals);
  }
}
