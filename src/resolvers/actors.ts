// Actor phrases: from a span of terms ("the Russian-backed Syrian governing administration", "Turkish President
// Recep Tayyip Erdogan", "unidentified gunmen") to an Actor with name, country and kind.
import type { Actor, ActorKind, ActorRole } from '../schema/event.js';
import type { TaggedSentence, Term } from '../document/terms.js';
import type { SentenceSpan } from '../document/sentences.js';
import { ACTOR_HEADS, NAMED_ACTORS, WEAPON_HEADS_IMPLYING_MILITARY, type NamedActor } from '../lexicon/actors.js';
import { VICTIM_NOUNS } from '../lexicon/casualties.js';
import { ARTICLES, CLAUSE_OPENERS, LOCATIVE_PREPOSITIONS, POSSESSIVE_DETERMINERS } from '../lexicon/function-words.js';
import { NAME_JOINERS, PARTICIPLE_MODIFIERS, PARTY_QUANTIFIERS, SUPPORT_PARTICIPLES } from '../lexicon/parties.js';
import { alternation, wordSet } from '../lexicon/words.js';
import { countryOf } from '../lexicon/countries.js';
import { MARKER_EXCEPTIONS, PRIVATE_BODY_MARKERS } from '../lexicon/organizations.js';
import { isArmedKind } from '../lexicon/taxonomy.js';
import { MOB_NOUNS } from '../lexicon/sides.js';

const NAMED_BY_ALIAS = new Map<string, NamedActor>();
for (const a of NAMED_ACTORS) for (const al of a.aliases) NAMED_BY_ALIAS.set(al, a);
const NAMED_NAMES = new Set(NAMED_ACTORS.map((a) => a.name));
const MAX_ALIAS_WORDS = Math.max(...NAMED_ACTORS.flatMap((a) => a.aliases.map((al) => al.split(/[\s-]+/).length)));
const POSSESSIVES = wordSet(POSSESSIVE_DETERMINERS);
const MILITARY_WEAPONS = wordSet(WEAPON_HEADS_IMPLYING_MILITARY);
/** Participles that stand inside an actor phrase: "unidentified gunmen", "armed men". */
const PARTICIPLES = wordSet(PARTICIPLE_MODIFIERS);
const SUPPORTED_BY = wordSet(SUPPORT_PARTICIPLES);
const QUANTIFIERS = wordSet(PARTY_QUANTIFIERS);
const JOINERS = wordSet(NAME_JOINERS);
// "a rebel stronghold near the border": a place word ends the phrase even when tagged as an adjective ("near")
const PLACE_WORDS = new Set([...wordSet(LOCATIVE_PREPOSITIONS)].filter((w) => !JOINERS.has(w)));
const PRIVATE_MARKERS = wordSet(PRIVATE_BODY_MARKERS);
const OPENERS = wordSet(CLAUSE_OPENERS);
const CROWD = new RegExp(`\\b(?:${alternation(MOB_NOUNS)})$`, 'i');
const NOT_MARKERS = wordSet(MARKER_EXCEPTIONS);
/** A name in capitals of two to six letters or digits ("IS", "VDP", "M23"). */
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
const LEADING_ARTICLE = new RegExp(`^(?:${alternation(ARTICLES)})\\s+`, 'i');

const KIND_LABEL: Record<ActorKind, string> = {
  government: 'government', military: 'military', rebel: 'rebels', militant: 'militants', police: 'police',
  civilian: 'civilians', person: 'person', organization: 'organization',
};

/** Words that can stand inside an actor phrase; `next` is the word after it. */
function isPhraseWord(t: Term, next?: Term): boolean {
  if (t.tags.has('Determiner') && !POSSESSIVES.has(t.norm)) return false;
  if (PLACE_WORDS.has(t.norm) && !/^[A-Z]/.test(t.text)) return false;
  if (t.tags.has('Date') && !t.tags.has('ProperNoun')) return false; // "Kenya today launched": a time is no party
  if (OPENERS.has(t.norm)) return false; // "... died when gunmen stormed": the clause's first word is no part of its subject
  if (t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('Pronoun') && !POSSESSIVES.has(t.norm)) return false;
  // "IS fighters", "VDP volunteers": a name in capitals before a noun of people (compromise may read "IS" as a verb)
  if (ACRONYM.test(t.text) && next && (next.tags.has('ActorHead') || next.tags.has('Victim'))) return true;
  if (t.tags.has('Verb') && !t.tags.has('ActorHead') && !t.tags.has('Victim') && !t.tags.has('Demonym') && !t.tags.has('ProperNoun')) {
    // participles used as adjectives inside a phrase: "armed", "unidentified", "suspected"
    if (!t.tags.has('Adjective') && !PARTICIPLES.has(t.norm)) return false;
  }
  if (/^[\d.,]+$/.test(t.norm) || t.tags.has('Value')) return false;
  return /[a-z]/i.test(t.text);
}

function isBackedBy(terms: Term[], i: number): boolean {
  // "Russian-backed", "Saudi-led", "Iran-aligned": that country supports the actor, it is not the actor
  const next = terms[i + 1];
  return !!next && SUPPORTED_BY.has(next.norm)
    && (terms[i].post === '-' || terms[i].post === '‐' || terms[i].post === '');
}

