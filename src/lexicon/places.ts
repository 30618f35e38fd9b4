// Words around place names, as data: the words before a place ("near X", "left for X"), the kinds of place
// ("X province", "the town of X"), directions ("northwestern Syria"), the small words inside names ("Deir ez-Zor"),
// the words that make a name a speaker's, and capitalised words that are never places. Data only;
// src/places/patterns.ts compiles them into the patterns src/places reads. Every entry carries a reason id: why the
// word is in its list. Words are in lower case (NOT_PLACES as news writes them); a space in a phrase matches any run
// of spaces.

/** Where a word of these lists may stand, for the lists whose words do not all stand everywhere:
 *  'cue'        before a name: "near Homs", "the town of Goma";
 *  'the'        in "<preposition> the <kind> <name>": "in the capital Mogadishu", "near the border town Jarablus";
 *  'lead'       at the start of a phrase given to resolve, stripped ("the besieged city of Aleppo" → "Aleppo");
 *  'head'       after a name: "Idlib province", "Kowloon peninsula", "Idlib's countryside";
 *  'possessive' after a country's possessive: "Iraq's port city Umm Qasr". */
export type Position = 'cue' | 'the' | 'lead' | 'head' | 'possessive';

interface Placed { word: string; reason: string; at: Position[] }
interface WordGroup { reason: string; words: string[] }

/** Prepositions before a place name. In a sentence they are matched as written ("In" opening a sentence is not read),
 *  at the start of a phrase being resolved in any case. */
export const PLACE_PREPOSITIONS: Placed[] = [
  { word: 'in the vicinity of', reason: 'near', at: ['cue'] },
  { word: 'on the outskirts of', reason: 'outskirts', at: ['cue', 'lead'] },
  { word: 'the outskirts of', reason: 'outskirts', at: ['cue', 'lead'] },
  { word: 'outskirts of', reason: 'outskirts', at: ['cue', 'lead'] },
  { word: 'close to', reason: 'near', at: ['cue', 'lead'] },
  { word: 'near to', reason: 'near', at: ['cue'] },
  { word: 'next to', reason: 'near', at: ['cue'] },
  { word: 'in', reason: 'inside', at: ['cue', 'the', 'lead'] },
  { word: 'near', reason: 'near', at: ['cue', 'the', 'lead'] },
  { word: 'at', reason: 'inside', at: ['cue', 'the', 'lead'] },
  { word: 'outside', reason: 'outskirts', at: ['cue', 'the', 'lead'] },
  { word: 'around', reason: 'near', at: ['cue', 'lead'] },
  { word: 'from', reason: 'motion', at: ['cue', 'the', 'lead'] },
  { word: 'into', reason: 'motion', at: ['cue', 'the', 'lead'] },
  { word: 'inside', reason: 'inside', at: ['cue'] },
  { word: 'across', reason: 'motion', at: ['cue'] },
  { word: 'toward', reason: 'motion', at: ['cue'] },
  { word: 'towards', reason: 'motion', at: ['cue'] },
  { word: 'throughout', reason: 'inside', at: ['cue'] },
  { word: 'over', reason: 'motion', at: ['cue'] },
  { word: 'on', reason: 'inside', at: ['cue', 'the', 'lead'] },
  { word: 'to', reason: 'motion', at: ['cue', 'the', 'lead'] },
  // a part of a town is in it ("the centre of Hama", "the central market of Kherson")
  ...['centre of', 'center of', 'heart of', 'market of', 'streets of', 'suburbs of']
    .map((word) => ({ word, reason: 'part-of-a-place', at: ['cue'] as Position[] })),
  ...['edge of', 'edges of', 'entrance to', 'gates of']
    .map((word) => ({ word, reason: 'edge-of-a-place', at: ['cue'] as Position[] })),
  // the people of a place live there ("killed nine residents of Cite Soleil")
  ...['residents of', 'inhabitants of', 'villagers of', 'people of']
    .map((word) => ({ word, reason: 'people-of-a-place', at: ['cue'] as Position[] })),
  // the object of an attack word is where it struck ("shelled Lashio", "the shelling of Kharkiv", "attacked Diffa")
  ...['shelled', 'bombed', 'attacked', 'raided', 'stormed', 'struck', 'hit', 'pounded', 'targeted', 'captured', 'seized', 'recaptured', 'overran',
    'besieged', 'shelling of', 'bombing of', 'bombardment of', 'siege of', 'capture of', 'fall of']
    .map((word) => ({ word, reason: 'attack-object', at: ['cue'] as Position[] })),
];

