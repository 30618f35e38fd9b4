// Places: phrases as news writes them, resolved offline; ambiguous names by the article's context; non-places.
import { buildPlaceContext, countryOf, locateEvent, resolvePlaceName } from '../src/places/index.js';

const SYRIA = buildPlaceContext('Syrian government forces and Turkish troops clashed in Syria.');

function place(sentence: string, ctxText = 'Syria and Turkey.'): ReturnType<typeof locateEvent> {
  return locateEvent(sentence, 0, sentence.length, 0, buildPlaceContext(ctxText));
}

const PHRASES: [sentence: string, name: string, country: string, precision: string, admin1: string][] = [
  ['Drone strikes close to Saraqeb killed nine soldiers.', 'Saraqib', 'SY', 'town', 'Idlib'],
  ['Clashes near the government-held town of Saraqib.', 'Saraqib', 'SY', 'town', 'Idlib'],
  ['Shelling hit villages in Idleb province.', 'Idlib', 'SY', 'admin1', 'Idlib'],
  ['A car bomb exploded in Deir ez-Zor.', 'Deir ez-Zor', 'SY', 'town', ''],
  ['Airstrikes on Maarat al-Numan killed six.', 'Ma‘arrat an Nu‘mān', 'SY', 'town', 'Idlib'],
  ['Fighting raged in northwestern Syria.', 'Syria', 'SY', 'region', ''],
  ['Rockets fell on the outskirts of Aleppo.', 'Aleppo', 'SY', 'town', 'Aleppo'],
];

describe('place phrases', () => {
  test.each(PHRASES)('%s', (sentence, name, country, precision, admin1) => {
    const loc = place(sentence);
    expect(loc).toMatchObject({ name, country, precision });
    if (admin1) expect(loc?.admin1).toBe(admin1);
    expect(typeof loc?.lat).toBe('number');
    expect(sentence).toContain(loc!.text);
  });
});

describe('which place of a shared name', () => {
  test('Palmyra is the Syrian town in a Syrian story (our alias table)', () => {
    expect(resolvePlaceName('Palmyra', SYRIA)).toMatchObject({ name: 'Tadmur', country: 'SY' });
  });
  test('Jericho: the West Bank town in a Palestinian story, the US one beside its state', () => {
    expect(resolvePlaceName('Jericho', buildPlaceContext('Palestinian officials in the West Bank said.'))).toMatchObject({ country: 'PS' });
    expect(resolvePlaceName('Jericho, Vermont', buildPlaceContext('A story.'))).toBeNull();
  });
  test('Moscow is the Russian capital, not a US town of that name', () => {
    expect(resolvePlaceName('Moscow', buildPlaceContext('A story.'))).toMatchObject({ country: 'RU', precision: 'town' });
    expect(resolvePlaceName('Moscow', buildPlaceContext('Idaho farmers said.'))).toMatchObject({ country: 'RU' });
  });
  test('Tripoli is the Lebanese port in a Lebanese story, whatever the capital of Libya', () => {
    const s = 'Shells crashed into Tripoli, the north Lebanese port, on Sunday.';
    expect(locateEvent(s, 0, s.length, 0, buildPlaceContext(s))).toMatchObject({ name: 'Tripoli', country: 'LB' });
  });
  test('Basra in an Iraqi story is the Iraqi city (spelled Basrah in GeoNames), not the Pakistani town', () => {
    const s = 'A bomb killed three servicemen outside the Iraqi city of Basra.';
    expect(locateEvent(s, 0, s.length, 0, buildPlaceContext(s))).toMatchObject({ country: 'IQ' });
  });
  test('West Bank is a name, not a direction and a bank', () => {
    expect(place('Soldiers raided a camp in the West Bank.')).toMatchObject({ country: 'PS' });
  });
  test('Jordan in a sentence is the country', () => {
    expect(place('He met the king in Jordan on Monday.')).toMatchObject({ country: 'JO', precision: 'country' });
  });
  test('a meeting goes where the leader travels; an attack is not put there', () => {
    const s = 'Erdogan is scheduled to depart for Moscow for talks with Putin.';
    expect(locateEvent(s, 0, s.length, s.indexOf('depart'), SYRIA, { after: 80 })).toMatchObject({ name: 'Moscow', country: 'RU' });
    expect(locateEvent(s, 0, s.length, 0, SYRIA)).toBeNull();
  });
  test('the dateline city', () => {
    expect(buildPlaceContext('KABUL, March 3 (Reuters) - A bomb exploded.').dateline).toMatchObject({ country: 'AF', name: 'Kabul' });
  });
});

describe('not places', () => {
  test.each([
    'Putin said the talks would go on.', 'The West condemned the attack.', 'The attack shook the region.',
    'Officials met on Wednesday.', 'President Erdogan spoke.', 'A bomb exploded in Columbia.',
  ])('%s', (sentence) => {
    expect(place(sentence, 'A story about nothing in particular.')).toBeNull();
  });
  test('a person is no country, a demonym is', () => {
    expect(countryOf('Putin')).toBeNull();
    expect(countryOf('Turkish')).toMatchObject({ code: 'TR' });
    expect(countryOf('Turkey')).toMatchObject({ code: 'TR' });
    expect(countryOf("Russia's")).toMatchObject({ code: 'RU' });
  });
});
