// Whether a trigger reports an event that happened, one that is planned, one that is denied, or no event at all
// ("threatened to attack", "aims to broker a cease-fire", "to prevent an attack").
import type { Status } from '../schema/event.js';
import type { Mention } from '../rules/mention.js';
import {
  AGGREGATE_CUES, AHEAD_OF_CUES, DENIAL_CUES, FUTURE_CLAUSE_CUES, FUTURE_TRIGGER_CUES, NON_EVENT_CUES, ONGOING_CUES,
  PLANNED_AFTER_CUES, PLANNED_CUES, type CuePattern,
} from '../lexicon/modality.js';
import { REACTING_CROWD_CUES, REACTION_CUES } from '../lexicon/reactions.js';

const compile = (cues: CuePattern[]) => cues.map((c) => ({ reason: c.reason, re: new RegExp(c.pattern, 'i') }));
const PLANNED = compile(PLANNED_CUES);
const PLANNED_AFTER = compile(PLANNED_AFTER_CUES);
const DENIAL = compile(DENIAL_CUES);
const NON_EVENT = compile(NON_EVENT_CUES);
const AGGREGATE = compile(AGGREGATE_CUES);
const AHEAD_OF = compile(AHEAD_OF_CUES);
const FUTURE_CLAUSE = compile(FUTURE_CLAUSE_CUES);
const FUTURE_TRIGGER = compile(FUTURE_TRIGGER_CUES);
const ONGOING = compile(ONGOING_CUES);
const REACTION = compile(REACTION_CUES);
const REACTING_CROWD = compile(REACTING_CROWD_CUES);

interface Modality { status: Status | null; reason: string }

/**
 * `before`: the clause's text from its start up to the trigger; `after`: from the trigger's end to the clause's end.
 * status null = not an event.
 */
function modalityOf(before: string, after: string, opts: { verbTrigger: boolean; weak?: boolean }): Modality {
  // only the last few words before the trigger govern it
  const near = before.slice(-90);
  for (const c of NON_EVENT) if (c.re.test(near)) return { status: null, reason: c.reason };
  // "rang X to discuss": a weak verb in the infinitive says what another event was for — unless a plan
  // governs it ("is scheduled to meet")
  if (opts.verbTrigger && opts.weak && /\bto\s+$/i.test(near) && !PLANNED.some((c) => c.re.test(near))) return { status: null, reason: 'infinitive' };
  for (const c of DENIAL) if (c.re.test(near)) return { status: 'denied', reason: c.reason };
  for (const c of PLANNED) if (c.re.test(near)) return { status: 'planned', reason: c.reason };
  for (const c of AHEAD_OF) if (c.re.test(near)) return { status: 'planned', reason: c.reason };
  if (!opts.verbTrigger) for (const c of PLANNED_AFTER) if (c.re.test(after)) return { status: 'planned', reason: c.reason };
  // "will host the delegations in Cairo for talks": a noun in a clause whose verb is future
  if (!opts.verbTrigger) for (const c of FUTURE_CLAUSE) if (c.re.test(before)) return { status: 'planned', reason: c.reason };
  for (const c of ONGOING) if (c.re.test(near)) return { status: 'ongoing', reason: c.reason };
  return { status: 'occurred', reason: 'default' };
}

/** Whether a clause speaks of a running total over a period. */
function isAggregate(clause: string): string | null {
  for (const c of AGGREGATE) if (c.re.test(clause)) return c.reason;
  return null;
}

/** The reaction cue ("to protest", "a vigil for the victims of") governing what follows `before` (the sentence's
 *  text up to the trigger or count), or null. Read from the sentence, not the clause: "a vigil in the capital for
 *  the victims of the bombing" may span clauses. */
function reactionOf(before: string): string | null {
  const near = before.slice(-120);
  for (const c of REACTION) if (c.re.test(near)) return c.reason;
  return null;
}

/** Whether the words right after a count make it a crowd reacting ("Hundreds mourn ..."): its reason, or null. */
function reactingCrowdOf(after: string): string | null {
  return REACTING_CROWD.find((c) => c.re.test(after.slice(0, 80)))?.reason ?? null;
}

/**
 * The mention's status from the words of its clause around its trigger: a trigger that reports no event is dropped.
 * A count gets the running-total cue of its clause, and the status it would have standing alone (read from the
 * clause up to the count). A commitment's status is its cue's. An attack trigger or a count that a reaction governs
 * is marked `reaction` (its rule id says which cue), and so is a count of people who react ("Hundreds mourn ...").
 */
export function resolveModality(m: Mention, docText: string): void {
  const c = m.count;
  // only violence is reacted to here: protesters who denounce a summit do not unmake the summit
  const at = c ? c.start : m.trigger && m.type === 'attack' ? m.sentence.terms[m.trigger.first].start : null;
  const reaction = at === null ? null
    : reactionOf(docText.slice(m.sentence.start, at)) ?? (c ? reactingCrowdOf(docText.slice(c.end, m.sentence.end)) : null);
  if (reaction) { m.reaction = true; m.rule += `+reaction-${reaction}`; }
  if (c) {
    c.aggregate = isAggregate(docText.slice(m.clause[0], m.clause[1]));
    c.status = modalityOf(docText.slice(m.clause[0], c.start), '', { verbTrigger: true }).status;
    return;
  }
  const t = m.trigger;
  if (!t) return;
  const terms = m.sentence.terms;
  const mod = modalityOf(docText.slice(m.clause[0], terms[t.first].start), docText.slice(terms[t.last].end, m.clause[1]), { verbTrigger: t.verb, weak: t.strength === 'weak' });
  if (!mod.status) {
    m.dropped = `modality:${mod.reason}`;
    return;
  }
  m.status = mod.status;
  if (mod.reason !== 'default') m.rule += `+${mod.reason}`;
  // "will host", "will meet": the trigger carries its own future
  const own = m.status === 'occurred' ? FUTURE_TRIGGER.find((c) => c.re.test(t.text)) : undefined;
  if (own) { m.status = 'planned'; m.rule += `+${own.reason}`; }
}
