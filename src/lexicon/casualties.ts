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
  { kind: 'civilian', reason: 'trades', words: ['drivers', 'shopkeepers', 'vendors', 'hunters', 'businessmen', 'schoolteachers', 'merchants'] },
  { kind: 'civilian', reason: 'clan-and-herd', words: ['tribesmen', 'clansmen', 'herdsmen', 'tribespeople', 'elders'] },
  { kind: 'civilian', reason: 'passing-by', words: ['passers-by', 'passersby'] },
  { kind: 'civilian', reason: 'held-or-protesting', words: ['prisoners', 'detainees', 'inmates', 'protesters', 'protestors', 'demonstrators'] },
  { kind: 'government', reason: 'office-holders', words: ['officials', 'leaders'] },
  { kind: 'military', reason: 'soldiers', words: ['soldiers', 'soldier', 'troops', 'servicemen', 'serviceman', 'servicemembers', 'personnel', 'marines', 'sailors', 'pilots', 'conscripts', 'recruits', 'paratroopers', 'peacekeepers', 'peacekeeper'] },
  { kind: 'military', reason: 'ranks-and-guards', words: ['officers', 'officer', 'commanders', 'commander', 'guards', 'guardsmen', 'bodyguards'] },
  { kind: 'police', reason: 'police', words: ['policemen', 'policeman', 'police', 'gendarmes', 'cops', 'agents'] },
  { kind: 'militant', reason: 'armed-groups', words: ['fighters', 'fighter', 'militants', 'militant', 'jihadists', 'jihadis', 'militiamen', 'militia', 'gunmen', 'combatants'] },
  { kind: 'militant', reason: 'attackers', words: ['attackers', 'terrorists', 'extremists', 'assailants', 'bombers'] },
  { kind: 'militant', reason: 'self-defence-militias', words: ['vigilantes', 'auxiliaries'] },
  { kind: 'rebel', reason: 'rebels', words: ['insurgents', 'insurgent', 'rebels', 'rebel'] },
];
export const VICTIM_NOUNS: Record<string, ActorKind> = valuesOf(VICTIM_NOUN_GROUPS, (g) => g.kind);

