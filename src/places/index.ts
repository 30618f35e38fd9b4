// Places: the place of an event, resolved offline to a real place with admin2, admin1, country and coordinates.
// Data: built by scripts/build-gazetteer.mjs into data/, read by ./gazetteer.ts on first use (importing this module
// reads nothing). The words around place names are data in src/lexicon/places.ts and src/lexicon/titles.ts,
// compiled by ./patterns.ts; country names and lookup keys are the lexicon's (src/lexicon/countries.ts, keys.ts).
// One job per file:
//   context.ts    an article's countries, divisions, people, dateline
//   resolve.ts    a place name as written, taken apart                     rank.ts       which same-named place it is
//   mentions.ts   the place phrases of a sentence                          locate.ts     the place of one event
//   fallback.ts   a country-level location when no place is named          locations.ts  locations from gazetteer rows
//   chain.ts      the hierarchy after a name ("Town, District, Province")  divisions.ts  divisions and districts by name
//   regions.ts    regions that are no division (./regions.json: Darfur, Kashmir, Gaza Strip...)
export { buildPlaceContext, type PlaceContext } from './context.js';
export { resolvePlaceName } from './resolve.js';
export { locateEvent } from './locate.js';
export { documentCountry } from './fallback.js';
