// Words of harm: who can be a casualty, the words that say they were killed or wounded, and the small words the count
// rules (src/rules/counts/) let stand between a count, its victims and its word of harm. Data only; the tagger
// (src/document/plugin.ts) tags the words of harm and the people nouns, the count rules read the rest.
// Every group of words carries the reason id that says why it is in its list (src/lexicon/words.ts).

import type { ActorKind } from '../schema/event.js';
import { valuesOf, type WordEntry } from './words.js';
import { ARTICLES, BE_AUXILIARIES, DEFINITE_ARTICLE, HAVE_AUXILIARIES, POSSESSIVE_DETERMINERS, RELATIVE_PRONOUNS } from './function-words.js';

/** People nouns with the kind of actor they imply. */
interface PeopleGroup extends WordEntry { kind: ActorKind }

/** Plural people nouns a count can qualify ("nine Syrian soldiers"). A noun that is also an actor head
 *  (src/lexicon/actors.ts) has the same kind there: the actor resolver reads the actor heads first. */
const VICTIM_NOUN_GROUPS: PeopleGroup[] = [
  { kind: 'civilian', reason: 'people', words: ['people', 'persons', 'person', 'individuals', 'others', 'victims', 'members', 'family', 'relatives'] },
  { kind: 'civilian', reason: 'civilians', words: ['civilians', 'civilian', 'residents', 'villagers', 'citizens', 'nationals'] },
  { kind: 'civilian', reason: 'by-age-or-sex', words: ['children', 'child', 'kids', 'women', 'woman', 'men', 'man', 'infants', 'babies', 'girls', 'boys', 'youths', 'teenagers'] },
  { kind: 'civilian', reason: 'where-they-were', words: ['passengers', 'worshippers', 'worshipers', 'shoppers', 'pilgrims', 'refugees', 'migrants', 'bystanders', 'tourists', 'mourners', 'guests', 'spectators', 'patients'] },
  { kind: 'civilian', reason: 'by-work', words: ['students', 'pupils', 'farmers', 'workers', 'employees', 'journalists', 'doctors', 'teachers', 'advisers', 'advisors', 'volunteers', 'monks', 'priests', 'contractors', 'engineers', 'staff', 'herders', 'fishermen', 'miners', 'traders'] },
  { kind: 'civilian', reason: 'held-or-protesting', words: ['prisoners', 'detainees', 'inmates', 'protesters', 'demonstrators'] },
  { kind: 'government', reason: 'office-holders', words: ['officials', 'leaders'] },
  { kind: 'military', reason: 'soldiers', words: ['soldiers', 'soldier', 'troops', 'servicemen', 'serviceman', 'servicemembers', 'personnel', 'marines', 'sailors', 'pilots', 'conscripts', 'recruits', 'paratroopers', 'peacekeepers', 'peacekeeper'] },
  { kind: 'military', reason: 'ranks-and-guards', words: ['officers', 'officer', 'commanders', 'commander', 'guards', 'guardsmen', 'bodyguards'] },
  { kind: 'police', reason: 'police', words: ['policemen', 'policeman', 'police', 'gendarmes', 'cops', 'agents'] },
  { kind: 'militant', reason: 'armed-groups', words: ['fighters', 'fighter', 'militants', 'militant', 'jihadists', 'jihadis', 'militiamen', 'militia', 'gunmen', 'combatants'] },
  { kind: 'militant', reason: 'attackers', words: ['attackers', 'terrorists', 'extremists', 'assailants', 'bombers'] },
  { kind: 'rebel', reason: 'rebels', words: ['insurgents', 'insurgent', 'rebels', 'rebel'] },
];
export const VICTIM_NOUNS: Record<string, ActorKind> = valuesOf(VICTIM_NOUN_GROUPS, (g) => g.kind);

