// Places: the hierarchy written after a name ("Town (District, Province)", "Town, District, Province", "X district
// of Y province"), the finest level it resolves when the town is unknown, regions that are no division (Darfur,
// Kashmir, Gaza Strip...), and exact names over variant spellings. Sentences are our own; each is its own article.
import { buildPlaceContext, locateEvent, resolvePlaceName } from '../src/places/index.js';
import { foldKey } from '../src/lexicon/keys.js';
import type { EventLocation } from '../src/schema/event.js';

/** The place of an event told by the sentence, the sentence being the whole article. */
function place(sentence: string): EventLocation | null {
  return locateEvent(sentence, 0, sentence.length, 0, buildPlaceContext(sentence));
}

/** Names compared folded (diacritics, case, "al-"), any of the spellings given. */
const sameName = (got: string | undefined, want: string[]) => !!got && want.map(foldKey).includes(foldKey(got));

// [sentence, name (any of, "|"-separated), admin1, country, precision, admin2 ('' = not checked)]
type Row = [string, string, string | null, string | null, string, string];

const CHAINS: Row[] = [
  ['Gunmen raided Damboa town (Damboa LGA, Borno State) before dawn.', 'Damboa', 'Borno State', 'NG', 'town', 'Damboa'],
  ['A suicide bomber struck a mosque in Konduga, Konduga LGA, Borno State.', 'Konduga', 'Borno State', 'NG', 'town', ''],
  ['Soldiers clashed with militants in Gudumbali village, Guzamala LGA, Borno State.', 'Gudumbali', 'Borno State', 'NG', 'town', 'Guzamala'],
  ['Shells landed on Khan Shaykhun, Idlib, wounding a child.', 'Khan Shaykhun', 'Idlib', 'SY', 'town', ''],
  ['Jets bombed Ariha (Ariha district, Idlib governorate) at night.', 'Ariha', 'Idlib', 'SY', 'town', ''],
  ['Militants ambushed a patrol near Mayadin, Deir ez-Zor.', 'Al Mayadin|Mayadin', 'Deir ez-Zor', 'SY', 'town', ''],
  ['Regime forces shelled Kafr Zita, Hama.', 'Kafr Zita|Kafr Zayta', 'Hama', 'SY', 'town', ''],
  ['A drone struck Kafr Zita (Muhradah district, Hama governorate).', 'Kafr Zita|Kafr Zayta', 'Hama', 'SY', 'town', ''],
  ['An IED hit a police car in Sangin, Helmand.', 'Sangin', 'Helmand', 'AF', 'town', ''],
  ['A clash erupted in Spin Boldak (Spin Boldak district, Kandahar province).', 'Spin Boldak', 'Kandahar', 'AF', 'town', ''],
  ['Mortar rounds hit Beledweyne, Hiiraan region.', 'Beledweyne|Belet Weyne', 'Hiiraan', 'SO', 'town', ''],
  ['Fighters seized Baidoa, Bay region.', 'Baidoa', 'Bay', 'SO', 'town', ''],
  ['Fighters attacked Jowhar, Middle Shabelle.', 'Jowhar|Jawhar', 'Middle Shabele', 'SO', 'town', ''],
  ['A bomb exploded in Afgoye, Lower Shabelle.', 'Afgoye|Afgooye', 'Lower Shabeelle', 'SO', 'town', ''],
  ['Fano militias attacked Gondar, Amhara region.', 'Gondar', 'Amhara', 'ET', 'town', ''],
  ['A blast hit a bus in Khuzdar, Balochistan.', 'Khuzdar', 'Balochistan', 'PK', 'town', ''],
  ['Militants attacked a post in Miranshah, North Waziristan district, Khyber Pakhtunkhwa.', 'Miran Shah|Miranshah', 'Khyber Pakhtunkhwa', 'PK', 'town', ''],
  ['Police were attacked in Quetta, Pakistan.', 'Quetta', 'Balochistan', 'PK', 'town', ''],
  ['Fighting erupted in Myawaddy, Kayin State.', 'Myawaddy', 'Kayin State', 'MM', 'town', ''],
  ['Rebels attacked Kidal, Mali.', 'Kidal', 'Kidal', 'ML', 'town', ''],
  ['Clashes broke out in El Geneina, West Darfur.', 'Geneina|El Geneina', 'Western Darfur', 'SD', 'town', ''],
  ['RSF fighters looted Nyala, South Darfur state.', 'Nyala', 'Southern Darfur', 'SD', 'town', ''],
  ['Drone strikes hit Kramatorsk, Donetsk oblast.', 'Kramatorsk', 'Donetsk', 'UA', 'town', ''],
  ['Shelling hit Nikopol, Dnipropetrovsk region.', 'Nikopol', 'Dnipropetrovsk', 'UA', 'town', ''],
  ['Attackers stormed a base in Sheikh Zuweid, North Sinai governorate.', 'Sheikh Zuweid|Ash Shaykh Zuwayd', 'North Sinai', 'EG', 'town', ''],
  ['Rebels attacked Bambari, Ouaka prefecture.', 'Bambari', 'Ouaka', 'CF', 'town', ''],
  ['Gang members burned houses in Croix-des-Bouquets, Ouest department.', 'Croix-des-Bouquets', 'Ouest', 'HT', 'town', ''],
  ['Insurgents raided Mocimboa da Praia, Cabo Delgado province.', 'Mocimboa da Praia', 'Cabo Delgado Province', 'MZ', 'town', ''],
  ['Separatists attacked Bamenda, North-West region.', 'Bamenda', 'North-West', 'CM', 'town', ''],
  ['Gunmen shot a trader in Ciudad Juarez, Chihuahua.', 'Ciudad Juarez', 'Chihuahua', 'MX', 'town', ''],
  ['Gunmen killed four people in Bannu village, Bannu district.', 'Bannu', 'Khyber Pakhtunkhwa', 'PK', 'town', ''],
  ['A blast hit a market in Kabul, Taliban officials said.', 'Kabul', 'Kabul', 'AF', 'town', ''],
  // districts: asked for by their word, or the finest level when the town is unknown
  ['Taliban fighters captured Musa Qala district of Helmand province.', 'Musa Qala|Musa Qalah', 'Helmand', 'AF', 'admin2', ''],
  ['Troops killed a rebel in Kupwara district of Jammu and Kashmir.', 'Kupwara', 'Jammu and Kashmir', 'IN', 'admin2', 'Kupwara'],
  ['Maoists ambushed a patrol in Sukma district, Chhattisgarh.', 'Sukma', 'Chhattisgarh', 'IN', 'admin2', 'Sukma'],
  ['Bandits killed 12 villagers in Zurmi LGA, Zamfara State.', 'Zurmi', 'Zamfara State', 'NG', 'admin2', 'Zurmi'],
  ['CODECO militia raided Djugu territory, Ituri province.', 'Djugu', 'Ituri', 'CD', 'admin2', 'Djugu'],
  ["Gunmen killed two farmers in Helmand's Nad Ali district.", "Nad Ali|Nad 'Ali", 'Helmand', 'AF', 'admin2', ''],
  ["Troops shelled militants in Idlib's Jisr al-Shughur district.", 'Jisr al-Shughur|Jisr al-Shughur District', 'Idlib', 'SY', 'admin2', ''],
  ['Gunmen raided Zanguvelo village (Damboa LGA, Borno State).', 'Damboa', 'Borno State', 'NG', 'admin2', 'Damboa'],
  ['ADF fighters killed villagers in Zanguvelo, Beni territory, North Kivu.', 'Beni', 'North Kivu', 'CD', 'admin2', 'Beni'],
  // first-level divisions when the town is unknown
  ['Houses burned in Qarbelak, Chin State.', 'Chin State', 'Chin State', 'MM', 'admin1', ''],
  ['Bandits kidnapped farmers in Tsohon Zurvaki, Kaduna State.', 'Kaduna State', 'Kaduna State', 'NG', 'admin1', ''],
  ['Mortars fell on Qarvelo, Tigray region.', 'Tigray', 'Tigray', 'ET', 'admin1', ''],
  ['Clashes were fought in Zanguvelo district of Ghazni province.', 'Ghazni', 'Ghazni', 'AF', 'admin1', ''],
  ['Rebels overran a post in Zanguvelo township, Rakhine State.', 'Rakhine', 'Rakhine', 'MM', 'admin1', ''],
  // a list: the first name on its own, in the country of the others
  ['Clashes erupted in Raqqa, Hasakah and Deir ez-Zor.', 'Raqqa', 'Raqqa', 'SY', 'town', ''],
];