/** Words of travel before a place: where a visit goes or a missile comes from, never where an attack happened ("left
 *  for Moscow"). */
export const TRAVEL_CUES: WordGroup[] = [
  { reason: 'leave-for', words: ['depart for', 'departs for', 'departed for', 'leave for', 'leaves for', 'left for'] },
  { reason: 'travel-to', words: ['travel to', 'travels to', 'traveled to', 'travelled to'] },
  { reason: 'arrive-in', words: ['arrived in', 'arrive in', 'arrives in'] },
  { reason: 'go-to', words: ['flew to', 'fly to', 'headed to', 'heads to', 'returned to', 'return to'] },
  { reason: 'visit', words: ['visit to', 'visited', 'visiting', 'trip to'] },
  // where a rocket or a drone came from is not where it struck ("rockets fired from Gaza hit Sderot")
  { reason: 'fired-from', words: ['fired from', 'launched from', 'shot from'] },
];

/** Kinds of place. reason: 'admin1' a first-level division (a head of this kind asks for one: "Idlib province"; "the
 *  Aleppo countryside" is the province), 'admin2' a district (a second-level division: "Kech district", "Masisi
 *  territory", "Gwoza LGA" (Nigeria's local government areas), "Minbya township" (Myanmar's); a head of this kind
 *  asks for one), 'town' a populated place (a head of this kind asks for a town), 'part' part of a town or area,
 *  'area', 'feature' of the land, 'site' a facility. */
export const PLACE_KINDS: Placed[] = [
  { word: 'province', reason: 'admin1', at: ['cue', 'the', 'lead', 'head'] },
  { word: 'governorate', reason: 'admin1', at: ['cue', 'the', 'lead', 'head'] },
  { word: 'region', reason: 'admin1', at: ['cue', 'the', 'lead', 'head'] },
  { word: 'state', reason: 'admin1', at: ['cue', 'the', 'lead', 'head'] },
  { word: 'county', reason: 'admin1', at: ['cue', 'the', 'lead', 'head'] },
  { word: 'oblast', reason: 'admin1', at: ['head'] },
  { word: 'department', reason: 'admin1', at: ['head'] },
  { word: 'prefecture', reason: 'admin1', at: ['head'] },
  { word: 'countryside', reason: 'admin1', at: ['cue', 'lead', 'head'] },
  { word: 'district', reason: 'admin2', at: ['cue', 'the', 'lead', 'head'] },
  { word: 'territory', reason: 'admin2', at: ['lead', 'head'] },
  { word: 'lga', reason: 'admin2', at: ['head'] },
  { word: 'township', reason: 'admin2', at: ['lead', 'head'] },
  // Cameroon's second level ("Donga-Mantung division"); Bangladesh's divisions are its first, read there when no
  // district has the name
  { word: 'division', reason: 'admin2', at: ['head'] },
  { word: 'city', reason: 'town', at: ['cue', 'the', 'lead', 'head', 'possessive'] },
  { word: 'town', reason: 'town', at: ['cue', 'the', 'lead', 'head', 'possessive'] },
  { word: 'village', reason: 'town', at: ['cue', 'the', 'lead', 'head', 'possessive'] },
  { word: 'capital', reason: 'town', at: ['cue', 'the', 'lead', 'possessive'] },
  { word: 'port', reason: 'town', at: ['cue', 'the', 'lead', 'possessive'] },
  { word: 'camp', reason: 'town', at: ['cue', 'the', 'lead', 'head'] },
  { word: 'suburb', reason: 'town', at: ['cue', 'lead'] },
  { word: 'port city', reason: 'town', at: ['the', 'possessive'] },
  { word: 'border town', reason: 'town', at: ['cue', 'the', 'possessive'] },
  { word: 'border city', reason: 'town', at: ['cue'] },
  { word: 'holy city', reason: 'town', at: ['the'] },
  { word: 'area', reason: 'area', at: ['cue', 'lead', 'head'] },
  { word: 'enclave', reason: 'area', at: ['cue', 'lead'] },
  { word: 'outskirts', reason: 'part', at: ['cue', 'head'] },
  { word: 'suburbs', reason: 'part', at: ['head'] },
  { word: 'neighbourhood', reason: 'part', at: ['cue'] },
  { word: 'neighborhood', reason: 'part', at: ['cue'] },
  { word: 'peninsula', reason: 'feature', at: ['lead', 'head'] },
  { word: 'valley', reason: 'feature', at: ['head'] },
  { word: 'hills', reason: 'feature', at: ['cue'] },
  { word: 'airport', reason: 'site', at: ['cue', 'head'] },
  { word: 'base', reason: 'site', at: ['cue'] },
  { word: 'stronghold', reason: 'site', at: ['cue'] },
];

