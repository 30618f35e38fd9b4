// Turns one tagged sentence into event mentions: each trigger with its modality and actors, each casualty count
// attached to the attack it belongs to (or standing alone as a casualty report), running totals kept apart.
import type { TaggedSentence, Term } from '../document/terms.js';
import type { SentenceSpan } from '../document/sentences.js';
import type { Actor, ActorKind, ActorRole } from '../schema/event.js';
import { findTriggers } from './triggers.js';
import { commitmentsOf } from './commitments.js';
import { findCasualtyCounts } from './casualties.js';
import type { CountMention, Mention, Trigger } from './mention.js';
import { modalityOf, isAggregate } from '../resolvers/modality.js';
import { attributionOf, type AttributionSpan } from '../resolvers/attribution.js';
import { actorFromPhrase, phraseEndingAt, phraseStartingAt, withKind } from '../resolvers/actors.js';
import { countryOf } from '../places/index.js';

/** Words that end a clause: counts and cues do not cross them. */
const CLAUSE_WORDS = new Set(['including', 'while', 'whereas', 'but', 'meanwhile', 'although', 'though', 'separately', 'as', 'after', 'before', 'when', 'since', 'amid']);

export interface Clause { first: number; last: number }

export function clausesOf(terms: Term[]): Clause[] {
  const out: Clause[] = [];
  let first = 0;
  for (let i = 0; i < terms.length; i++) {
    const endsHere = /[;:]/.test(terms[i].post) || /,\s*$/.test(terms[i].post) && i + 1 < terms.length && CLAUSE_WORDS.has(terms[i + 1].norm);
    const startsNext = i + 1 < terms.length && CLAUSE_WORDS.has(terms[i + 1].norm) && terms[i + 1].norm !== 'as' && terms[i + 1].norm !== 'since';
    if (endsHere || startsNext && i + 1 - first > 2) {
      out.push({ first, last: i });
      first = i + 1;
    }
  }
  if (first < terms.length) out.push({ first, last: terms.length - 1 });
  return out;
}

function clauseOf(clauses: Clause[], i: number): Clause {
  return clauses.find((c) => c.first <= i && i <= c.last) ?? { first: 0, last: Number.MAX_SAFE_INTEGER };
}

interface Ctx {
  s: TaggedSentence;
  previous: SentenceSpan | null;
  docText: string;
  attribution: AttributionSpan | null;
}

function isLocative(terms: Term[], first: number): boolean {
  if (terms[first].tags.has('Demonym')) return false; // "in Turkish drone attacks": a demonym is never the place
  let p = first - 1;
  // "Sochi, Russia": a name after a place name and a comma is that place's country
  if (p >= 0 && /,/.test(terms[p].post) && terms[p].tags.has('ProperNoun') && !terms[p].tags.has('Person') && !countryOf(terms[p].text)) return true;
  while (p >= 0 && terms[p].tags.has('Determiner')) p--;
  return p >= 0 && /^(?:in|at|near|to|for|from|into|toward|towards|outside|inside|across|around|of|over|throughout)$/.test(terms[p].norm)
    && !(terms[p].norm === 'of' && p > 0 && /^(?:leaders?|presidents?|government|forces|army|military|ministers?|ministry|troops|officials|delegations?|representatives|envoys?|people|citizens)$/.test(terms[p - 1].norm));
}

function actor(ctx: Ctx, range: [number, number] | null, role: ActorRole, defaultKind: ActorKind): Actor | null {
  if (!range) return null;
  return actorFromPhrase(range[0], range[1], { role, defaultKind, sentence: ctx.s, previous: ctx.previous, docText: ctx.docText });
}

function inAttribution(ctx: Ctx, first: number, last: number): boolean {
  const a = ctx.attribution;
  return !!a && first >= a.first && last <= a.last;
}