describe('a name and its hierarchy', () => {
  test.each(CHAINS)('%s', (sentence, names, admin1, country, precision, admin2) => {
    const loc = place(sentence);
    expect(loc).toMatchObject({ admin1, country, precision });
    expect(sameName(loc?.name, names.split('|'))).toBe(true);
    if (admin2) expect(loc?.admin2).toBe(admin2);
    expect(typeof loc?.lat).toBe('number');
  });
});

const REGIONS: Row[] = [
  ['Clashes in Darfur killed nine herders.', 'Darfur', null, 'SD', 'region', ''],
  ['Fighting continued in the Donbass region.', 'Donbas', null, 'UA', 'region', ''],
  ['Militants attacked a checkpoint in northern Sinai.', 'Sinai', null, 'EG', 'region', ''],
  ['Settlers attacked a village in the West Bank.', 'West Bank', 'West Bank', 'PS', 'region', ''],
  ['Airstrikes hit targets in Gaza overnight.', 'Gaza Strip', 'Gaza Strip', 'PS', 'region', ''],
  // a region of several countries: the one the article names, else none
  ['Indian troops killed two militants in Kashmir.', 'Kashmir', null, 'IN', 'region', ''],
  ['Pakistani troops clashed with militants in Kashmir.', 'Kashmir', null, 'PK', 'region', ''],
  ['Clashes in Kashmir killed two.', 'Kashmir', null, null, 'region', ''],
  ['Malian soldiers were ambushed in the Sahel.', 'Sahel', null, 'ML', 'region', ''],
  ['Jihadists attacked a convoy in the Sahel.', 'Sahel', null, null, 'region', ''],
  ['Shelling killed three in Kurdistan.', 'Kurdistan', null, null, 'region', ''],
  ['Turkish drones struck targets in Iraqi Kurdistan.', 'Kurdistan Region', null, 'IQ', 'region', ''],
  // "Gaza City" is the town
  ['Airstrikes hit Gaza City overnight.', 'Gaza', 'Gaza Strip', 'PS', 'town', ''],
  ['Shells struck a school in Gaza City on Monday.', 'Gaza', 'Gaza Strip', 'PS', 'town', ''],
];