/** Words a division's own name may end with in the gazetteer ("Idlib Governorate"), dropped when a variant spelling
 *  is compared with the name as written. */
export const ADMIN_NAME_SUFFIXES: WordGroup[] = [
  { reason: 'admin-suffix', words: ['governorate', 'province'] },
];

/** Adjectives between a preposition and a place or its kind: "the besieged city of", "the border town of". */
export const PLACE_ADJECTIVES: WordGroup[] = [
  { reason: 'control', words: ['besieged', 'embattled', 'government-held', 'rebel-held'] },
  { reason: 'role', words: ['border', 'port', 'holy', 'capital', 'strategic'] },
];

/** Directions. reason: 'adjective' narrows a place ("northwestern Syria", "northern Baghdad"); 'intercardinal' does
 *  too ("northwest Syria") and, with 'cardinal', says where from a place ("north of Homs", "northeast of Homs");
 *  'cardinal' points start names as often as they narrow them ("North Macedonia", "West Bank"): besides "north of",
 *  they are read as a direction only at the start of a name that is no place as it stands. */
export const DIRECTIONS: WordGroup[] = [
  { reason: 'adjective', words: ['northwestern', 'northeastern', 'southwestern', 'southeastern', 'northern', 'southern', 'eastern', 'western', 'central', 'north-western', 'north-eastern', 'south-western', 'south-eastern'] },
  { reason: 'intercardinal', words: ['northwest', 'northeast', 'southwest', 'southeast'] },
  { reason: 'cardinal', words: ['north', 'south', 'east', 'west'] },
  // a part of a place, read as a direction is ("clashed in rural Tibu", "the outskirts" are a cue)
  { reason: 'part', words: ['rural', 'outer', 'greater', 'downtown'] },
];

/** Lower-case words that may join the capitalised words of one name: "Deir ez-Zor", "Rio de Janeiro", "Ras bin Ali". */
export const NAME_PARTICLES: WordGroup[] = [
  { reason: 'arabic-article', words: ['al', 'el', 'ad', 'an', 'as', 'ar', 'az', 'ez', 'es', 'et'] },
  { reason: 'romance-particle', words: ['de', 'del', 'la', 'le', 'di', 'du'] },
  { reason: 'portuguese-particle', words: ['da', 'do', 'dos', 'das'] },
  { reason: 'patronymic', words: ['bin', 'ibn'] },
];

/** Articles that lookup keys leave out (src/lexicon/keys.ts): "Deir ez-Zor" = "Deir Zor", "Ma'arrat an-Nu'man" =
 *  "Maarrat Numan". Changing this list changes the keys: rebuild the gazetteer (scripts/build-gazetteer.mjs). */
export const KEY_ARTICLES: WordGroup[] = [
  { reason: 'arabic-article', words: ['al', 'el', 'ad', 'an', 'as', 'ar', 'at', 'az', 'ash', 'ath', 'ed', 'es', 'ez', 'er', 'et', 'ul', 'il'] },
  { reason: 'english-article', words: ['the'] },
];