/** Singular people nouns: "a soldier was killed", "killed the deputy mayor" count one person. */
const SINGULAR_VICTIM_NOUN_GROUPS: PeopleGroup[] = [
  { kind: 'civilian', reason: 'people', words: ['person', 'civilian', 'man', 'woman', 'child', 'boy', 'girl', 'baby', 'teenager', 'youth', 'resident', 'villager', 'tourist', 'passenger', 'member'] },
  { kind: 'civilian', reason: 'by-work', words: ['journalist', 'reporter', 'photographer', 'student', 'teacher', 'doctor', 'nurse', 'worker', 'farmer', 'priest', 'imam', 'activist', 'lawyer', 'judge', 'driver'] },
  { kind: 'civilian', reason: 'held', words: ['prisoner', 'detainee'] },
  { kind: 'government', reason: 'office-holders', words: ['politician', 'official', 'mayor', 'governor', 'diplomat', 'minister', 'lawmaker', 'legislator', 'ambassador', 'leader'] },
  { kind: 'military', reason: 'soldiers', words: ['soldier', 'serviceman', 'pilot', 'sailor', 'marine', 'peacekeeper', 'guard'] },
  { kind: 'military', reason: 'ranks', words: ['officer', 'general', 'colonel', 'commander'] },
  { kind: 'police', reason: 'police', words: ['policeman', 'policewoman', 'gendarme', 'police officer'] },
  { kind: 'militant', reason: 'armed-groups', words: ['fighter', 'militant', 'jihadist', 'gunman', 'bomber', 'chief'] },
  { kind: 'rebel', reason: 'rebels', words: ['rebel', 'insurgent'] },
];
export const SINGULAR_VICTIM_NOUNS: Record<string, ActorKind> = valuesOf(SINGULAR_VICTIM_NOUN_GROUPS, (g) => g.kind);

/** Plural people nouns that do not end in -s: "2000 people", and the tagger's plural fix for the victim nouns. */
export const IRREGULAR_PLURAL_PEOPLE: WordEntry[] = [
  { reason: 'irregular-plural', words: ['people', 'children', 'men', 'women', 'police', 'personnel'] },
];

/** Words saying people died. Passive/participle forms ("were killed") and active verbs ("killing nine"). */
export const KILL_WORDS: WordEntry[] = [
  { reason: 'kill', words: ['killed', 'killing', 'kills', 'kill', 'killings'] },
  { reason: 'die', words: ['dead', 'died', 'die', 'dying', 'deaths', 'death', 'perished', 'fatalities', 'left dead', 'bodies'] },
  { reason: 'violent-death', words: ['slain', 'slaughtered', 'massacred', 'executed', 'murdered', 'murdering', 'slaying', 'slayings', 'beheaded', 'shot dead', 'gunned down'] },
  { reason: 'lives-lost', words: ['lost their lives', 'lost his life', 'lost her life', 'claimed the lives', 'claiming the lives'] },
  { reason: 'euphemism', words: ['martyred', 'eliminated', 'neutralized', 'neutralised'] },
];

/** Words saying people were hurt. */
export const WOUND_WORDS: WordEntry[] = [
  { reason: 'wound', words: ['wounded', 'wounding', 'wounds', 'wounded in action', 'injured', 'injuring', 'injures', 'injuries', 'hurt', 'hurting', 'maimed'] },
  { reason: 'treated', words: ['hospitalized', 'hospitalised', 'in hospital', 'in the hospital', 'being treated', 'receiving treatment'] },
];

/** Fates that are neither death nor injury: counts next to them must not become killed/wounded. */
export const OTHER_FATE_WORDS: WordEntry[] = [
  { reason: 'taken', words: ['captured', 'abducted', 'kidnapped', 'taken hostage', 'seized', 'missing'] },
  { reason: 'held', words: ['arrested', 'detained', 'held', 'jailed', 'sentenced', 'convicted'] },
  { reason: 'freed', words: ['rescued', 'freed', 'released'] },
  { reason: 'moved', words: ['displaced', 'evacuated', 'fled', 'deported', 'expelled'] },
  { reason: 'force-sent', words: ['deployed', 'sent', 'stationed', 'dispatched', 'surrendered', 'recruited', 'trained', 'mobilized'] },
];