describe('regions that are no division', () => {
  test.each(REGIONS)('%s', (sentence, names, admin1, country, precision) => {
    const loc = place(sentence);
    expect(loc).toMatchObject({ admin1, country, precision });
    expect(sameName(loc?.name, names.split('|'))).toBe(true);
  });
});

// [phrase, article, name, country, precision]: an exact name beats a variant spelling elsewhere
const EXACT: [string, string, string, string, string][] = [
  ['Hanoi', 'A man stabbed two officers on Friday.', 'Hanoi', 'VN', 'town'],
  ['Sarmin town (Idleb district, Idleb governorate)', 'Shelling wounded four.', 'Sarmin', 'SY', 'town'],
  ['Sarmin, Idlib', 'Shelling wounded four.', 'Sarmin', 'SY', 'town'],
];

describe('an exact name over a variant spelling', () => {
  test.each(EXACT)('%s in "%s"', (phrase, article, name, country, precision) => {
    expect(resolvePlaceName(phrase, buildPlaceContext(article))).toMatchObject({ name, country, precision });
  });
  test('"Sarmin" with no context is no Sherman, Texas; read loosely (a dateline) it is the Syrian town', () => {
    // (the only place of that exact name: the Syrian town, whose size GeoNames does not give)
    expect(resolvePlaceName('Sarmin', buildPlaceContext('A story.'))?.country ?? null).not.toBe('US');
    expect(resolvePlaceName('Sarmin', buildPlaceContext('A story.'), true)).toMatchObject({ country: 'SY' });
  });
});

