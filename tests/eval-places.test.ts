import {
  codeToAlpha2, corePlace, countriesNamedIn, loadGazetteer, normPlace, placeNamesMatch, resolvePlaceCountry,
} from '../src/eval/places.js';
import { tinyGazetteer } from './eval-helpers.js';

const g = tinyGazetteer();

test('normPlace and corePlace', () => {
  expect(normPlace('  Ma‘arrat al-Nu‘mān ')).toBe('ma arrat al nu man');
  expect(corePlace('province of Herat')).toBe('herat');
  expect(corePlace('the town of Rafah')).toBe('rafah');
  expect(corePlace('Jaffna peninsula')).toBe('jaffna');
  expect(corePlace('province')).toBe('province');
});

test('codes: alpha-3 and CAMEO to alpha-2, non-country codes to null', () => {
  expect(codeToAlpha2(g, 'BBB')).toBe('BB');
  expect(codeToAlpha2(g, 'IGO')).toBeNull();
  expect(codeToAlpha2(g, null)).toBeNull();
  const real = loadGazetteer();
  expect(codeToAlpha2(real, 'SYR')).toBe('SY');
  expect(codeToAlpha2(real, 'JAP')).toBe('JP');
  expect(codeToAlpha2(real, 'VTN')).toBe('VN');
});

describe('resolvePlaceCountry', () => {
  test.each([
    ['Karpania', new Set<string>(), 'CC'],            // alt spelling of a country
    ['Kingdom of Borduria', new Set<string>(), 'BB'],
    ['Riverton', new Set<string>(), 'CC'],            // a town only one country has
    ['Northshire', new Set<string>(), 'CC'],          // a region, "Province" dropped
    ['Dunmore', new Set(['CC']), 'CC'],               // shared name, the context decides
    ['Dunmore', new Set<string>(), null],             // shared name, nothing decides
    ['Dunmore', new Set(['AA', 'CC']), null],
    ['Springfield', new Set<string>(), 'BB'],         // shared, but the capital of one
    ['Springfield', new Set(['AA']), null],           // context and capital disagree: unresolved
    ['Hilltop', new Set(['CC']), null],               // context and region disagree
    ['Atlantis', new Set(['AA']), null],
  ])('%s %p → %s', (name, ctx, want) => expect(resolvePlaceCountry(g, name, ctx)).toBe(want));

  test('real gazetteer: towns, regions and country names', () => {
    const real = loadGazetteer();
    expect(resolvePlaceCountry(real, 'Kabul')).toBe('AF');
    expect(resolvePlaceCountry(real, 'Britain')).toBe('GB');
    expect(resolvePlaceCountry(real, 'Helmand Province')).toBe('AF');
    expect(resolvePlaceCountry(real, 'town of Rafah', new Set(['PS']))).toBe('PS');
  });
});

test('countriesNamedIn finds names and demonyms, whole words only', () => {
  expect([...countriesNamedIn(g, 'Alandic troops entered Carpania; Bordurians stayed.')].sort()).toEqual(['AA', 'CC']);
});

test.each([
  ['Jaffna peninsula', ['Jaffna'], true],
  ['province of Herat', [null, 'Herat'], true],
  ['Kirkuk', ['Kirkuk city'], true],
  ['Basra', ['Baghdad'], false],
  ['Aland', ['Republic of Aland'], true],
  ['Aland', ['Borduria'], false],
  ['Basra', [], false],
])('placeNamesMatch %s %p', (gold, ours, want) => expect(placeNamesMatch(g, gold, ours)).toBe(want));