/** Singular people nouns: "a soldier was killed", "killed the deputy mayor" count one person. */
const SINGULAR_VICTIM_NOUN_GROUPS: PeopleGroup[] = [
  { kind: 'civilian', reason: 'people', words: ['person', 'civilian', 'man', 'woman', 'child', 'boy', 'girl', 'baby', 'teenager', 'youth', 'resident', 'villager', 'tourist', 'passenger', 'member'] },
  { kind: 'civilian', reason: 'by-work', words: ['journalist', 'reporter', 'photographer', 'student', 'teacher', 'doctor', 'nurse', 'worker', 'farmer', 'priest', 'imam', 'activist', 'lawyer', 'judge', 'driver'] },
  { kind: 'civilian', reason: 'trades', words: ['shopkeeper', 'vendor', 'trader', 'hunter', 'herder', 'herdsman', 'businessman', 'headmaster', 'schoolteacher', 'merchant'] },
  { kind: 'civilian', reason: 'clan-and-passing-by', words: ['elder', 'tribesman', 'passer-by', 'passerby'] },
  { kind: 'civilian', reason: 'held-or-protesting', words: ['prisoner', 'detainee', 'protester', 'protestor', 'demonstrator'] },
  { kind: 'civilian', reason: 'accused', words: ['suspect', 'thief', 'robber'] },
  { kind: 'government', reason: 'office-holders', words: ['councillor', 'councilor', 'politician', 'official', 'mayor', 'governor', 'diplomat', 'minister', 'lawmaker', 'legislator', 'ambassador', 'leader'] },
  { kind: 'military', reason: 'soldiers', words: ['soldier', 'serviceman', 'pilot', 'sailor', 'marine', 'peacekeeper', 'guard'] },
  { kind: 'military', reason: 'ranks', words: ['officer', 'general', 'colonel', 'commander'] },
  { kind: 'police', reason: 'police', words: ['policeman', 'policewoman', 'gendarme', 'police officer'] },
  { kind: 'militant', reason: 'armed-groups', words: ['fighter', 'militant', 'jihadist', 'gunman', 'bomber', 'chief'] },
  { kind: 'militant', reason: 'self-defence-militias', words: ['vigilante'] },
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
  { reason: 'violent-death', words: ['slain', 'slaughtered', 'massacred', 'executed', 'murdered', 'murdering', 'slaying', 'slayings', 'beheaded', 'shot dead', 'gunned down', 'lynched'] },
  { reason: 'done-to-death', words: ['beat to death', 'beaten to death', 'stoned to death', 'burned to death', 'burnt to death', 'hacked to death', 'stabbed to death', 'clubbed to death', 'shot to death', 'tortured to death', 'burned alive', 'burnt alive'] },
  { reason: 'died-of-wounds', words: ['succumbed to his wounds', 'succumbed to her wounds', 'succumbed to their wounds', 'succumbed to his injuries', 'succumbed to her injuries', 'succumbed to their injuries', 'succumbed to wounds', 'succumbed to injuries'] },
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

/** A headline's present tense ("Bandits raid a village, kill 11 herders"): of HARM_WORDS_NOT_BEFORE_COUNT, the words
 *  that are a finite verb before a count in a line with no final punctuation, after a plural subject. */
export const HEADLINE_HARM_VERBS: WordEntry[] = [{ reason: 'present-plural', words: ['kill'] }];

/** Right before a headline's "kill", words that make it no event told: "vow to kill 20", "could kill 30", "did not kill". */
export const HEADLINE_HARM_BLOCKERS: WordEntry[] = [
  { reason: 'infinitive', words: ['to'] },
  { reason: 'modal', words: ['will', 'would', 'could', 'can', 'may', 'might', 'must', 'shall', 'should'] },
  { reason: 'intent', words: ['threaten', 'threatens', 'threatened', 'vow', 'vows', 'vowed', 'plan', 'plans', 'try', 'tries'] },
  { reason: 'negation', words: ['not', "n't", 'never', 'did', 'does', 'do'] },
];

/** Right before a word of harm (or one word before it), words that say the harm did not happen: "nearly lynched",
 *  "were almost killed", "narrowly escaped being killed". */
export const NEAR_MISS_WORDS: WordEntry[] = [
  { reason: 'nearly', words: ['nearly', 'almost', 'narrowly', 'barely'] },
  { reason: 'escaped', words: ['escaped', 'avoided'] },
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

/** Before a people noun, words that name the victims' service, whose kind wins over the noun's: "police officers" are
 *  police, "militia fighters" militants, "civilian staff" civilians. */
export const VICTIM_SERVICE_WORDS: WordEntry[] = [
  { reason: 'service', words: ['security', 'government', 'army', 'police', 'rebel', 'militia', 'aid', 'un', 'civilian', 'military'] },
];

/** Before a people noun, words that make civilians-by-noun armed: "five armed men" are no civilians. */
export const ARMED_VICTIM_MODIFIERS: WordEntry[] = [{ reason: 'armed', words: ['armed', 'gun-toting'] }];

/** Between a count and its victim noun: "two additional of its soldiers", "nine innocent civilians". */
export const VICTIM_MODIFIERS: WordEntry[] = [
  { reason: 'partitive', words: ['of', 'them', 'whom', 'those', 'these'] },
  ...POSSESSIVE_DETERMINERS,
  ...DEFINITE_ARTICLE,
  { reason: 'more', words: ['additional', 'more', 'other', 'further', 'fellow'] },
  { reason: 'description', words: ['innocent', 'unarmed', 'armed', 'top', 'senior', 'junior', 'young', 'local', 'foreign', 'elderly', 'ethnic'] },
  ...VICTIM_SERVICE_WORDS,
];

/** A rival figure for a count told just before, with no word of harm of its own (src/rules/counts/rival.ts). Inside
 *  brackets, the words between the figure and its source: "(5 according to the rebels)", "(15, the rebels say)". */
export const RIVAL_SOURCE_CUES: WordEntry[] = [
  { reason: 'according-to', words: ['according to'] },
  { reason: 'claim', words: ['said', 'say', 'says', 'claimed', 'claim', 'claims'] },
];

/** Before a rival figure, after its source: "the rebels claimed 15", "the monitor put the toll at 9". */
export const RIVAL_CLAIM_CUES: WordEntry[] = [
  { reason: 'claim', words: ['claimed', 'claims', 'claim', 'said', 'says', 'say', 'reported', 'counted'] },
  { reason: 'put-at', words: ['put the toll at', 'put the death toll at', 'put the figure at', 'put the number at', 'put it at', 'put that figure at', 'gave a toll of', 'gave a death toll of', 'gave a figure of'] },
];

/** Between the first count's clause and the source of a rival figure: "; the rebels claimed", ", while the army said". */
export const RIVAL_CLAUSE_OPENERS: WordEntry[] = [{ reason: 'contrast', words: ['while', 'whereas', 'but', 'though', 'although', 'and'] }];

/** People found dead (src/rules/counts/found-dead.ts): the nouns for the dead, the verbs of finding them, and the marks
 *  that make the death a killing. Without a mark a body found is no killing (a drowning, a crash). */
export const BODY_NOUNS: WordEntry[] = [
  { reason: 'one-body', words: ['body', 'corpse'] },
  { reason: 'bodies', words: ['bodies', 'corpses'] },
];
export const FOUND_VERBS: WordEntry[] = [
  { reason: 'found', words: ['found', 'discovered', 'recovered', 'retrieved', 'exhumed', 'unearthed'] },
  { reason: 'left', words: ['dumped', 'abandoned', 'left'] },
];
/** Right before a verb of finding, words that say no one was found: "their bodies were never found". */
export const NOT_FOUND_WORDS: WordEntry[] = [{ reason: 'negation', words: ['never', 'not', "n't", 'yet'] }];
/** Lower-case words or phrases, matched anywhere in the sentence. */
export const VIOLENT_DEATH_MARKS: WordEntry[] = [
  { reason: 'shot', words: ['gunshot', 'gunshots', 'gunshot wounds', 'bullet', 'bullets', 'bullet-riddled', 'riddled', 'shot'] },
  { reason: 'cut', words: ['stab wounds', 'stabbed', 'beheaded', 'decapitated', 'hacked', 'machete wounds', 'throats slit', 'throat slit'] },
  { reason: 'tortured', words: ['tortured', 'torture', 'mutilated', 'strangled', 'executed'] },
  { reason: 'restrained', words: ['blindfolded', 'handcuffed', 'gagged', 'hands bound', 'hands tied'] },
];

/** Right after a count with no people noun, words that add it to a group told before: "4 more were wounded". */
export const MORE_AFTER_COUNT: WordEntry[] = [{ reason: 'more-of-them', words: ['more'] }];

/** After "of", pronouns that stand for a group told before: "killing 3 of them", "two of whom later died". */
export const PARTITIVE_PRONOUNS: WordEntry[] = [{ reason: 'group-told-before', words: ['them', 'those', 'these', 'whom'] }];

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
