// The patterns the places module reads, compiled once from the word lists of src/lexicon/places.ts and
// src/lexicon/titles.ts (and the calendar words of src/lexicon/dates.ts). No words are listed here.
// A phrase of several words is listed before the shorter ones it starts with, so that "on the outskirts of" is read
// whole and not as "on". The patterns run on every sentence are compiled when the module loads, to machine code
// at once (compiledNow, src/lexicon/words.ts): compiled on their first run, the largest cost ten times as much.
import {
  PLACE_PREPOSITIONS, TRAVEL_CUES, PLACE_KINDS, ADMIN_NAME_SUFFIXES, PLACE_ADJECTIVES, DIRECTIONS, NAME_PARTICLES,
  SPEECH_VERBS, SOURCE_WORDS, NOT_PLACES, ORG_PREFIXES, type Position,
} from '../lexicon/places.js';
import { TITLE_GROUPS } from '../lexicon/titles.js';
import { MONTH_NUMBERS, WEEKDAYS } from '../lexicon/dates.js';
import { foldKey } from '../lexicon/keys.js';
import { compiledNow } from '../lexicon/words.js';

const words = (groups: { reason: string; words: string[] }[], ...reasons: string[]) =>
  groups.filter((g) => !reasons.length || reasons.includes(g.reason)).flatMap((g) => g.words);
const at = (list: { word: string; at: Position[] }[], where: Position) => list.filter((e) => e.at.includes(where)).map((e) => e.word);
const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A regular-expression alternation of the words, longest first; a space matches any run of spaces. */
const alt = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map((w) => esc(w).replace(/ /g, '\\s+')).join('|');
const capitalised = (w: string) => w[0].toUpperCase() + w.slice(1);
/** A pattern's source with every "(?:…)" group made a capturing "(…)": that matches the same, and V8 compiles a large
 *  pattern with \p{L} classes so in about half the CPU time (the chain pattern below: ~17 → ~9 ms on text with curly
 *  quotes). The groups the code reads have names, as the numbers of the others change. */
const capturing = (source: string) => source.replace(/\\.|\[(?:\\.|[^\]\\])*\]|\(\?:/g, (t) => (t === '(?:' ? '(' : t));

const DIRECTION = alt(words(DIRECTIONS, 'adjective', 'intercardinal', 'part'));
const HEADS = at(PLACE_KINDS, 'head');
const HEAD = alt(HEADS);
const TRAVEL = alt(words(TRAVEL_CUES));

/** Kind words after a name that make it a place ("Idlib province", "Kowloon peninsula"), lower case. */
export const HEAD_WORDS = new Set(HEADS);
const ADMIN1_KINDS = new Set(PLACE_KINDS.filter((k) => k.reason === 'admin1').map((k) => k.word));
const TOWN_KINDS = new Set(PLACE_KINDS.filter((k) => k.reason === 'town').map((k) => k.word));
/** A head that asks for a first-level division ("Idlib province", "the Aleppo countryside"). */
export const isAdminHead = (head: string) => ADMIN1_KINDS.has(head.toLowerCase());
const ADMIN2_KINDS = new Set(PLACE_KINDS.filter((k) => k.reason === 'admin2').map((k) => k.word));
/** A head that asks for a district, a second-level division ("Kech district", "Gwoza LGA"). */
export const isAdmin2Head = (head: string) => ADMIN2_KINDS.has(head.toLowerCase());
/** The heads of divisions as news also writes them, capitalised after the name ("Borno State", "Kech District",
 *  "Gwoza LGA"); other kinds stay lower case ("the Commerce Department", "Ohio Valley" are no places). */
const CAPITAL_HEADS = HEADS.filter((h) => ADMIN1_KINDS.has(h) && !['department', 'countryside'].includes(h) || ADMIN2_KINDS.has(h))
  .map((h) => (h.length <= 3 ? h.toUpperCase() : capitalised(h)));
/** A head after a name, lower case or a capitalised division's. */
const HEAD_ANY = alt([...HEADS, ...CAPITAL_HEADS]);
/** A head that asks for a town ("the town of Goma", "Jenin camp"). */
export const isTownHead = (head: string) => TOWN_KINDS.has(head.toLowerCase());
/** The end of a division's own name that a variant spelling is compared without ("idlibgovernorate"). */
export const ADMIN_NAME_SUFFIX = new RegExp(`(?:${alt(words(ADMIN_NAME_SUFFIXES))})$`);

/** Lookup keys (see keys.ts) of capitalised words that are never places: the lexicon's, days and months. */
export const NOT_PLACE_KEYS = new Set([...words(NOT_PLACES), ...fullNames(WEEKDAYS), ...fullNames(MONTH_NUMBERS)].map(foldKey));

