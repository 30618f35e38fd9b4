// Words around place names, as data: the cues before a place ("near X", "the town of X"), the heads after it
// ("X province"), directions ("northwestern Syria"), and capitalised words that are never places.

/** Words before a place name. Regular-expression sources, longest first where they share a start. */
export const PLACE_CUES = [
  'in the vicinity of', 'on the outskirts of', 'the outskirts of', 'outskirts of', 'close to', 'near to', 'next to',
  '(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\\s+of',
  '(?:town|city|village|province|region|district|governorate|state|county|area|capital|port|camp|suburb|neighbourhood|neighborhood|outskirts|countryside|hills|airport|base|border town|border city|enclave|stronghold) of',
  '(?:in|near|at|outside|from|to|into|on)\\s+the\\s+(?:capital|city|town|village|port|port city|border town|province|region|district|governorate|state|county|camp|holy city)',
  'in', 'near', 'at', 'outside', 'around', 'from', 'into', 'inside', 'across', 'toward', 'towards', 'throughout', 'over', 'on', 'to',
];

/** Words of travel before a place: where a visit goes, never where an attack happened. */
export const TRAVEL_CUES = [
  'depart for', 'departs for', 'departed for', 'leave for', 'leaves for', 'left for', 'travel to', 'travels to', 'traveled to', 'travelled to',
  'arrived in', 'arrive in', 'arrives in', 'flew to', 'fly to', 'headed to', 'heads to', 'returned to', 'return to', 'visit to', 'visited', 'visiting', 'trip to',
];

/** Words after a place name that make it one: "Idlib province", "Kaduna state", "Idlib's countryside". */
export const PLACE_HEADS = [
  'province', 'governorate', 'region', 'district', 'state', 'county', 'oblast', 'department', 'prefecture',
  'city', 'town', 'village', 'countryside', 'outskirts', 'suburbs', 'area', 'camp', 'airport',
  'peninsula', 'valley',
];

/** Heads that name a first-level division: "Idlib province", "Kaduna state", "Aleppo countryside". */
export const ADMIN_HEADS = /^(?:province|governorate|region|state|county|oblast|department|prefecture|countryside)$/i;

/** Words before a capitalised name that make it a person's: "President Erdogan", "spokesman Dmitry Peskov". */
export const PERSON_TITLES = [
  'President', 'Prime Minister', 'Minister', 'Secretary', 'Chancellor', 'King', 'Queen', 'Prince', 'Emir', 'Sheikh',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'General', 'Col', 'Colonel', 'Lt', 'Maj', 'Major', 'Capt', 'Captain', 'Sgt',
  'Senator', 'Sen', 'Rep', 'Governor', 'Gov', 'Mayor', 'Commander', 'Ambassador', 'envoy', 'spokesman',
  'spokeswoman', 'spokesperson', 'leader', 'chief', 'Pope', 'Cardinal', 'Bishop', 'Ayatollah', 'Imam', 'Mullah',
  'Judge', 'Justice', 'Premier', 'Vice President', 'Deputy', 'Foreign Minister', 'Defence Minister', 'Defense Minister',
];

/** Words after a capitalised name that make it a person's or a speaker's: "Erdogan said", "Peskov told". */
export const PERSON_AFTER = /^\s+(?:said|says|told|added|stated|noted|warned|insisted|denied|explained|wrote|tweeted|declared)\b/;

/** Words just before a place that make it the speaker's, not the event's: "sources in Pakistan said". */
export const SOURCE_BEFORE = /\b(?:sources?|officials?|diplomats?|mediators?|negotiators?|envoys?|delegates?|residents?|witnesses|spokesm[ae]n|spokesperson|correspondents?|reporters?|analysts?|observers?|agency|embassy|ministry|monitor|activists?|told|said|reported|quoted|based)\s+$/i;

export const DIRECTIONS = [
  'northwestern', 'northeastern', 'southwestern', 'southeastern', 'northern', 'southern', 'eastern', 'western', 'central',
  'north-western', 'north-eastern', 'south-western', 'south-eastern', 'northwest', 'northeast', 'southwest', 'southeast',
];

/** Fold keys (see keys.ts) of capitalised words that are never places here: days, months, titles, bodies. */
export const NOT_PLACES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'president', 'minister', 'ministry',
  'government', 'army', 'police', 'reuters', 'ap', 'afp', 'the', 'west', 'east', 'north', 'south', 'region', 'state',
  'defense', 'defence', 'security', 'council', 'parliament', 'congress', 'islamic', 'observatory', 'human', 'rights',
  'god', 'allah', 'christmas', 'ramadan', 'eid', 'easter', 'twitter', 'facebook', 'telegram', 'internet', 'new', 'old',
  'general', 'major', 'colonel', 'captain', 'lieutenant', 'sergeant', 'officer', 'prime', 'foreign', 'interior',
  'secretary', 'spokesman', 'union', 'nations', 'united', 'league', 'front', 'party', 'movement', 'forces', 'force',
  'brigade', 'battalion', 'division', 'command', 'agency', 'news', 'press', 'times', 'post', 'daily', 'tv', 'radio',
  'hospital', 'university', 'school', 'mosque', 'church', 'market', 'street', 'road', 'bridge', 'square', 'park',
  'central', 'northern', 'southern', 'eastern', 'western', 'downtown', 'midtown',
  // regions larger than a country, which no location precision here names
  'southamerica', 'northamerica', 'latinamerica', 'centralamerica', 'middleeast', 'mideast', 'neareast', 'fareast',
  'southeastasia', 'centralasia', 'southasia', 'eastasia', 'westafrica', 'eastafrica', 'northafrica', 'southernafrica',
  'centralafrica', 'hornofafrica', 'sahel', 'easterneurope', 'westerneurope', 'centraleurope', 'europe', 'asia', 'africa',
  'balkans', 'caucasus', 'gulf', 'persiangulf', 'arabworld', 'levant',
]);

/** Capitalised words a place name may be followed by and that are not part of it: "in Aleppo Friday". */
export const TRAILING_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