/** Nouns for a death toll: "the death toll climbed to 12". */
export const TOLL_WORDS: WordEntry[] = [
  { reason: 'toll', words: ['toll', 'death toll', 'casualty toll', 'body count'] },
  { reason: 'number-of-dead', words: ['loss of life', 'number of dead', 'number of deaths'] },
];

/** Verbs that move a toll to a new figure, right before it ("rose to 12", "stood at 40"). */
export const TOLL_VERBS: WordEntry[] = [
  { reason: 'toll-rises', words: ['rose', 'risen', 'rises', 'climbed', 'climbs', 'jumped', 'increased', 'reached', 'reaches', 'hit', 'mounted', 'soared'] },
  { reason: 'toll-stands', words: ['stood', 'stands', 'is', 'was'] },
];

/** Between a toll verb and its figure: "rose to 12", "stood at 40". */
export const TOLL_PREPOSITIONS: WordEntry[] = [{ reason: 'to-the-figure', words: ['to', 'at'] }];

/** Between a toll's verb and the words before it: "has now risen to", "had reportedly climbed to". */
export const TOLL_ADVERBS: WordEntry[] = [
  { reason: 'time', words: ['now', 'already', 'later', 'since', 'subsequently', 'eventually'] },
  { reason: 'hedge', words: ['further', 'reportedly', 'officially'] },
];

/** Nouns of death right after a count: "12 deaths", "five fatalities", "12 dead". */
export const DEATH_NOUNS: WordEntry[] = [{ reason: 'count-of-deaths', words: ['deaths', 'fatalities', 'dead'] }];

/** Verbs of death that report a named person's death with no auxiliary before them ("Okafor died"). */
export const DEATH_VERBS_ALONE: WordEntry[] = [{ reason: 'intransitive-death', words: ['died', 'perished'] }];

/** Words of harm that are no verb of harm before a count ("kill 20", "dead 12"), nor "death(s)" unless "of" follows
 *  ("the deaths of 12 people"). */
export const HARM_WORDS_NOT_BEFORE_COUNT: WordEntry[] = [
  { reason: 'not-a-finite-verb', words: ['kill', 'dead'] },
  { reason: 'noun-needs-of', words: ['death', 'deaths'] },
];

/** Between a victim noun (or a count) and its word of harm: "were", "have been reportedly", "later". */
export const HARM_BRIDGE_WORDS: WordEntry[] = [
  ...BE_AUXILIARIES, ...HAVE_AUXILIARIES,
  { reason: 'get-passive', words: ['got', 'get'] },
  { reason: 'also', words: ['also', 'all', 'both', 'either'] },
  { reason: 'hedge', words: ['reportedly', 'allegedly', 'apparently', 'officially', 'confirmed', 'said', 'feared', 'believed', 'thought', 'reported'] },
  { reason: 'time', words: ['later', 'since', 'now', 'then', 'still', 'finally', 'subsequently', 'initially', 'eventually', 'just', 'already', 'instantly', 'immediately'] },
  { reason: 'severity', words: ['seriously', 'critically', 'severely', 'badly', 'fatally', 'lightly', 'slightly', 'mortally', 'tragically'] },
  { reason: 'to-be', words: ['to'] },
  ...RELATIVE_PRONOUNS,
];