/** Each day's or month's longest name ("wednesday", not "wed."; "september", not "sept"). */
function fullNames(names: Record<string, number>): string[] {
  const longest = new Map<number, string>();
  for (const [w, n] of Object.entries(names)) if ((longest.get(n)?.length ?? 0) < w.length) longest.set(n, w);
  return [...longest.values()];
}

/** A capitalised word, or hyphenated words ("Turkish", "Saudi-led"). */
export const WORD = compiledNow(/\b[A-Z][\p{L}'’]+(?:-[A-Z][\p{L}'’]+)*/gu);
/** A place name as written: up to four capitalised words, joined by a particle ("Deir ez-Zor", "Ras al Ain"). */
const NAME = `[A-Z][\\p{L}'’‘-]+(?:\\s+(?:(?:${alt(words(NAME_PARTICLES))})[-\\s])?[A-Z][\\p{L}'’‘-]+){0,3}`;

/** The cues of a place phrase: travel, then prepositions, "north of", "town of", "in the capital"; a preposition also
 *  capitalised, as a sentence starts ("In Saraqib, a drone ..."; a day or month after it is no place). */
const withCapitals = (list: string[]) => [...list, ...list.map(capitalised)];
const CUES = [
  TRAVEL,
  alt(withCapitals(at(PLACE_PREPOSITIONS, 'cue').filter((w) => w.includes(' ')))),
  `(?:${alt(words(DIRECTIONS, 'cardinal', 'intercardinal'))})(?:ern)?\\s+of`,
  `(?:${alt(at(PLACE_KINDS, 'cue'))})\\s+of`,
  `(?:${alt(at(PLACE_PREPOSITIONS, 'the'))})\\s+the\\s+(?:${alt(at(PLACE_KINDS, 'the'))})`,
  alt(withCapitals(at(PLACE_PREPOSITIONS, 'cue').filter((w) => !w.includes(' ')))),
].join('|');
/** A cue that is an attack word ("shelled", "the shelling of"): it tells where, but is no part of the place's text. */
export const ATTACK_OBJECT_CUE = new RegExp(`^(?:${alt(PLACE_PREPOSITIONS.filter((p) => p.reason === 'attack-object').map((p) => p.word))})$`, 'i');
/** A cued place: `cue`, `the`, a `direction`, the `name` (with ", Country" after it). */
export const CUE_RE = compiledNow(new RegExp(capturing(`\\b(?<cue>${CUES})\\s+(?<the>the\\s+)?(?:(?<direction>${DIRECTION})\\s+)?(?<name>${NAME}(?:,\\s+${NAME})?)`), 'gu'));
/** A cue just before a name (the end of a text): 1 the cue ("near", "the town of", "left for"). */
export const CUE_BEFORE = compiledNow(new RegExp(`\\b(${CUES})\\s+(?:the\\s+)?(?:(?:${DIRECTION})\\s+)?$`, 'u'));
/** A name and its head: "Idleb province", "Idlib's countryside" (`name`, `head`). */
export const HEAD_RE = compiledNow(new RegExp(capturing(`(?<name>${NAME})(?:['’]s)?\\s+(?<head>${HEAD_ANY})\\b`), 'gu'));
/** One link of a place's hierarchy: a name and its head ("Kech district", "Borno State", "Hama", "Jammu and
 *  Kashmir"; the last may be a list's two names: ./mentions.ts tries it whole, then without the second). */
const LINK = `${NAME}(?:\\s+and\\s+${NAME})?(?:\\s+(?:${HEAD_ANY})\\b)?`;
/** A place and its hierarchy ("Gwoza town (Gwoza LGA, Borno State)", "Turbat, Kech district, Balochistan"):
 *  the `name`, its `head`, the `links` after it, in parentheses or after commas. */