interface PhraseInfo {
  first: number;
  last: number;
  named: NamedActor | null;
  country: { code: string; name: string } | null;
  kind: ActorKind | null;
  person: string | null;
  /** the phrase is "its troops"/"their fighters": the owner is named elsewhere */
  possessive: boolean;
}

/** Reads what a span of terms names. */
function readPhrase(terms: Term[], first: number, last: number): PhraseInfo {
  const info: PhraseInfo = { first, last, named: null, country: null, kind: null, person: null, possessive: false };
  // named actors: longest alias match
  for (let i = first; i <= last && !info.named; i++) {
    for (let len = Math.min(MAX_ALIAS_WORDS, last - i + 1); len >= 1; len--) {
      const key = terms.slice(i, i + len).map((t) => t.norm).join(' ');
      const hit = NAMED_BY_ALIAS.get(key) ?? NAMED_BY_ALIAS.get(key.replace(/ /g, '-'));
      if (hit && (len > 1 || key.length > 3 || terms[i].text === terms[i].text.toUpperCase())) { info.named = hit; break; }
    }
  }
  for (let i = first; i <= last; i++) {
    const t = terms[i];
    if (POSSESSIVES.has(t.norm)) info.possessive = true;
    if (!info.country && (t.tags.has('Demonym') || t.tags.has('Country') || t.tags.has('ProperNoun') || t.tags.has('Place') || /^[A-Z]/.test(t.text))
      && !isBackedBy(terms, i)) {
      // "Somalis", "Iraqis": a plural demonym names its country too
      const c = countryOf(t.text) ?? (/s$/.test(t.text) ? countryOf(t.text.slice(0, -1)) : null);
      if (c) info.country = c;
    }
  }
  // head noun: the last word with a kind ("Syrian opposition war monitor" → monitor has none → opposition)
  for (let i = last; i >= first; i--) {
    const two = i > first ? `${terms[i - 1].norm} ${terms[i].norm}` : '';
    const k = ACTOR_HEADS[two] ?? ACTOR_HEADS[terms[i].norm] ?? VICTIM_NOUNS[terms[i].norm];
    if (k) { info.kind = k; break; }
    if (MILITARY_WEAPONS.has(terms[i].norm)) { info.kind = 'military'; break; }
  }
  // a person: title followed by capitalised names ("President Recep Tayyip Erdogan", "Maj. Gen. Igor Konashenkov")
  for (let i = first; i <= last; i++) {
    if (!terms[i].tags.has('PersonTitle')) continue;
    let j = i + 1;
    while (j <= last && terms[j].tags.has('PersonTitle')) j++;
    const names: Term[] = [];
    while (j <= last && /^[A-Z][\p{L}'’.-]+$/u.test(terms[j].text) && !terms[j].tags.has('Demonym')) { names.push(terms[j]); j++; }
    if (names.length) { info.person = names.map((t) => t.text.replace(/['’]s$/, '')).join(' '); break; }
  }
  // a name compromise knows as a person's ("Kenyatta offered to mediate")
  if (!info.person && !info.named) {
    const names = terms.slice(first, last + 1).filter((t) => t.tags.has('Person') && t.tags.has('ProperNoun') && !t.tags.has('PersonTitle'));
    if (names.length && names.length === last - first + 1) info.person = names.map((t) => t.text.replace(/['’]s$/, '')).join(' ');
  }
  // "VDP volunteers", "CJTF members": a named armed group's members are armed whatever their head noun says
  if (info.named && (!info.kind || info.kind === 'civilian' && isArmedKind(info.named.kind))) info.kind = info.named.kind;
  // "armed men", "armed youths": the armed are no civilians
  if (info.kind === 'civilian' && terms.slice(first, last).some((t) => t.norm === 'armed')) info.kind = 'militant';
  if (info.named && !info.country) info.country = info.named.country ? { code: info.named.country, name: info.named.country } : null;
  return info;
}

/** Whether the phrase names a firm, a team or another private body ("Thai Airways", "the Brazilian coach", "the
 *  pilots' union"): a marker word of one or two words, not part of a place or warship name ("West Bank", "aircraft
 *  carrier"), in a phrase with no armed word ("a rebel group" stays armed). */
function isPrivateBody(terms: Term[], first: number, last: number): boolean {
  let marker = false;
  for (let i = first; i <= last; i++) {
    const w = terms[i].norm;
    const k = ACTOR_HEADS[w];
    if (k && isArmedKind(k) || w === 'armed') return false;
    const pair = i > first ? `${terms[i - 1].norm} ${w}` : '';
    const next = i < last ? `${w} ${terms[i + 1].norm}` : '';
    if (NOT_MARKERS.has(pair) || NOT_MARKERS.has(next)) continue;
    if (PRIVATE_MARKERS.has(w) || PRIVATE_MARKERS.has(pair)) marker = true;
  }
  return marker;
}

/** Terms of the phrase that ends at `end` (inclusive), walking left. */
export function phraseEndingAt(terms: Term[], end: number, limit = 8): [number, number] | null {
  if (end < 0 || !isPhraseWord(terms[end])) return null;
  let first = end;
  while (first - 1 >= 0 && end - first < limit && isPhraseWord(terms[first - 1], terms[first]) && !/[,;:.!?()"“”]/.test(terms[first - 1].post)) first--;
  return [first, end];
}

/** Terms of the phrase that starts at `start`, walking right (skipping determiners). */
export function phraseStartingAt(terms: Term[], start: number, limit = 8): [number, number] | null {
  let i = start;
  while (i < terms.length && (terms[i].tags.has('Determiner') && !POSSESSIVES.has(terms[i].norm) || QUANTIFIERS.has(terms[i].norm))) {
    if (/[,;:.]/.test(terms[i].post)) return null;
    i++;
  }
  if (i >= terms.length || !isPhraseWord(terms[i], terms[i + 1])) return null;
  let last = i;
  while (last + 1 < terms.length && last - i < limit && !/[,;:.!?()"“”]/.test(terms[last].post) && isPhraseWord(terms[last + 1], terms[last + 2])) last++;
  // "Center for Strategic Studies": a named body may run through "for"/"of"
  if (last + 2 < terms.length && JOINERS.has(terms[last + 1].norm) && /^[A-Z]/.test(terms[last + 2].text) && /^[A-Z]/.test(terms[i].text)) {
    let k = last + 2;
    while (k + 1 < terms.length && /^[A-Z]/.test(terms[k + 1].text) && !/[,;:.]/.test(terms[k].post)) k++;
    last = k;
  }
  return [i, last];
}

/** Finds the country an "its"/"their" refers to: the first country named in the sentence before it (the clause's
 * subject: "The Turkish Defense Ministry said the latest Syrian attack on its troops" → Turkish), else in the
 * sentence before. */
function resolvePossessive(s: TaggedSentence, before: number, previous: SentenceSpan | null): { code: string; name: string } | null {
  for (let i = 0; i < before; i++) {
    const t = s.terms[i];
    if ((t.tags.has('Demonym') || t.tags.has('ProperNoun') || t.tags.has('Country')) && !isBackedBy(s.terms, i)) {
      const c = countryOf(t.text);
      if (c) return c;
    }
  }
  if (previous) {
    for (const m of previous.text.matchAll(/\b[A-Z][\p{L}]+/gu)) {
      const c = countryOf(m[0]);
      if (c) return c;
    }
  }
  return null;
}

interface ActorOptions {
  role: ActorRole;
  /** kind to use when the phrase names only a country ("Turkey attacked" → military) */
  defaultKind: ActorKind;
  sentence: TaggedSentence;
  previous: SentenceSpan | null;
  docText: string;
}

/** Builds an Actor from a phrase, or null when the phrase names no actor. */
export function actorFromPhrase(first: number, last: number, o: ActorOptions): Actor | null {
  const terms = o.sentence.terms;
  // trim trailing words that are not part of the actor: "Syrian attack" → keep "Syrian"
  const info = readPhrase(terms, first, last);
  let country = info.country;
  if (!country && info.possessive) country = resolvePossessive(o.sentence, first, o.previous);
  // a firm or a team is an organization whatever demonym it has ("Thai Airways" is no Thai government)
  const privateBody = !info.named && isPrivateBody(terms, first, last);
  if (!info.named && !country && !info.kind && !info.person && !privateBody) return null;
  const kind: ActorKind = privateBody ? 'organization' : info.person ? 'person' : info.kind ?? o.defaultKind;
  let name: string;
  if (privateBody) name = o.docText.slice(terms[first].start, terms[last].end).replace(LEADING_ARTICLE, '');
  else if (info.person) name = info.person;
  else if (info.named) name = info.named.name;
  else if (country) name = `${countryName(country)} ${KIND_LABEL[kind]}`;
  else name = o.docText.slice(terms[first].start, terms[last].end).replace(LEADING_ARTICLE, '');
  return {
    text: o.docText.slice(terms[first].start, terms[last].end),
    name,
    country: country?.code ?? null,
    kind,
    role: o.role,
  };
}

/** Whether the actor is a crowd ("a mob", "an angry crowd"): no armed side, yet a crowd that kills attacks. */
export function isCrowd(a: Actor): boolean { return CROWD.test(a.text); }

/** Whether the actor is a named group or body of the lexicon ("African Union leaders" → African Union). */
export function isNamedActor(a: Actor): boolean { return NAMED_NAMES.has(a.name); }

/** The same actor as another kind: "between Turkish and Syrian forces" gives "Turkish" the kind of the shared head. */
export function withKind(a: Actor, kind: ActorKind): Actor {
  const generated = a.name.endsWith(` ${KIND_LABEL[a.kind]}`) && !!a.country;
  return { ...a, kind, name: generated ? `${a.name.slice(0, -KIND_LABEL[a.kind].length)}${KIND_LABEL[kind]}` : a.name };
}

function countryName(c: { code: string; name: string }): string {
  // demonym-style names read better: "Syrian military"; countryOf gives the country's common name
  return c.name;
}
