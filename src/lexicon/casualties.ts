// Words of harm: who can be a casualty, and the words that say they were killed or wounded.
// Data only; src/rules/casualties.ts reads them through the tags the plugin gives them.

import type { ActorKind } from '../schema/event.js';

/** People nouns a count can qualify ("nine Syrian soldiers"), with the actor kind they imply. */
export const VICTIM_NOUNS: Record<string, ActorKind> = {
  people: 'civilian', persons: 'civilian', person: 'civilian', civilians: 'civilian', civilian: 'civilian',
  residents: 'civilian', villagers: 'civilian', children: 'civilian', child: 'civilian', kids: 'civilian',
  women: 'civilian', woman: 'civilian', men: 'civilian', man: 'civilian', passengers: 'civilian',
  worshippers: 'civilian', worshipers: 'civilian', students: 'civilian', pupils: 'civilian', farmers: 'civilian',
  shoppers: 'civilian', pilgrims: 'civilian', refugees: 'civilian', migrants: 'civilian', bystanders: 'civilian',
  workers: 'civilian', employees: 'civilian', journalists: 'civilian', doctors: 'civilian', patients: 'civilian',
  teachers: 'civilian', family: 'civilian', relatives: 'civilian', members: 'civilian', individuals: 'civilian',
  others: 'civilian', victims: 'civilian', infants: 'civilian', babies: 'civilian', girls: 'civilian', boys: 'civilian',
  youths: 'civilian', teenagers: 'civilian', citizens: 'civilian', nationals: 'civilian', tourists: 'civilian',
  advisers: 'civilian', advisors: 'civilian', volunteers: 'civilian', monks: 'civilian', priests: 'civilian',
  prisoners: 'civilian', detainees: 'civilian', inmates: 'civilian', protesters: 'civilian', demonstrators: 'civilian',
  mourners: 'civilian', guests: 'civilian', spectators: 'civilian', contractors: 'civilian', engineers: 'civilian',
  staff: 'civilian', herders: 'civilian', fishermen: 'civilian', miners: 'civilian', traders: 'civilian',
  leaders: 'militant', agents: 'police', bodyguards: 'military',
  soldiers: 'military', soldier: 'military', troops: 'military',
  servicemen: 'military', serviceman: 'military', servicemembers: 'military', personnel: 'military',
  officers: 'military', officer: 'military', marines: 'military', sailors: 'military', pilots: 'military',
  conscripts: 'military', recruits: 'military', guards: 'military', guardsmen: 'military', commanders: 'military',
  commander: 'military', paratroopers: 'military', peacekeepers: 'military', peacekeeper: 'military',
  policemen: 'police', policeman: 'police', police: 'police', officials: 'government',
  gendarmes: 'police', cops: 'police',
  fighters: 'militant', fighter: 'militant', militants: 'militant', militant: 'militant', insurgents: 'rebel',
  insurgent: 'rebel', rebels: 'rebel', rebel: 'rebel', jihadists: 'militant', jihadis: 'militant',
  militiamen: 'militant', militia: 'militant', gunmen: 'militant', attackers: 'militant', terrorists: 'militant',
  extremists: 'militant', combatants: 'militant', assailants: 'militant', bombers: 'militant',
};

/** Singular people nouns: "a soldier was killed", "killed the deputy chief" count one person. */
export const SINGULAR_VICTIM_NOUNS: Record<string, ActorKind> = {
  person: 'civilian', civilian: 'civilian', man: 'civilian', woman: 'civilian', child: 'civilian', boy: 'civilian', girl: 'civilian',
  baby: 'civilian', teenager: 'civilian', youth: 'civilian', journalist: 'civilian', reporter: 'civilian', photographer: 'civilian',
  prisoner: 'civilian', detainee: 'civilian', student: 'civilian', teacher: 'civilian', doctor: 'civilian', nurse: 'civilian',
  worker: 'civilian', farmer: 'civilian', resident: 'civilian', villager: 'civilian', priest: 'civilian', imam: 'civilian',
  activist: 'civilian', lawyer: 'civilian', judge: 'civilian', tourist: 'civilian', driver: 'civilian', passenger: 'civilian',
  politician: 'government', official: 'government', mayor: 'government', governor: 'government', diplomat: 'government',
  minister: 'government', lawmaker: 'government', legislator: 'government', ambassador: 'government',
  soldier: 'military', serviceman: 'military', officer: 'military', general: 'military', colonel: 'military',
  commander: 'military', pilot: 'military', sailor: 'military', marine: 'military', peacekeeper: 'military', guard: 'military',
  policeman: 'police', policewoman: 'police', gendarme: 'police', 'police officer': 'police',
  fighter: 'militant', militant: 'militant', rebel: 'rebel', insurgent: 'rebel', jihadist: 'militant', gunman: 'militant',
  chief: 'militant', leader: 'militant', member: 'civilian', bomber: 'militant',
};

