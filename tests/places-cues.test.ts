// Places a terse report gives with no country (issue 10): the war of a named armed group says which of a name's
// places is meant, a town that is the only one of its name stands on its own (its size unknown to GeoNames too), a
// district is found when no town has the name, a sentence may open with "In X,", where a rocket was fired from is
// not where it struck, and the nationality of people abroad is no event's country. Our own sentences.
import { eventsOf } from './helpers/extract.js';
import { THEATRES } from '../src/lexicon/theatres.js';
import { NAMED_ACTORS } from '../src/lexicon/actors.js';
import { countries } from '../src/lexicon/countries.js';

const placeOf = (text: string) => {
  const e = eventsOf(text).find((x) => x.type === 'attack' || x.type === 'casualties');
  return e?.location ? `${e.location.name}/${e.location.country}/${e.location.precision}` : null;
};

describe('an armed group named in the story says which place of a name it is', () => {
  test.each([
    // Tadmur (Syria) has namesakes in the US and Australia; Islamic State fights in Syria and Iraq
    ['Islamic State fighters attacked an army checkpoint outside Palmyra, killing six soldiers.', 'Tadmur/SY/town'],
    // a northern Israeli town, written with the English spelling
    ['Hezbollah fired a barrage of rockets at Kiryat Shmona on Tuesday, wounding three people.', 'Kiryat Shmona/IL/town'],
    // the Saudi-led coalition's war is Yemen's: the province's variant spelling is read there
    ['Saudi-led airstrikes hit a fuel station in Saada province, killing nine civilians.', "Sa'dah/YE/admin1"],
  ])('%s', (text, expected) => {
    expect(placeOf(text)).toBe(expected);
  });

  test('a group with no theatre gives no small namesake (al-Qaeda fights on three continents)', () => {
    expect(placeOf('Al-Qaeda gunmen attacked a convoy near Palmyra, killing two guards.') ?? '').not.toMatch(/\/(?:US|AU)\//);
  });
});

describe('a place with no rival name stands without a country', () => {
  test.each([
    // one place on earth of the name, its population unknown to GeoNames
    ['Insurgents raided Macomia at dawn, killing four soldiers.', 'Macomia/MZ/town'],
    // all the places of the name are in one country, the largest five times the next
    ['A missile struck a market in Kostiantynivka, killing seven shoppers.', 'Kostiantynivka/UA/town'],
    // no town of the name anywhere: the district of it
    ['Gunmen killed three herders near Karimama on Sunday.', 'Karimama/BJ/admin2'],
    ['Rebels ambushed a police patrol in Northern Samar, killing two officers.', 'Province of Northern Samar/PH/admin2'],
  ])('%s', (text, expected) => {
    expect(placeOf(text)).toBe(expected);
  });

  test.each([
    // a district of another country than the story's is no answer ("Nasir" is a district of Egypt, the story is from Juba)
    'JUBA, June 3 (Reuters) - Armed youths attacked a barge near Nasir, killing two crew members.',
    // a direction word is no district, even where one country has a district of that name
    'Gunmen killed two guards in North-West on Monday.',
  ])('not that district: %s', (text) => {
    expect(placeOf(text) ?? '').not.toMatch(/\/(?:EG|VI)\//);
  });
});

describe('a sentence may open with its place', () => {
  test.each([
    ['In Saraqib, a drone strike killed two soldiers on Monday.', 'Saraqib/SY/town'],
    ['Near Beni, suspected ADF rebels killed 11 villagers overnight.', 'Beni/CD/town'],
  ])('%s', (text, expected) => {
    expect(placeOf(text)).toBe(expected);
  });

  test.each([
    // title case is no sentence start: "In Capital" is no cue, so no namesake of "Capital" is looked for
    ['Blasts Kill 12 In Capital As Troops Hunt Gunmen', 'Capitola'],
  ])('a headline\'s title case is no cue: %s', (text, never) => {
    expect(placeOf(text) ?? '').not.toContain(never);
  });
});

describe('where a rocket was fired from is not where it struck', () => {
  test.each([
    ['Rockets fired from Gaza hit Sderot on Sunday, wounding a teenager.', 'Sderot/IL/town'],
    ['A drone launched from Yemen struck Eilat, wounding two people.', 'Eilat/IL/town'],
  ])('%s', (text, expected) => {
    expect(placeOf(text)).toBe(expected);
  });
});

describe('the nationality of people abroad is no event country', () => {
  test.each([
    'Two Chinese engineers were kidnapped and their guard was shot dead.',
    'British aid workers were wounded when gunmen opened fire on their convoy.',
    'Gunmen attacked a hotel, killing three German tourists.',
  ])('no country: %s', (text) => {
    expect(placeOf(text)).toBeNull();
  });

  test.each([
    // locals named by their nationality are at home in the story
    ['Gunmen killed six Nigerian villagers in an overnight raid.', 'Nigeria/NG/country'],
    ['Egyptian police opened fire on protesters, killing two.', 'Egypt/EG/country'],
  ])('still the country: %s', (text, expected) => {
    expect(placeOf(text)).toBe(expected);
  });
});

describe('names and words that are no place of the event', () => {
  test.each([
    // "US" before a noun is a nationality, as "U.S." is: the town decides
    ['US aircraft struck a weapons depot near Manbij, killing four militiamen.', 'Manbij/SY/town'],
    // a town known only by an alternate name of one town of some size ("Las Anod" for Laascaanood)
    ['Fighting between clan militias in Las Anod killed 12 people.', 'Laascaanood/SO/town'],
    ['Airstrikes near Abu Kamal killed nine militiamen.', 'Albu Kamal/SY/town'],
    // a region that is no division, named as news names it
    ['Separatist rebels ambushed an army patrol in Casamance, killing two soldiers.', 'Casamance/SN/region'],
  ])('%s', (text, expected) => {
    expect(placeOf(text)).toBe(expected);
  });

  test.each([
    'US aircraft struck a convoy, killing four militiamen.',
    'A bomb hit a bus carrying Air India cabin crew, wounding three.',
    'Gunmen robbed a branch of the Bank of Cyprus and shot a guard dead.',
  ])('no country: %s', (text) => {
    expect(placeOf(text)).toBeNull();
  });

  test('"in the US" is a place', () => {
    expect(placeOf('Protesters clashed with police in the US, injuring five.')).toBe('United States/US/country');
  });
});

describe('the theatres lexicon', () => {
  test('every group is a named actor or has names of its own, and fights in real countries', () => {
    const named = new Set(NAMED_ACTORS.map((a) => a.name));
    expect(THEATRES.filter((t) => !t.names && !named.has(t.group)).map((t) => t.group)).toEqual([]);
    expect(THEATRES.flatMap((t) => t.countries).filter((c) => !countries().byCode.has(c))).toEqual([]);
    expect(THEATRES.filter((t) => !t.reason || !t.countries.length).map((t) => t.group)).toEqual([]);
  });
});