/** Between a count and its victim noun: "two additional of its soldiers", "nine innocent civilians". */
export const VICTIM_MODIFIERS: WordEntry[] = [
  { reason: 'partitive', words: ['of', 'them', 'whom', 'those', 'these'] },
  ...POSSESSIVE_DETERMINERS,
  ...DEFINITE_ARTICLE,
  { reason: 'more', words: ['additional', 'more', 'other', 'further', 'fellow'] },
  { reason: 'description', words: ['innocent', 'unarmed', 'armed', 'top', 'senior', 'junior', 'young', 'local', 'foreign', 'elderly', 'ethnic'] },
  { reason: 'service', words: ['security', 'government', 'army', 'police', 'rebel', 'militia', 'aid', 'un', 'civilian', 'military'] },
];

/** Between a verb of harm and its count: "killing also 12", "wounding another 3", "killed instantly 4". */
export const HARM_COUNT_FILLERS: WordEntry[] = [
  ...ARTICLES,
  { reason: 'another', words: ['another', 'further', 'additional'] },
  { reason: 'also', words: ['also', 'reportedly'] },
  { reason: 'at-once', words: ['instantly', 'immediately'] },
];

/** After a count with no victim noun, the words that end its phrase ("killed 12 in ...", "killed 12 and ..."): a count
 *  followed by any other word is no count of people ("killed 20 cattle"). */
export const COUNT_PHRASE_ENDS: WordEntry[] = [
  { reason: 'and', words: ['and'] },
  { reason: 'place-or-time', words: ['in', 'on', 'at', 'during', 'near', 'over'] },
  { reason: 'clause-opener', words: ['while', 'when', 'after', 'as', 'including', 'since'] },
];

/** Between two words of harm, one figure for both: "14 soldiers were killed or wounded". */
export const HARM_COORDINATORS: WordEntry[] = [{ reason: 'killed-or-wounded', words: ['or', 'and'] }];

/** Before a name, words that make it their object, not the one harmed ("an aide to Okafor was killed"). */
export const PREPOSITIONS_BEFORE_OBJECT: WordEntry[] = [
  { reason: 'agent', words: ['by', 'from', 'with'] },
  { reason: 'relation', words: ['of', 'to', 'for', 'against'] },
];

/** A stated zero: "no one was hurt", "no casualties". Patterns of lower-case words, matched on the sentence text. */
export const ZERO_CASUALTY_PATTERNS: { reason: string; pattern: string; field: 'killed' | 'wounded' | 'both' }[] = [
  { reason: 'no-one-harmed', pattern: '\\bno (?:one|body|person|people|civilians?|soldiers?) (?:was|were|has been|had been) (?:killed|hurt|harmed|injured|wounded)\\b', field: 'both' },
  { reason: 'nobody-harmed', pattern: '\\bnobody (?:was|were|has been) (?:killed|hurt|harmed|injured|wounded)\\b', field: 'both' },
  { reason: 'none-reported', pattern: '\\bno (?:casualties|injuries|fatalities|deaths) (?:were|was|have been|had been) (?:reported|caused|recorded)\\b', field: 'both' },
  { reason: 'without-casualties', pattern: '\\bwithout (?:causing )?(?:any )?casualties\\b', field: 'both' },
  { reason: 'no-reports', pattern: '\\bno reports? of (?:casualties|injuries|deaths)\\b', field: 'both' },
  { reason: 'there-were-none', pattern: '\\bthere were no (?:casualties|injuries|deaths|fatalities)\\b', field: 'both' },
  { reason: 'caused-none', pattern: '\\bcaused no (?:casualties|injuries|deaths)\\b', field: 'both' },
  { reason: 'but-no-casualties', pattern: '\\b(?:but|with|causing|and|leaving)\\s+no\\s+(?:casualties|victims)\\b', field: 'both' },
  { reason: 'but-no-injuries', pattern: '\\b(?:but|with|causing|and|leaving)\\s+no\\s+(?:injuries|one (?:hurt|injured|wounded))\\b', field: 'wounded' },
  { reason: 'but-no-deaths', pattern: '\\b(?:but|with|causing|and|leaving)\\s+no\\s+(?:deaths|fatalities|one (?:dead|killed))\\b', field: 'killed' },
];
