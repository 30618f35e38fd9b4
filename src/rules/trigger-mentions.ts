// One mention per trigger word, with what the sentence's syntax says about it: whether it refers back to an event
// told before, names a kind of event rather than one, or only modifies another noun. Its status, actors, date and
// place are left to the resolvers.
import type { TaggedSentence, Term } from '../document/terms.js';
import type { Mention, Trigger } from './mention.js';
import { clauseOf, clauseSpan, type Clause } from './clauses.js';
import {
  ANAPHORIC_ADVERBS, ANAPHORIC_DETERMINERS, EVENT_SPECIFIERS, EXCHANGE_STEMS, PRISONER_NOUNS, VERBS_AFTER_TRIGGER_NOUN,
} from '../lexicon/triggers.js';
import { LIGHT_ATTACK_VERBS, LIGHT_VERB_OBJECT_WORDS } from '../lexicon/parties.js';
import { CHEMICAL_CARRIERS } from '../lexicon/weapons.js';
import { alternation, wordSet } from '../lexicon/words.js';

const SPECIFIERS = wordSet(EVENT_SPECIFIERS);
const ANAPHORA = wordSet(ANAPHORIC_DETERMINERS);
const TOLD_AGAIN = new RegExp(`\\b(?:${alternation(ANAPHORIC_ADVERBS)})\\b`, 'i');
const PREDICATE_VERBS = wordSet(VERBS_AFTER_TRIGGER_NOUN);
const EXCHANGE = new RegExp(`\\b(?:${alternation(EXCHANGE_STEMS)})\\w*`, 'i');
const PRISONERS = new RegExp(`\\b(?:${alternation(PRISONER_NOUNS)})\\b`, 'i');
const LIGHT_VERBS = wordSet(LIGHT_ATTACK_VERBS);
const LIGHT_OBJECT = wordSet(LIGHT_VERB_OBJECT_WORDS);
const CARRIERS = wordSet(CHEMICAL_CARRIERS);

/** A fresh mention: what every rule fills in the same way. */
export function newMention(s: TaggedSentence, type: Mention['type'], subtype: string, rule: string, anchor: number, clause: Clause): Mention {
  return {
    type, subtype, rule, sentence: s, trigger: null, count: null, commitment: null, anchor,
    clause: clauseSpan(s.terms, clause), clauseTerms: [clause.first, clause.last], status: 'occurred', aggregate: false,
    actors: [], killed: null, wounded: null, date: null, location: null, attribution: null,
    anaphoric: false, generic: false, modifier: false, reaction: false, joined: null, dropped: null,
  };
}

/** Whether a noun trigger has something before it that makes it one event: an article, a number, a possessive, a named side. */
function specified(terms: Term[], first: number): boolean {
  for (let j = first - 1; j >= Math.max(0, first - 4); j--) {
    const t = terms[j];
    if (SPECIFIERS.has(t.norm)) return true;
    if (t.tags.has('Value') || t.tags.has('Possessive') || t.tags.has('Demonym') || t.tags.has('ProperNoun') || t.tags.has('Date')) return true;
    if (t.tags.has('Preposition') || t.tags.has('Verb') || t.tags.has('Conjunction') || /[,;:.]/.test(t.post)) return false;
  }
  return false;
}

/** "assassination squads", "the bombing suspect": a trigger noun that modifies another noun names no event of its own. */
function isModifier(terms: Term[], t: Trigger, clause: Clause): boolean {
  const next = terms[t.last + 1];
  // (compromise often tags such a head noun as a verb: "ran assassination camps" → a present-tense "camps" after a finished verb)
  const headNoun = (x: Term) => x.tags.has('Noun') && !x.tags.has('Verb')
    || x.tags.has('PresentTense') && /s$/.test(x.norm) && terms.slice(clause.first, t.first).some((y) => y.tags.has('PastTense') && !y.tags.has('Auxiliary'));
  return !t.verb && !!next && !/[,;:.()"“”]/.test(terms[t.last].post) && headNoun(next) && !next.tags.has('Trigger')
    && !PREDICATE_VERBS.has(next.norm)
    && !next.tags.has('Victim') && !next.tags.has('Date') && !next.tags.has('ProperNoun') && !next.tags.has('Pronoun')
    && !next.tags.has('KillWord') && !next.tags.has('WoundWord')
    // "chlorine barrels": the agent's container is the weapon
    && !(t.subtype === 'chemical_weapon' && CARRIERS.has(next.norm));
}

/** "abductions are common", "a wave of raids": a bare plural that is not the subject of a past-tense verb. */
function isGeneric(terms: Term[], t: Trigger): boolean {
  const plural = terms[t.last].tags.has('Plural') || /[a-z]s$/.test(terms[t.last].text) && !terms[t.last].tags.has('Singular');
  return !t.verb && plural && !specified(terms, t.first)
    && !terms.slice(t.last + 1, t.last + 4).some((x) => x.tags.has('PastTense') && !x.tags.has('Auxiliary') && !x.tags.has('Copula'));
}

/** A word between a light verb and its attack noun: "its", "a fresh", "long-awaited". */
export function isLightVerbObjectWord(x: Term): boolean {
  return LIGHT_OBJECT.has(x.norm) || x.tags.has('Adjective') || x.tags.has('Hyphenated');
}

/** "launched its long-awaited invasion": a verb that only carries the attack noun after it; the noun tells the event. */
function carriesAttackNoun(terms: Term[], t: Trigger, triggers: Trigger[]): boolean {
  if (!t.verb || t.family !== 'attack' || !LIGHT_VERBS.has(terms[t.last].norm)) return false;
  return triggers.some((o) => o.family === 'attack' && !o.verb && o.first > t.last && o.first - t.last <= 5
    && terms.slice(t.last + 1, o.first).every(isLightVerbObjectWord));
}

export function triggerMentions(s: TaggedSentence, triggers: Trigger[], clauses: Clause[], docText: string): Mention[] {
  const terms = s.terms;
  const out: Mention[] = [];
  for (const t of triggers) {
    // "agree", "sign" in the present tense: a wish or a habit, never an agreement reached
    if (t.family === 'agreement' && t.verb && t.strength === 'weak') continue;
    if (carriesAttackNoun(terms, t, triggers)) continue;
    const clause = clauseOf(clauses, t.first);
    const m = newMention(s, t.family, t.subtype, `${t.family}:${t.tag}`, terms[t.first].start, clause);
    m.trigger = t;
    const after = docText.slice(terms[t.last].end, m.clause[1]);
    const modifier = isModifier(terms, t, clause);
    // "the attack", "the latest Syrian attack ... also": a report of an event told before
    const det = t.first > 0 ? terms[t.first - 1].norm : '';
    const det2 = t.first > 1 ? terms[t.first - 2].norm : '';
    m.anaphoric = !t.verb && (ANAPHORA.has(det) || ANAPHORA.has(det2) || TOLD_AGAIN.test(after.slice(0, 30))) || modifier;
    m.modifier = modifier;
    // "exchanged 140 prisoners ... in a swap brokered by": an agreement about prisoners is a prisoner exchange
    if (t.family === 'agreement' && t.subtype === 'other' && EXCHANGE.test(s.text) && PRISONERS.test(s.text)) m.subtype = 'prisoner_exchange';
    m.generic = isGeneric(terms, t);
    out.push(m);
  }
  return out;
}
