// Who acts: head nouns that name a kind of actor, named armed groups and state bodies, and the titles of people.
// Data only; src/resolvers/actors.ts reads it. Country names and demonyms come from the gazetteer
// (src/places, built from world-countries), not from here.

import { valuesOf, type WordEntry } from './words.js';
import type { ActorKind } from '../schema/event.js';
import { TITLE_GROUPS } from './titles.js';
import { INTERNATIONAL_BODIES } from './organizations.js';

/** Actor head nouns with the kind of actor they name. */
interface HeadGroup extends WordEntry { kind: ActorKind }

/** Head nouns of actor phrases ("Syrian soldiers", "the Russian-backed government"), with their kind. Spun variants
 * ("governing administration", "armed service", "troopers") are read as these words first (src/lexicon/spinner.ts). A noun that is
 * also a victim noun (src/lexicon/casualties.ts) has the same kind there. */
const ACTOR_HEAD_GROUPS: HeadGroup[] = [
  { kind: 'government', reason: 'state', words: ['government', 'governments', 'administration', 'regime', 'authorities', 'ministry', 'cabinet', 'state', 'kremlin', 'parliament', 'assembly'] },
  { kind: 'government', reason: 'office-holders', words: ['officials', 'president', 'minister', 'leader', 'leaders', 'diplomats', 'delegation', 'delegations', 'envoy'] },
  { kind: 'military', reason: 'armed-forces', words: ['military', 'army', 'armies', 'forces', 'force', 'troops', 'soldiers', 'soldier', 'armed forces', 'navy', 'air force', 'servicemen', 'personnel', 'coalition'] },
  { kind: 'military', reason: 'units', words: ['units', 'battalion', 'brigade', 'division'] },
  { kind: 'military', reason: 'weapons', words: ['jets', 'warplanes', 'aircraft', 'drone', 'drones', 'artillery'] },
  { kind: 'police', reason: 'police', words: ['police', 'policemen', 'policeman', 'gendarmes', 'gendarmerie', 'security forces', 'police officers', 'police officer'] },
  { kind: 'rebel', reason: 'rebels', words: ['rebels', 'rebel', 'insurgents', 'insurgent', 'opposition', 'guerrillas', 'guerrilla', 'separatists', 'separatist', 'front'] },
  { kind: 'militant', reason: 'armed-groups', words: ['militants', 'militant', 'jihadists', 'jihadist', 'jihadis', 'militia', 'militias', 'militiamen', 'fighters', 'extremists', 'terrorists', 'terrorist', 'paramilitary', 'paramilitaries'] },
  { kind: 'militant', reason: 'attackers', words: ['gunmen', 'gunman', 'attackers', 'assailants', 'bandits', 'bomber', 'bombers', 'suicide bomber', 'kidnappers', 'abductors'] },
  { kind: 'militant', reason: 'marksmen', words: ['sniper', 'snipers'] },
  { kind: 'civilian', reason: 'crowds', words: ['mob', 'mobs', 'lynch mob', 'crowd', 'crowds', 'rioters'] },
  { kind: 'civilian', reason: 'civilians', words: ['civilians', 'civilian', 'people', 'villagers', 'residents', 'children', 'women', 'protesters', 'demonstrators', 'worshippers', 'students', 'farmers', 'passengers', 'refugees', 'journalists'] },
  { kind: 'organization', reason: 'organizations', words: ['company', 'companies', 'organization', 'organisation', 'group', 'agency', 'party', 'union', 'bank', 'forum', 'bloc', 'alliance', 'council', 'committee', 'commission'] },
];
export const ACTOR_HEADS: Record<string, ActorKind> = valuesOf(ACTOR_HEAD_GROUPS, (g) => g.kind);

/** Heads that stand for a state's armed forces when a country is attached ("Turkish drone attacks" → Turkish military). */
export const WEAPON_HEADS_IMPLYING_MILITARY: WordEntry[] = [
  { reason: 'aircraft', words: ['drone', 'drones', 'warplanes', 'jets', 'aircraft', 'helicopters', 'airstrike', 'airstrikes'] },
  { reason: 'heavy-weapons', words: ['artillery', 'missiles', 'tanks'] },
];

export interface NamedActor {
  name: string;
  aliases: string[];
  country: string | null;
  kind: ActorKind;
}

