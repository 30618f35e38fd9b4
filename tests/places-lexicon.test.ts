// The word lists of the places module (src/lexicon/places.ts, src/lexicon/titles.ts) as the module reads them:
// the one title list (for places and for the tagger), kinds of place and their heads, cues, directions, the
// dateline's place, and the lists' own shape. Sentences are our own.
import { buildPlaceContext, locateEvent, resolvePlaceName } from '../src/places/index.js';
import { gazetteerLoaded } from '../src/places/gazetteer.js';
import { parseDateline } from '../src/resolvers/dateline.js';
import { TITLE_GROUPS } from '../src/lexicon/titles.js';
import { PERSON_TITLES } from '../src/lexicon/actors.js';
import * as PLACE_LISTS from '../src/lexicon/places.js';

// first: nothing above has read the gazetteer (the module compiles its patterns from the lists, and reads no data)
test('importing the places module and its word lists reads no place data', () => {
  expect(gazetteerLoaded()).toBe(false);
});

describe('one title list', () => {
  const everyTitle = TITLE_GROUPS.flatMap((g) => g.words);
  test.each(everyTitle)('"%s Zoran Velic" is a person for the place context', (title) => {
    expect(buildPlaceContext(`${title} Zoran Velic spoke to the crowd.`).persons.has('velic')).toBe(true);
  });

  // [text, a name that must not become a person]: the case-sensitive titles, lower case; no title at all
  const NOT_PERSONS: [string, string][] = [
    ['A major Tartus hospital was hit.', 'tartus'],
    ['Courts in Homs will judge Latakia cases.', 'latakia'],
    ['Families sought justice Friday in Hama.', 'friday'],
    ['Crowds gathered in Aleppo on Sunday.', 'aleppo'],
  ];
  test.each(NOT_PERSONS)('%s: no person "%s"', (text, word) => {
    expect(buildPlaceContext(text).persons.has(word)).toBe(false);
  });

  // [title, whether the case-blind tagger takes it]: the merged entries from both former lists, and the titles
  // that are ordinary words in lower case
  const TAGGER: [string, boolean][] = [
    ['Colonel', true], ['Captain', true], ['Bishop', true], ['Vice President', true], ['Deputy', true],
    ['Sultan', true], ['Chairman', true], ['Secretary of State', true], ['Interior Minister', true], ['spokesman', true],
    ['Major', false], ['Judge', false], ['Justice', false], ['Sen', false], ['Rep', false], ['Gov', false],
  ];
  test.each(TAGGER)('the tagger takes "%s": %s', (title, taken) => {
    expect(PERSON_TITLES.includes(title)).toBe(taken);
    expect(everyTitle.includes(title)).toBe(true);
  });
});

describe('kinds of place, directions and leading words', () => {
  // [phrase as written, name, precision]
  const RESOLVED: [string, string, string][] = [
    ['Idlib province', 'Idlib', 'admin1'],
    ['the province of Idlib', 'Idlib', 'admin1'],
    ["Idlib's countryside", 'Idlib', 'admin1'],
    ['Idlib city', 'Idlib', 'town'],
    ['the city of Idlib', 'Idlib', 'town'],
    ['Idlib', 'Idlib', 'town'],
    ['on the outskirts of Aleppo', 'Aleppo', 'town'],
    ['the besieged town of Saraqeb', 'Saraqib', 'town'],
    ['near the border town of Jarablus', 'Jarabulus', 'town'],
    ['eastern Aleppo', 'Aleppo', 'town'],
    ['northwestern Syria', 'Syria', 'region'],
    ['North Syria', 'Syria', 'region'],
    ['Latakia, Syria', 'Latakia', 'town'],
  ];
  test.each(RESOLVED)('%s → %s (%s)', (phrase, name, precision) => {
    expect(resolvePlaceName(phrase, buildPlaceContext('Syria.'))).toMatchObject({ name, precision, country: 'SY' });
  });

  const NOT_PLACES = ['Middle East', 'the Levant', 'Monday', 'President', 'Turkish', 'Ministry', 'Latin America'];
  test.each(NOT_PLACES)('%s is no place', (phrase) => {
    expect(resolvePlaceName(phrase, buildPlaceContext('Syria and Turkey.'))).toBeNull();
  });
});

