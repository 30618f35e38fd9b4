// Keep rules about the parties of meetings and agreements (SPEC.md: they are between states, governments, officials,
// parties, armed groups, international bodies and mediators; companies, teams and shareholders hold no meetings).
// - party:no-state-party: a meeting or an agreement with parties none of which is of a state kind is dropped.
//   Ceasefires, peace deals, prisoner exchanges, and talks about peace or by mediators imply conflict parties and are
//   exempt. When no party is a private body, a state word or a country named in the sentence is enough.
// - agreement:commitment-without-state-party: a commitment ("will build", "offered to") stands as an agreement only
//   when the party that commits is of a state kind; a firm, a club or a private person committing is no agreement.
//   A person named without a title counts as an official when the sentence names a state; a body counts as an armed
//   group when an armed actor noun stands before it in its sentence.
import type { Actor } from '../../schema/event.js';
import type { Draft } from '../merge.js';
import type { KeepContext, KeepRule } from './types.js';
import { hasArmedWord, sentencesOf } from './context.js';
import { isNamedActor } from '../../resolvers/actors.js';
import { ACTOR_HEADS, WEAPON_HEADS_IMPLYING_MILITARY } from '../../lexicon/actors.js';
import { countryOf } from '../../lexicon/countries.js';
import { isArmedKind } from '../../lexicon/taxonomy.js';
import { TITLE_GROUPS } from '../../lexicon/titles.js';
import {
  CONFLICT_PARTY_CUES, CONFLICT_PARTY_SUBTYPES, MEDIATOR_WORDS, POLITICAL_BODY_WORDS, PRIVATE_BODY_MARKERS, STATE_TITLE_REASONS,
} from '../../lexicon/organizations.js';
import { alternation, wordSet } from '../../lexicon/words.js';
import { perDocumentAndKey } from './document-memo.js';

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PRIVATE = new RegExp(`\\b(?:${alternation(PRIVATE_BODY_MARKERS)})(?![\\p{L}])`, 'iu');
const POLITICAL = new RegExp(`\\b(?:${alternation(POLITICAL_BODY_WORDS)})\\b`, 'i');
const MEDIATOR = new RegExp(`\\b(?:${alternation(MEDIATOR_WORDS)})\\b`, 'i');
const CONFLICT_CUE = new RegExp(`\\b(?:${alternation(CONFLICT_PARTY_CUES)})`, 'i');
const EXEMPT_SUBTYPES = wordSet(CONFLICT_PARTY_SUBTYPES);
const STATE_TITLES = TITLE_GROUPS.filter((g) => STATE_TITLE_REASONS.includes(g.reason)).flatMap((g) => g.words)
  .sort((a, b) => b.length - a.length).map(esc).join('|');
const GOVERNMENT_HEADS = Object.entries(ACTOR_HEADS).filter(([, k]) => k === 'government').map(([w]) => esc(w));
const GOVERNMENT_WORD = new RegExp(`\\b(?:${GOVERNMENT_HEADS.join('|')})\\b`, 'i');

/** A person is an official when the phrase or the document gives them a state title ("President Ruto", "Gen. Abe"). */
function titledInDocument(a: Actor, text: string): boolean {
  const last = a.name.trim().split(/\s+/).pop();
  if (!last || !/^\p{Lu}/u.test(last)) return false;
  return titledNameIn(text, last);
}

/** Whether the text gives the name a state title; each name is looked for once per document. */
const titledNameIn = perDocumentAndKey((text: string, last: string) => new RegExp(`\\b(?:${STATE_TITLES})\\.?\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}${esc(last)}\\b`, 'u').test(text));

/** Whether the actor can be a party of a meeting or an agreement: a state, an official, an armed or political body,
 *  an international body or a mediator. A firm, a team, a court or a private person cannot. */
function isStateParty(a: Actor, docText: string): boolean {
  if (a.kind === 'government' || isArmedKind(a.kind)) return true;
  if (MEDIATOR.test(a.text)) return true;
  if (a.kind === 'person') return !!a.country || titledInDocument(a, docText);
  if (a.kind === 'organization') return isNamedActor(a) || hasArmedWord(a.text) || POLITICAL.test(a.text) && !PRIVATE.test(a.text);
  return false;
}

const WEAPON_HEADS = wordSet(WEAPON_HEADS_IMPLYING_MILITARY);
const ARMED_HEADS = Object.entries(ACTOR_HEADS).filter(([w, k]) => isArmedKind(k) && !WEAPON_HEADS.has(w)).map(([w]) => esc(w));
/** An armed actor noun ("paramilitary", "rebels"), not a weapon ("jets" an airline buys). */
const ARMED_NOUN = new RegExp(`\\b(?:${ARMED_HEADS.join('|')})\\b`, 'i');

/** The sentence's words up to the end of the actor's phrase: the subject, with what stands in apposition before it. */
function subjectText(sentence: string, a: Actor): string {
  const at = sentence.indexOf(a.text);
  return at < 0 ? '' : sentence.slice(0, at + a.text.length);
}

/** Whether a sentence names a state by a head noun ("government", "troops", "officials") or a country. */
function namesAState(sentence: string): boolean {
  if (GOVERNMENT_WORD.test(sentence) || hasArmedWord(sentence)) return true;
  for (const m of sentence.matchAll(/\b\p{Lu}[\p{L}.]+/gu)) if (countryOf(m[0])) return true;
  return false;
}

const onlyCommitments = (d: Draft) => d.mentions.every((m) => m.rule.startsWith('agreement:commitment'));
const describe = (a: Actor) => `${a.text} (${a.kind})`;

export const noStateParty: KeepRule = {
  id: 'party:no-state-party',
  drop(d: Draft, ctx: KeepContext): string | null {
    if (d.type !== 'meeting' && d.type !== 'agreement') return null;
    if (EXEMPT_SUBTYPES.has(d.subtype) || !d.actors.length || onlyCommitments(d)) return null;
    if (d.actors.some((a) => isStateParty(a, ctx.text))) return null;
    const sentences = sentencesOf(d);
    if (sentences.some((s) => CONFLICT_CUE.test(s))) return null;
    const privateBody = d.actors.some((a) => a.kind === 'organization');
    if (!privateBody && sentences.some(namesAState)) return null;
    return `party:no-state-party: ${d.actors.map(describe).join(', ')}`;
  },
};

export const commitmentWithoutStateParty: KeepRule = {
  id: 'agreement:commitment-without-state-party',
  drop(d: Draft, ctx: KeepContext): string | null {
    if (d.type !== 'agreement' || !onlyCommitments(d)) return null;
    // the party that commits is the first of each commitment's parties (its subject)
    const committers = d.mentions.map((m) => m.actors[0]).filter((a): a is Actor => !!a);
    if (!committers.length || committers.some((a) => isStateParty(a, ctx.text))) return null;
    // a person named alone ("Lula offered to ...") in a sentence that names a state: taken as its official
    const sentences = sentencesOf(d);
    if (committers.every((a) => a.kind === 'person') && sentences.some(namesAState)) return null;
    // an armed group named before its name ("the paramilitary group, the X Association, pledged to disarm")
    if (d.mentions.some((m) => m.actors[0] && ARMED_NOUN.test(subjectText(m.sentence.text, m.actors[0])))) return null;
    return `agreement:commitment-without-state-party: ${committers.map(describe).join(', ')}`;
  },
};