/** Attacker and target of an attack trigger, from the words around it. */
function attackActors(ctx: Ctx, t: Trigger, clause: Clause): Actor[] {
  const terms = ctx.s.terms;
  const out: Actor[] = [];
  const push = (a: Actor | null) => { if (a && !out.some((o) => o.role === a.role && o.name === a.name)) out.push(a); };
  // modifiers before a noun trigger: "Syrian governing administration assault", "Turkish drone attacks"
  if (!t.verb && t.first > clause.first) {
    const r = phraseEndingAt(terms, t.first - 1, 6);
    if (r && r[0] >= clause.first && !inAttribution(ctx, r[0], r[1])) {
      const possessive = /['’]s?$/.test(terms[r[1]].text) || terms[r[1]].tags.has('Possessive');
      const a = actor(ctx, r, 'attacker', 'military');
      if (a && (a.country || a.kind !== 'civilian') && !(isLocative(terms, r[0]) && !possessive)) push(a);
    }
  }
  // after the trigger: "by X" → attacker; "on/against/targeting X" → target; "between X and Y"
  for (let j = t.last + 1; j <= Math.min(clause.last, t.last + 4); j++) {
    const w = terms[j].norm;
    if (w === 'by' || w === 'from') {
      push(actor(ctx, phraseStartingAt(terms, j + 1), 'attacker', 'military'));
      break;
    }
    if (w === 'on' || w === 'against' || w === 'targeting' || w === 'at') {
      const a = actor(ctx, phraseStartingAt(terms, j + 1), 'target', 'civilian');
      if (a && !(w === 'at' && !a.kind)) push(a);
      break;
    }
    if (w === 'between' || w === 'among' || w === 'with') {
      const r = phraseStartingAt(terms, j + 1);
      if (r) {
        // "between Turkish and Syrian forces": the demonyms share the head noun
        const sides = terms.slice(r[0], r[1] + 1);
        const head = r[1];
        const a1 = actor(ctx, [r[0], head], w === 'with' ? 'target' : 'attacker', 'military');
        if (w !== 'with') push(a1 ? { ...a1, role: 'attacker' } : null);
        else push(a1);
        const and = terms[r[1] + 1]?.norm === 'and' ? r[1] + 2 : -1;
        if (and > 0) {
          const r2 = phraseStartingAt(terms, and);
          push(actor(ctx, r2, 'target', 'military'));
        } else if (sides.some((x) => x.norm === 'and')) {
          const k = r[0] + sides.findIndex((x) => x.norm === 'and');
          const first = actor(ctx, [r[0], k - 1], 'attacker', 'military');
          const second = actor(ctx, [k + 1, head], 'target', 'military');
          if (first && second) {
            const kind = second.kind;
            out.splice(out.findIndex((o) => o === a1), 1);
            push(first.kind === 'civilian' ? withKind(first, kind) : first);
            push(second);
          }
        }
      }
      break;
    }
    if (/[,;:.]/.test(terms[j].post)) break;
  }
  // "Al-Shabaab claimed responsibility for the assault": the claimant is the attacker
  const lower = ctx.s.text.toLowerCase();
  const claim = /\b(?:claimed|claims|claiming|claim|took|takes|taking|accepted|admitted)\s+responsibility\s+for\b/.exec(lower);
  if (claim && ctx.s.start + claim.index < terms[t.first].start) {
    const verbAt = terms.findIndex((x) => x.start >= ctx.s.start + claim.index);
    const r = verbAt > 0 ? phraseEndingAt(terms, verbAt - 1, 6) : null;
    if (r) push(actor(ctx, r, 'attacker', 'militant'));
  }
  // a verb trigger: its subject attacks its object ("Gunmen attacked a convoy"), or the passive ("were attacked by")
  if (t.verb) {
    let k = t.first - 1;
    let passive = false;
    while (k >= clause.first && /^(?:was|were|been|be|being|have|has|had|reportedly|allegedly|also|later|then|is|are|again|repeatedly)$/.test(terms[k].norm)) {
      if (/^(?:was|were|been|being|be|is|are)$/.test(terms[k].norm)) passive = true;
      k--;
    }
    const subj = k >= clause.first ? phraseEndingAt(terms, k, 6) : null;
    if (subj && subj[0] >= clause.first && !inAttribution(ctx, subj[0], subj[1])) push(actor(ctx, subj, passive ? 'target' : 'attacker', passive ? 'civilian' : 'military'));
    if (!passive) {
      const obj = phraseStartingAt(terms, t.last + 1);
      if (obj && obj[1] <= clause.last) push(actor(ctx, obj, 'target', 'civilian'));
    }
  }
  return out;
}

/** Participants of a meeting or an agreement: the people, states and groups named in the clause. */
function participants(ctx: Ctx, from: number, to: number): Actor[] {
  const terms = ctx.s.terms;
  const out: Actor[] = [];
  for (let i = from; i <= to; i++) {
    const t = terms[i];
    // any capitalised word may open a party's name ("U.S. Secretary of State ...": compromise tags U.S. as an acronym only)
    const starts = t.tags.has('PersonTitle') || t.tags.has('Demonym') || t.tags.has('NamedActor') || t.tags.has('ProperNoun') || t.tags.has('Country') || /^[A-Z]/.test(t.text);
    if (!starts || inAttribution(ctx, i, i)) continue;
    const r = phraseStartingAt(terms, i, 7);
    if (!r) continue;
    const end = Math.min(r[1], to);
    if (isLocative(terms, r[0])) { i = end; continue; }
    const a = actor(ctx, [r[0], end], 'participant', 'government');
    // a spokesman speaks for a party; he is not one
    if (terms.slice(r[0], end + 1).some((x) => /^(?:spokesman|spokeswoman|spokesperson|spokespeople)$/.test(x.norm))) { i = end; continue; }
    if (a && (a.country || a.kind === 'person' || NAMED_KIND(a))) {
      if (!out.some((o) => o.name === a.name)) out.push(a);
    }
    i = end;
  }
  // a country's government and its leader are one participant: keep the person
  return out.filter((a) => a.kind === 'person' || !out.some((o) => o !== a && o.kind === 'person' && o.country && o.country === a.country));
}

function NAMED_KIND(a: Actor): boolean { return a.kind === 'organization' || a.kind === 'rebel' || a.kind === 'militant'; }

function newMention(ctx: Ctx, type: Mention['type'], subtype: string, rule: string, anchor: number, trigger: Trigger | null, clause: [number, number]): Mention {
  return {
    type, subtype, rule, sentence: ctx.s, trigger, anchor, clause, status: 'occurred', aggregate: false, actors: [],
    killed: null, wounded: null, date: null, location: null,
    attribution: ctx.attribution ? { source: ctx.attribution.source, text: ctx.attribution.text } : null,
    anaphoric: false, generic: false, modifier: false,
  };
}

/** Whether a noun trigger has something before it that makes it one event: an article, a number, a possessive, a named side. */
function specified(terms: Term[], first: number): boolean {
  for (let j = first - 1; j >= Math.max(0, first - 4); j--) {
    const t = terms[j];
    if (/^(?:the|these|those|this|that|its|their|his|her|our|two|three|several|both|twin|recent|latest|yesterday|today|overnight)$/.test(t.norm)) return true;
    if (t.tags.has('Value') || t.tags.has('Possessive') || t.tags.has('Demonym') || t.tags.has('ProperNoun') || t.tags.has('Date')) return true;
    if (t.tags.has('Preposition') || t.tags.has('Verb') || t.tags.has('Conjunction') || /[,;:.]/.test(t.post)) return false;
  }
  return false;
}

const ANAPHORA = /^(?:the|this|that|these|those|its|their|latest|last|same|most|recent|current|previous|earlier)$/;

export function mentionsOf(s: TaggedSentence, previous: SentenceSpan | null, docText: string): Mention[] {
  const terms = s.terms;
  const ctx: Ctx = { s, previous, docText, attribution: attributionOf(s, docText) };
  const clauses = clausesOf(terms);
  const out: Mention[] = [];
  const triggers = findTriggers(s, docText);
  const counts = findCasualtyCounts(s, previous, docText);

  const hosts = new Map<Trigger, Mention>();
  for (const t of triggers) {
    const clause = clauseOf(clauses, t.first);
    const cs = terms[Math.max(clause.first, 0)].start;
    const before = docText.slice(cs, terms[t.first].start);
    const after = docText.slice(terms[t.last].end, terms[Math.min(clause.last, terms.length - 1)].end);
    const mod = modalityOf(before, after, { verbTrigger: t.verb, weak: t.strength === 'weak' });
    if (!mod.status) continue;
    // "agree", "concur" in the present tense: a wish or a habit, never an agreement reached
    if (t.family === 'agreement' && t.verb && t.strength === 'weak') continue;
    // "torture centers", "the bombing suspect": a trigger noun that modifies another noun names no event of its own;
    // it may still refer to one told elsewhere
    const next = terms[t.last + 1];
    // (compromise often tags such a head noun as a verb: "ran torture camps" → a present-tense "camps" after a finished verb)
    const headNoun = (x: Term) => x.tags.has('Noun') && !x.tags.has('Verb')
      || x.tags.has('PresentTense') && /s$/.test(x.norm) && terms.slice(clause.first, t.first).some((y) => y.tags.has('PastTense') && !y.tags.has('Auxiliary'));
    const modifier = !t.verb && !!next && !/[,;:.()"“”]/.test(terms[t.last].post) && headNoun(next) && !next.tags.has('Trigger')
      && !/^(?:rose|rises|hit|hits|reached|climbed|stood|jumped|soared|came|comes|took|killed|left)$/.test(next.norm)
      && !next.tags.has('Victim') && !next.tags.has('Date') && !next.tags.has('ProperNoun') && !next.tags.has('Pronoun')
      && !next.tags.has('KillWord') && !next.tags.has('WoundWord');
    const m = newMention(ctx, t.family, t.subtype, `${t.family}:${t.tag}`, terms[t.first].start, t, [cs, terms[Math.min(clause.last, terms.length - 1)].end]);
    m.status = mod.status;
    if (mod.reason !== 'default') m.rule += `+${mod.reason}`;
    // "will host", "will meet": the trigger carries its own future
    if (m.status === 'occurred' && /^(?:will|would|shall)\b/i.test(t.text)) { m.status = 'planned'; m.rule += '+will'; }
    // "the attack", "the latest Syrian attack ... also": a report of an event told before
    const det = t.first > 0 ? terms[t.first - 1].norm : '';
    const det2 = t.first > 1 ? terms[t.first - 2].norm : '';
    m.anaphoric = !t.verb && (ANAPHORA.test(det) || ANAPHORA.test(det2) || /\b(?:also|again)\b/i.test(after.slice(0, 30))) || modifier;
    m.modifier = modifier;
    // a bare plural that is not the subject of a past-tense verb ("clashes erupted"): "kidnappings are commonplace", "a spate of attacks in recent years"
    const plural = terms[t.last].tags.has('Plural') || /[a-z]s$/.test(terms[t.last].text) && !terms[t.last].tags.has('Singular');
    // "exchanged 140 prisoners ... in a swap brokered by": an agreement about prisoners is a prisoner exchange
    if (t.family === 'agreement' && t.subtype === 'other' && /\b(?:exchang|swap)\w*/i.test(s.text) && /\b(?:prisoners?|detainees|hostages|captives|pows)\b/i.test(s.text)) m.subtype = 'prisoner_exchange';
    m.generic = !t.verb && plural && !specified(terms, t.first)
      && !terms.slice(t.last + 1, t.last + 4).some((x) => x.tags.has('PastTense') && !x.tags.has('Auxiliary') && !x.tags.has('Copula'));
    if (t.family === 'attack') {
      m.actors = attackActors(ctx, t, clause);
    } else {
      m.actors = participants(ctx, 0, terms.length - 1);
      if (t.family === 'meeting' && m.actors.length === 0 && t.strength === 'weak') continue;
    }
    out.push(m);
    hosts.set(t, m);
  }

  // "X agreed to / offered to / will support ...": a commitment, when no agreement word said more
  if (!out.some((m) => m.type === 'agreement' && m.actors.length)) out.push(...commitmentsOf(s, previous, docText));

  // each count goes to the nearest attack trigger of its clause
  for (const c of counts) {
    const clause = clauseOf(clauses, c.first);
    let best: Trigger | null = null;
    let bestDist = Infinity;
    for (const t of triggers) {
      if (t.family !== 'attack' || !hosts.has(t)) continue;
      if (t.first < clause.first || t.first > clause.last) continue;
      const d = Math.min(Math.abs(t.first - c.harmAt), Math.abs(t.first - c.first));
      if (d < bestDist) { best = t; bestDist = d; }
    }
    const clauseText = docText.slice(terms[clause.first].start, terms[Math.min(clause.last, terms.length - 1)].end);
    const aggregate = isAggregate(clauseText);
    let host = best ? hosts.get(best)! : null;
    // "Serb forces killed three villagers in a gunbattle": the killer is the subject of the verb of harm
    const harmTerm = terms[c.harmAt];
    const killer = harmTerm && c.harmAt < c.first && harmTerm.tags.has('Verb') && !harmTerm.tags.has('Passive')
      ? (() => { const r = phraseEndingAt(terms, c.harmAt - 1, 6); return r && r[0] >= clause.first && !inAttribution(ctx, r[0], r[1]) ? actor(ctx, r, 'attacker', 'military') : null; })()
      : null;
    if (host && (host[c.field] || aggregate)) host = aggregate && host.killed === null && host.wounded === null ? host : null;
    if (!host) {
      host = newMention(ctx, 'casualties', 'report', 'casualties', c.start, null, [terms[clause.first].start, terms[Math.min(clause.last, terms.length - 1)].end]);
      // an active killing verb with a named subject is an attack: "Gunmen killed three villagers"
      if (!aggregate && killer && killer.kind !== 'civilian') {
        host.type = 'attack';
        host.subtype = 'unspecified';
        host.rule = 'attack:killing-verb';
      }
      const before = docText.slice(terms[clause.first].start, c.start);
      const mod = modalityOf(before, '', { verbTrigger: true });
      if (!mod.status || mod.status === 'planned') continue;
      host.status = mod.status;
      out.push(host);
    }
    host[c.field] = c;
    host.rule += `+${c.rule}`;
    if (killer && killer.kind !== 'civilian' && !host.actors.some((a) => a.role === 'attacker')) host.actors.push(killer);
    if (c.toll) host.anaphoric = true;
    if (aggregate) {
      host.aggregate = true;
      host.type = 'casualties';
      host.subtype = 'report';
      host.rule += `+aggregate:${aggregate}`;
      host.anaphoric = false;
    }
    // "50 Turkish troops ..., including 33 soldiers": the subset's victims are the same side
    let victims = c.victims;
    if (victims && !victims.country && terms[clause.first].norm === 'including') {
      const whole = counts.find((o) => o !== c && o.first < clause.first && o.victims?.country);
      if (whole?.victims) victims = { ...victims, country: whole.victims.country, name: whole.victims.name };
    }
    const sameSide = host.actors.find((a) => a.role === 'target' && (a.country === victims?.country || !victims?.country));
    if (victims && sameSide && !victims.country) {
      // the victims add nothing but their kind: "its troops ... wounded 6 troopers"
      if (sameSide.kind === 'civilian' && victims.kind !== 'civilian') sameSide.kind = victims.kind;
    } else if (victims && !host.actors.some((a) => a.role === 'target' && a.country === victims!.country && a.kind === victims!.kind)) {
      // the victims are the attack's target; a vaguer target of the same side gives way
      host.actors = host.actors.filter((a) => !(a.role === 'target' && (a.country === victims!.country || !a.country)));
      host.actors.push(victims);
    }
  }
  return out;
}

export type { CountMention };