describe('cues in a sentence', () => {
  // [sentence, the event's word, name (null: none), country, text as written]
  const LOCATED: [string, string, string | null, string, string][] = [
    ['Shells landed near the port city Latakia overnight.', 'Shells', 'Latakia', 'SY', 'near the port city Latakia'],
    ['Artillery struck a depot north of Aleppo.', 'Artillery', 'Aleppo', 'SY', 'north of Aleppo'],
    ['Gunmen attacked a checkpoint in Homs Friday.', 'Gunmen', 'Homs', 'SY', 'in Homs'],
    ['A convoy left for Damascus after rockets fell in Homs.', 'rockets', 'Homs', 'SY', 'in Homs'],
    ['Residents in Latakia said a drone struck Homs province.', 'drone', 'Homs', 'SY', 'Homs province'],
    ['A rocket hit a car near the border with Jordan.', 'rocket', 'Jordan', 'JO', 'Jordan'],
    // a name after a title is a person's: the country's name is no place here
    ['A rocket hit the car of Minister Jordan Haddad.', 'rocket', null, '', ''],
    ['A rocket hit the car of Major Jordan Haddad.', 'rocket', null, '', ''],
    ['A blast damaged the Red Crescent depot.', 'blast', null, '', ''],
    // the object of an attack word, a part of a town: the place's text is its name, or the part and the name
    ['Rebels shelled Hama overnight.', 'shelled', 'Hama', 'SY', 'Hama'],
    ['A car bomb went off in the centre of Homs.', 'bomb', 'Homs', 'SY', 'centre of Homs'],
    // ... and what such words name that is no place
    ['Gunmen attacked Unicef staff on the road.', 'Gunmen', null, '', ''],
    ['A shell hit the heart of Zorro Street market.', 'shell', null, '', ''],
  ];
  test.each(LOCATED)('%s', (sentence, word, name, country, text) => {
    const loc = locateEvent(sentence, 0, sentence.length, sentence.indexOf(word), buildPlaceContext('Syria.'));
    if (name === null) expect(loc).toBeNull();
    else expect(loc).toMatchObject({ name, text, country });
  });
});

describe('the dateline place, from the one dateline parser', () => {
  const DATELINES: [string, string | null, string | null][] = [
    ['HOMS, May 2 (Reuters) - Shelling resumed.', 'HOMS', 'SY'],
    ['TARTUS, Syria (AP) — Boats left the port.', 'TARTUS, Syria', 'SY'],
    ['DEIR EZ-ZOR - Clashes went on.', 'DEIR EZ-ZOR', 'SY'],
    ['The army said on Monday - without proof - that it won.', null, null],
    ['Shelling resumed in Homs on Monday.', null, null],
  ];
  test.each(DATELINES)('%s', (text, written, country) => {
    const ctx = buildPlaceContext(text, parseDateline(text));
    if (!written) expect(ctx.dateline).toBeNull();
    else expect(ctx.dateline).toMatchObject({ country, text: written, precision: 'town' });
  });
});

describe('the word lists', () => {
  // every list: [name, its entries as { reason, words }]
  const lists = Object.entries(PLACE_LISTS).map(([name, list]) => [
    name, (list as ({ reason: string; words: string[] } | { reason: string; word: string })[]).map((e) => ('word' in e ? { reason: e.reason, words: [e.word] } : e)),
  ] as const);
  lists.push(['TITLE_GROUPS', TITLE_GROUPS]);
  test.each(lists)('%s: each entry has a reason id, no word twice', (_name, entries) => {
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(e.reason).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const all = entries.flatMap((e) => e.words.map((w) => w.toLowerCase()));
    expect(all.filter((w, i) => all.indexOf(w) !== i)).toEqual([]);
  });
  test('a word that stands somewhere says where', () => {
    for (const e of [...PLACE_LISTS.PLACE_KINDS, ...PLACE_LISTS.PLACE_PREPOSITIONS]) expect(e.at.length).toBeGreaterThan(0);
  });
});
