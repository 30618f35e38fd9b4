// Which event a count belongs to, and which of a sentence's commitments stands. Each count joins the nearest attack
// trigger of its clause ("a drone strike killed nine soldiers"); a count with no attack to join stands alone as a
// casualty report, or as an attack when an armed subject did the killing ("Gunmen killed three villagers"). A running
// total ("more than 50 in the past month") is kept apart from incidents. Runs after modality and parties: only
// mentions that report an event take counts, and the victims' side is known.
import type { CountMention, Mention } from '../rules/mention.js';

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

/** The count standing alone: a casualty report, or an attack when an armed subject did the killing; null when it reports no event. */
function standAlone(m: Mention, c: CountMention): Mention | null {
  if (!c.aggregate && c.killer && c.killer.kind !== 'civilian') {
    m.type = 'attack';
    m.subtype = 'unspecified';
    m.rule = 'attack:killing-verb';
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
  if (c.killer && c.killer.kind !== 'civilian' && !host.actors.some((a) => a.role === 'attacker')) host.actors.push(c.killer);
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

/** Counts join their attack or stand alone. */
function linkCounts(mentions: Mention[]): void {
  const all = mentions.filter((m) => m.count).map((m) => m.count!);
  for (const m of mentions) {
    const c = m.count;
    if (!c) continue;
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

/** The links of one sentence's mentions, in place. */
export function resolveLinks(mentions: Mention[]): void {
  keepOneCommitment(mentions);
  linkCounts(mentions);
}