// [phrase as resolved, name (any of, "|"-separated), admin1, country, precision]: links read right to left
const PHRASES: [string, string, string | null, string, string][] = [
  ['Turbat, Kech district, Balochistan', 'Turbat', 'Balochistan', 'PK', 'town'],
  ['Zanguvelo, Kech district, Balochistan', 'Kech|Kech District', 'Balochistan', 'PK', 'admin2'],
  ['Zanguvelo, Balochistan', 'Balochistan', 'Balochistan', 'PK', 'admin1'],
  // a district the data lacks in a province written out: the province (issue 10: the finest level resolved)
  ['Zanguvelo, Vestmark district, Balochistan', 'Balochistan', 'Balochistan', 'PK', 'admin1'],
  ['Zanguvelo, Pakistan', 'Pakistan', null, 'PK', 'country'],
  ['Afghanistan, Pakistan', 'Afghanistan', null, 'AF', 'country'],
  ['Nyala, Darfur', 'Nyala', 'Southern Darfur', 'SD', 'town'],
];

describe('the links of a chain', () => {
  test.each(PHRASES)('%s', (phrase, name, admin1, country, precision) => {
    const loc = resolvePlaceName(phrase, buildPlaceContext('A story.'));
    expect(loc).toMatchObject({ admin1, country, precision, text: phrase });
    expect(sameName(loc?.name, name.split('|'))).toBe(true);
  });
});

// a chain whose widest link does not resolve, or resolves only as a variant spelling, gives no place (never a
// variant of its name elsewhere)
const VOID = ['Kuriga, Chikun LGA, Vestmark State', 'Tarvelo (Qarlov district, Nowhereland province)'];

describe('no invented place', () => {
  test.each(VOID)('%s', (phrase) => {
    expect(resolvePlaceName(phrase, buildPlaceContext('A story.'))).toBeNull();
  });
  // sentences with no place (names of people, teams, bodies; unknown names), or none of these
  test.each([
    ['Shelling hit Zorbania, Qarlov district, Vestmark province.', null],
    // an unknown name with a province after it and no cue is no place ("Qarlov, Idlib" might be a list)
    ['Families left Qarlov, Idlib.', null],
    ['Michael, Patrick and Andrew attended the funeral.', null],
    ['The Justice Department, Treasury and Commerce Department issued a statement.', null],
    ['Manchester United beat Chelsea, Arsenal lost.', null],
    ['Delta, United and American cancelled flights.', null],
    ['Human Rights Watch, Amnesty International and the Red Cross condemned the attack.', null],
    ['Coach Dale Brennan, Ohio State, praised the defence.', null],
  ])('%s', (sentence, want) => {
    expect(place(sentence)).toBe(want);
  });
  test('after a cue, an unknown town in a province written out is in the province', () => {
    expect(place('Shelling hit Qarlov, Idlib.')).toMatchObject({ name: 'Idlib', country: 'SY', precision: 'admin1' });
  });
  test.each([
    // a list of countries is no town of the last
    ['Envoys from Korea, Japan and China met on Monday.', 'JP', 'town'],
    // a dateline inside the text is where the story was filed, not a place of the event
    ['CANBERRA, Australia (AP) - An engineer was abducted, diplomats said.', 'AU', 'town'],
    // a possessive starts another phrase: "Mosul, Virginia's senator" is in no American state
    ["Militants stormed a hotel in Mosul, Virginia's senator told reporters.", 'US', 'admin1'],
  ])('%s is not %s at %s precision', (sentence, country, precision) => {
    const loc = place(sentence);
    expect(loc?.country === country && loc?.precision === precision).toBe(false);
  });
  test("a township of the chain's division is never a namesake town of another division (Pauk Taw, Yangon)", () => {
    expect(place('Militia fighters torched houses in Pauktaw township, Rakhine State.')).toMatchObject({ admin1: 'Rakhine', country: 'MM' });
  });
});