export const CHAIN_RE = compiledNow(new RegExp(capturing(`(?<name>${NAME})(?:\\s+(?<head>${HEAD_ANY})\\b)?(?<links>\\s*\\(\\s*${LINK}(?:\\s*,\\s*${LINK}){0,3}\\s*\\)|(?:,\\s+${LINK}){1,3})`), 'gu'));
/** "Nad Ali district of Helmand province": the `district`, its `head`, the `division` it is in, its `divisionHead`. */
export const DISTRICT_OF_RE = compiledNow(new RegExp(capturing(`(?<district>${NAME})\\s+(?<head>${alt([...ADMIN2_KINDS])})\\s+of\\s+(?:the\\s+)?(?<division>${NAME}(?:\\s+and\\s+${NAME})?)(?:\\s+(?<divisionHead>${HEAD_ANY})\\b)?`), 'gu'));
/** A possessive and the place it owns, with its kind word: "'s Kupwara district", "'s Idlib province". */
export const OWNS_PLACE = compiledNow(new RegExp(capturing(`^['’]s\\s+${NAME}\\s+(?:${HEAD_ANY})\\b`), 'u'));
/** The head just after a name. */
export const HEAD_AFTER = new RegExp(`^(?:['’]s)?\\s+(${HEAD})\\b`, 'i');
/** The whole cue is one of travel ("left for"). */
export const TRAVEL_RE = new RegExp(`^(?:${TRAVEL})$`, 'i');
/** Where a missile was launched from, just before a name ("rockets fired from", "a drone launched from the"). */
export const LAUNCH_BEFORE = new RegExp(`\\b(?:${alt(words(TRAVEL_CUES, 'fired-from'))})\\s+(?:the\\s+)?$`, 'i');
/** A direction before a name: "northern Baghdad", "northwestern Syria" (`direction`, `name`). */
export const REGION_RE = compiledNow(new RegExp(capturing(`\\b(?<direction>${DIRECTION})\\s+(?<name>${NAME})`), 'gu'));
/** "Malawi's capital Lilongwe", "Iraq's city of Nasiriya": the `country`, the `town`. */
export const CAPITAL_RE = compiledNow(new RegExp(capturing(`(?<country>${NAME})['’]s\\s+(?:(?:${DIRECTION})\\s+)?(?:${alt(at(PLACE_KINDS, 'possessive'))})(?:\\s+of)?,?\\s+(?<town>${NAME})`), 'gu'));

/** The words a phrase being resolved may start with before its name: "in the besieged town of", "province of";
 *  group 1 the kind word. */
export const LEAD_RE = compiledNow(new RegExp(`^(?:(?:${TRAVEL}|${alt(at(PLACE_PREPOSITIONS, 'lead'))})\\s+)?(?:the\\s+)?(?:(?:${alt(words(PLACE_ADJECTIVES))})\\s+)*(?:(?:(?:${DIRECTION})\\s+)?(${alt(at(PLACE_KINDS, 'lead'))})(?:\\s+of)?\\s+)?`, 'i'));
/** The head a phrase being resolved ends with: "Idlib province", "Idlib's countryside". */
export const TAIL_RE = new RegExp(`(?:['’]s)?\\s+(${HEAD})$`, 'i');
/** The direction a phrase being resolved starts with, cardinal points included ("North Waziristan"). */
export const DIRECTION_RE = new RegExp(`^(?:${alt(words(DIRECTIONS))})\\s+`, 'i');

const TRAILING = new RegExp(`^(?:${alt([...fullNames(WEEKDAYS), ...Object.keys(MONTH_NUMBERS)].map(capitalised))})\\.?$`);
/** A word a name can drop at its end: a day, a month or a head ("in Aleppo Friday", "in Kabul Province"). */
export const droppable = (w: string) => TRAILING.test(w) || HEAD_WORDS.has(w.toLowerCase());

const TITLE = alt(words(TITLE_GROUPS));
/** A title and the one to three capitalised names after it: group 1 the names. */
export const TITLE_RE = compiledNow(new RegExp(`\\b(?:${TITLE})\\.?\\s+((?:[A-Z][\\p{L}'’-]+\\s+){0,2}[A-Z][\\p{L}'’-]+)`, 'gu'));
/** A title just before the end of the text: the name after it is a person's ("President Erdogan"). */
export const PERSON_BEFORE = new RegExp(`\\b(?:${TITLE})\\.?\\s+$`);
/** A company's or a body's word just before a country's name ("Air India", "Bank of Cyprus"). */
export const ORG_BEFORE = new RegExp(`\\b(?:${alt(words(ORG_PREFIXES))})\\s+$`);
const SPEECH = alt(words(SPEECH_VERBS));
/** A first and a last name before a speech verb: "Dmitry Peskov said". */
export const SAID_RE = compiledNow(new RegExp(`\\b([A-Z][\\p{L}'’-]+)\\s+([A-Z][\\p{L}'’-]+)(?=\\s+(?:${SPEECH})\\b)`, 'gu'));
/** A speech verb just after a name: "Erdogan said". */
export const PERSON_AFTER = new RegExp(`^\\s+(?:${SPEECH})\\b`);
/** A speaker just before a place: "sources in Pakistan", "officials from Algeria". */
export const SOURCE_BEFORE = new RegExp(`\\b(?:${alt(words(SOURCE_WORDS))})\\s+$`, 'i');