/** Named armed groups, state bodies and organisations of current conflicts. Aliases are lower case. */
export const NAMED_ACTORS: NamedActor[] = [
  { name: 'Islamic State', country: null, kind: 'militant', aliases: ['islamic state', 'isis', 'isil', 'daesh', 'is militants', 'is fighters', 'is jihadists', 'islamic state group', 'the islamic state'] },
  { name: 'Islamic State West Africa Province', country: 'NG', kind: 'militant', aliases: ['iswap', 'islamic state west africa province', 'islamic state west africa'] },
  { name: 'Islamic State Khorasan Province', country: 'AF', kind: 'militant', aliases: ['isis-k', 'iskp', 'is-k', 'islamic state khorasan', 'islamic state khorasan province'] },
  { name: 'Islamic State Sahel Province', country: null, kind: 'militant', aliases: ['islamic state sahel', 'islamic state in the greater sahara', 'isgs'] },
  { name: 'al-Shabaab', country: 'SO', kind: 'militant', aliases: ['al-shabaab', 'al shabaab', 'al-shabab', 'al shabab', 'shabaab', 'shabab'] },
  { name: 'Taliban', country: 'AF', kind: 'militant', aliases: ['taliban', 'the taliban', 'tehrik-i-taliban', 'ttp', 'pakistani taliban'] },
  { name: 'al-Qaeda', country: null, kind: 'militant', aliases: ['al-qaeda', 'al qaeda', 'al-qaida', 'al qaida', 'alqaeda', 'aqap', 'aqim', 'al-qaeda in the arabian peninsula'] },
  { name: 'Hayat Tahrir al-Sham', country: 'SY', kind: 'rebel', aliases: ['hayat tahrir al-sham', 'hts', 'tahrir al-sham', 'nusra front', 'al-nusra', 'jabhat al-nusra'] },
  { name: 'Houthis', country: 'YE', kind: 'rebel', aliases: ['houthi', 'houthis', 'houthi rebels', 'ansar allah', 'ansarallah'] },
  { name: 'Hezbollah', country: 'LB', kind: 'militant', aliases: ['hezbollah', 'hizbollah', 'hizballah', 'hizbullah'] },
  { name: 'Hamas', country: 'PS', kind: 'militant', aliases: ['hamas', 'qassam brigades', 'al-qassam brigades', 'izz ad-din al-qassam brigades'] },
  { name: 'Palestinian Islamic Jihad', country: 'PS', kind: 'militant', aliases: ['islamic jihad', 'palestinian islamic jihad', 'pij'] },
  { name: 'Boko Haram', country: 'NG', kind: 'militant', aliases: ['boko haram', 'jas', 'jamaatu ahlis sunna'] },
  { name: 'JNIM', country: 'ML', kind: 'militant', aliases: ['jnim', "jama'at nusrat al-islam wal-muslimin", 'jama’at nusrat al-islam wal-muslimin', 'support group for islam and muslims', 'gsim'] },
  { name: 'PKK', country: 'TR', kind: 'rebel', aliases: ['pkk', 'kurdistan workers party', "kurdistan workers' party"] },
  { name: 'YPG', country: 'SY', kind: 'rebel', aliases: ['ypg', "people's protection units", 'kurdish ypg'] },
  { name: 'Syrian Democratic Forces', country: 'SY', kind: 'rebel', aliases: ['sdf', 'syrian democratic forces'] },
  { name: 'Rapid Support Forces', country: 'SD', kind: 'militant', aliases: ['rsf', 'rapid support forces', 'janjaweed'] },
  { name: 'Sudanese Armed Forces', country: 'SD', kind: 'military', aliases: ['saf', 'sudanese armed forces'] },
  { name: 'Wagner Group', country: 'RU', kind: 'militant', aliases: ['wagner', 'wagner group', 'africa corps', 'wagner mercenaries'] },
  { name: 'M23', country: 'CD', kind: 'rebel', aliases: ['m23', 'march 23 movement', 'm23 rebels'] },
  { name: 'ADF', country: 'CD', kind: 'rebel', aliases: ['adf', 'allied democratic forces'] },
  { name: 'CODECO', country: 'CD', kind: 'militant', aliases: ['codeco'] },
  { name: 'Fano', country: 'ET', kind: 'militant', aliases: ['fano', 'fano militia'] },
  // self-defence and pro-government militias: their members are armed, whatever noun follows ("VDP volunteers")
  { name: 'Volunteers for the Defence of the Homeland', country: 'BF', kind: 'militant', aliases: ['vdp', 'volunteers for the defence of the homeland', 'volunteers for the defense of the homeland'] },
  { name: 'Koglweogo', country: 'BF', kind: 'militant', aliases: ['koglweogo'] },
  { name: 'Dozo', country: null, kind: 'militant', aliases: ['dozo', 'dozos', 'dozo hunters'] },
  { name: 'Dan Na Ambassagou', country: 'ML', kind: 'militant', aliases: ['dan na ambassagou'] },
  { name: 'Civilian Joint Task Force', country: 'NG', kind: 'militant', aliases: ['cjtf', 'civilian joint task force'] },
  { name: 'Mai-Mai', country: 'CD', kind: 'militant', aliases: ['mai-mai', 'mai mai', 'mayi-mayi'] },
  { name: 'Wazalendo', country: 'CD', kind: 'militant', aliases: ['wazalendo'] },
  { name: 'Tigray People\'s Liberation Front', country: 'ET', kind: 'rebel', aliases: ['tplf', "tigray people's liberation front", 'tigrayan forces'] },
  { name: 'Arakan Army', country: 'MM', kind: 'rebel', aliases: ['arakan army'] },
  { name: 'Kachin Independence Army', country: 'MM', kind: 'rebel', aliases: ['kachin independence army', 'kia'] },
  { name: 'People\'s Defence Force', country: 'MM', kind: 'rebel', aliases: ["people's defence force", "people's defense force", 'pdf'] },
  { name: 'Tatmadaw', country: 'MM', kind: 'military', aliases: ['tatmadaw', 'junta', 'military junta'] },
  { name: 'Israel Defense Forces', country: 'IL', kind: 'military', aliases: ['idf', 'israel defense forces', 'israeli defense forces', 'israeli army', 'israeli military'] },
  { name: 'Free Syrian Army', country: 'SY', kind: 'rebel', aliases: ['free syrian army', 'fsa', 'syrian national army'] },
  { name: 'Lashkar-e-Taiba', country: 'PK', kind: 'militant', aliases: ['lashkar-e-taiba', 'let', 'lashkar-e-toiba'] },
  { name: 'Jaish-e-Mohammed', country: 'PK', kind: 'militant', aliases: ['jaish-e-mohammed', 'jaish-e-muhammad', 'jem'] },
  { name: 'Baloch Liberation Army', country: 'PK', kind: 'rebel', aliases: ['baloch liberation army', 'bla'] },
  { name: 'ELN', country: 'CO', kind: 'rebel', aliases: ['eln', 'national liberation army'] },
  { name: 'FARC', country: 'CO', kind: 'rebel', aliases: ['farc', 'farc dissidents'] },
  { name: 'NATO', country: null, kind: 'military', aliases: ['nato', 'north atlantic treaty organization'] },
  { name: 'United Nations', country: null, kind: 'organization', aliases: ['united nations', 'u.n.', 'un', 'un security council', 'security council'] },
  { name: 'African Union', country: null, kind: 'organization', aliases: ['african union', 'au', 'atmis', 'amisom'] },
  { name: 'European Union', country: null, kind: 'organization', aliases: ['european union', 'eu'] },
  { name: 'ECOWAS', country: null, kind: 'organization', aliases: ['ecowas', 'economic community of west african states'] },
  { name: 'Arab League', country: null, kind: 'organization', aliases: ['arab league', 'league of arab states'] },
  { name: 'ASEAN', country: null, kind: 'organization', aliases: ['asean', 'association of southeast asian nations'] },
  { name: 'Gulf Cooperation Council', country: null, kind: 'organization', aliases: ['gulf cooperation council', 'gcc'] },
  { name: 'IGAD', country: null, kind: 'organization', aliases: ['igad', 'intergovernmental authority on development'] },
  { name: 'SADC', country: null, kind: 'organization', aliases: ['sadc', 'southern african development community'] },
  { name: 'OSCE', country: null, kind: 'organization', aliases: ['osce', 'organization for security and co-operation in europe'] },
  { name: 'Syrian Observatory for Human Rights', country: 'GB', kind: 'organization', aliases: ['syrian observatory for human rights', 'syrian observatory', 'sohr'] },
  { name: 'Red Cross', country: null, kind: 'organization', aliases: ['red cross', 'icrc', 'international committee of the red cross', 'red crescent'] },
  { name: 'Pentagon', country: 'US', kind: 'military', aliases: ['pentagon'] },
  { name: 'Kremlin', country: 'RU', kind: 'government', aliases: ['kremlin'] },
  { name: 'White House', country: 'US', kind: 'government', aliases: ['white house'] },
  // the other international bodies of states (OPEC, G20, IMF, WTO...): src/lexicon/organizations.ts
  ...INTERNATIONAL_BODIES,
];

/** Titles before a person's name, for the case-blind tagger: those of the one title list (./titles.ts) that are titles
 *  in any case. The title's country comes from the demonym before it ("Russian President Vladimir Putin"). */
export const PERSON_TITLES = TITLE_GROUPS.filter((g) => !g.capitalisedOnly).flatMap((g) => g.words);