/** Verbs after a name that make it a speaker's, and so a person's ("Dmitry Peskov said"). */
export const SPEECH_VERBS: WordGroup[] = [
  { reason: 'says', words: ['said', 'says', 'told', 'added', 'stated', 'noted', 'explained', 'wrote', 'tweeted', 'declared'] },
  { reason: 'says-against', words: ['warned', 'insisted', 'denied'] },
];

/** Words just before a place that make it the speaker's, not the event's: "sources in Pakistan said", "officials
 *  from Algeria", "a monitor based in Britain". Matched in any case. */
export const SOURCE_WORDS: WordGroup[] = [
  { reason: 'speaker', words: ['source', 'sources', 'official', 'officials', 'diplomat', 'diplomats', 'mediator', 'mediators', 'negotiator', 'negotiators', 'envoy', 'envoys', 'delegate', 'delegates', 'resident', 'residents', 'witnesses', 'spokesman', 'spokesmen', 'spokesperson', 'correspondent', 'correspondents', 'reporter', 'reporters', 'analyst', 'analysts', 'observer', 'observers', 'activist', 'activists'] },
  { reason: 'speaking-body', words: ['agency', 'embassy', 'ministry', 'monitor'] },
  { reason: 'reporting-verb', words: ['told', 'said', 'reported', 'quoted'] },
  { reason: 'based-in', words: ['based'] },
];

/** Capitalised words before a country's name that make it a company's or a body's name: "Air India", "Bank of
 *  Cyprus", "University of Ghana" (matched as written, capitalised). */
export const ORG_PREFIXES: WordGroup[] = [
  { reason: 'airline', words: ['Air', 'Airlines of', 'Royal Air'] },
  { reason: 'bank', words: ['Bank of', 'Central Bank of', 'National Bank of', 'Royal Bank of'] },
  { reason: 'institution', words: ['University of', 'Radio', 'Miss', 'Team', 'Church of'] },
];

/** Capitalised words that are never places here, written as news writes them (compared by lookup key). */
export const NOT_PLACES: WordGroup[] = [
  { reason: 'title', words: ['president', 'minister', 'prime', 'secretary', 'spokesman', 'general', 'major', 'colonel', 'captain', 'lieutenant', 'sergeant', 'officer'] },
  { reason: 'body', words: ['ministry', 'government', 'army', 'police', 'council', 'parliament', 'congress', 'union', 'nations', 'united', 'league', 'front', 'party', 'movement', 'forces', 'force', 'brigade', 'battalion', 'division', 'command', 'agency', 'observatory'] },
  { reason: 'body-word', words: ['defense', 'defence', 'security', 'foreign', 'interior', 'islamic', 'human', 'rights'] },
  { reason: 'media', words: ['reuters', 'ap', 'afp', 'news', 'press', 'times', 'post', 'daily', 'tv', 'radio', 'twitter', 'facebook', 'telegram', 'internet'] },
  { reason: 'faith-and-feast', words: ['god', 'allah', 'christmas', 'ramadan', 'eid', 'easter'] },
  { reason: 'building', words: ['hospital', 'university', 'school', 'mosque', 'church', 'market', 'street', 'road', 'bridge', 'square', 'park'] },
  { reason: 'direction', words: ['west', 'east', 'north', 'south', 'central', 'northern', 'southern', 'eastern', 'western', 'downtown', 'midtown'] },
  { reason: 'other-word', words: ['the', 'new', 'old', 'region', 'state'] },
  // regions larger than a country, which no location precision here names (the Sahel is a region of
  // src/places/regions.json: its countries are named)
  { reason: 'world-region', words: ['South America', 'North America', 'Latin America', 'Central America', 'Middle East', 'Mideast', 'Near East', 'Far East', 'Southeast Asia', 'Central Asia', 'South Asia', 'East Asia', 'West Africa', 'East Africa', 'North Africa', 'Southern Africa', 'Central Africa', 'Horn of Africa', 'Eastern Europe', 'Western Europe', 'Central Europe', 'Europe', 'Asia', 'Africa', 'Balkans', 'Caucasus', 'Gulf', 'Persian Gulf', 'Arab World', 'Levant'] },
];