/** Words saying people died. Passive/participle forms ("were killed") and active verbs ("killing nine"). */
export const KILL_WORDS = [
  'killed', 'killing', 'kills', 'kill', 'dead', 'died', 'die', 'dying', 'deaths', 'death', 'slain', 'slaughtered',
  'massacred', 'executed', 'perished', 'lost their lives', 'lost his life', 'lost her life', 'fatalities',
  'shot dead', 'gunned down', 'claimed the lives', 'claiming the lives', 'left dead', 'bodies',
  'murdered', 'murdering', 'slaying', 'slayings', 'killings', 'beheaded', 'martyred', 'eliminated', 'neutralized', 'neutralised',
];

/** Words saying people were hurt. */
export const WOUND_WORDS = [
  'wounded', 'wounding', 'wounds', 'injured', 'injuring', 'injures', 'injuries', 'hurt', 'hurting', 'maimed',
  'wounded in action', 'hospitalized', 'hospitalised', 'in hospital', 'in the hospital', 'being treated', 'receiving treatment',
];

/** Fates that are neither death nor injury: counts next to them must not become killed/wounded. */
export const OTHER_FATE_WORDS = [
  'captured', 'abducted', 'kidnapped', 'missing', 'arrested', 'detained', 'held', 'taken hostage', 'seized',
  'rescued', 'freed', 'released', 'displaced', 'evacuated', 'fled', 'deployed', 'sent', 'stationed', 'surrendered',
  'recruited', 'trained', 'mobilized', 'dispatched', 'deported', 'expelled', 'jailed', 'sentenced', 'convicted',
];

/** Nouns for a death toll: "the death toll rose to 12". */
export const TOLL_WORDS = ['toll', 'death toll', 'casualty toll', 'loss of life', 'body count', 'number of dead', 'number of deaths'];

/** Verbs that move a toll to a new figure. */
export const TOLL_VERBS = ['rose', 'risen', 'rises', 'climbed', 'climbs', 'jumped', 'increased', 'reached', 'hit', 'stood', 'stands', 'stands at', 'is', 'was', 'has', 'had', 'mounted', 'soared'];

/** A stated zero: "no one was hurt", "no casualties". Patterns of lower-case words, matched on the sentence text. */
export const ZERO_CASUALTY_PATTERNS: { pattern: string; field: 'killed' | 'wounded' | 'both' }[] = [
  { pattern: '\\bno (?:one|body|person|people|civilians?|soldiers?) (?:was|were|has been|had been) (?:killed|hurt|harmed|injured|wounded)\\b', field: 'both' },
  { pattern: '\\bnobody (?:was|were|has been) (?:killed|hurt|harmed|injured|wounded)\\b', field: 'both' },
  { pattern: '\\bno (?:casualties|injuries|fatalities|deaths) (?:were|was|have been|had been) (?:reported|caused|recorded)\\b', field: 'both' },
  { pattern: '\\bwithout (?:causing )?(?:any )?casualties\\b', field: 'both' },
  { pattern: '\\bno reports? of (?:casualties|injuries|deaths)\\b', field: 'both' },
  { pattern: '\\bthere were no (?:casualties|injuries|deaths|fatalities)\\b', field: 'both' },
  { pattern: '\\bcaused no (?:casualties|injuries|deaths)\\b', field: 'both' },
  { pattern: '\\b(?:but|with|causing|and|leaving)\\s+no\\s+(?:casualties|victims)\\b', field: 'both' },
  { pattern: '\\b(?:but|with|causing|and|leaving)\\s+no\\s+(?:injuries|one (?:hurt|injured|wounded))\\b', field: 'wounded' },
  { pattern: '\\b(?:but|with|causing|and|leaving)\\s+no\\s+(?:deaths|fatalities|one (?:dead|killed))\\b', field: 'killed' },
];
