// Where an armed group fights: the countries of its war, as an analyst knows them. A story that names the group
// ("Hezbollah fired rockets at ...", "New People's Army rebels ambushed ...") is set in one of them, so a place name
// the story gives with no country ("Kiryat Shmona", "Palmyra") is looked for there first (src/places/context.ts,
// src/places/rank.ts). A theatre never makes an event's country on its own: it only says which of a name's places
// the story means, or lets a small place that is the only one of its name stand.
// `group`: a name in src/lexicon/actors.ts NAMED_ACTORS, whose aliases are used, or a group of its own with its
// `names` (lower case, as written). Groups that fight in many regions (al-Qaeda, Wagner) have no entry.
import { NAMED_ACTORS } from './actors.js';

interface Theatre { group: string; names?: string[]; countries: string[]; reason: string }

export const THEATRES: Theatre[] = [
  { group: 'Islamic State', countries: ['SY', 'IQ'], reason: 'caliphate-core' },
  { group: 'Islamic State West Africa Province', countries: ['NG', 'NE', 'CM', 'TD'], reason: 'lake-chad-basin' },
  { group: 'Boko Haram', countries: ['NG', 'NE', 'CM', 'TD'], reason: 'lake-chad-basin' },
  { group: 'Islamic State Khorasan Province', countries: ['AF', 'PK'], reason: 'khorasan' },
  { group: 'Islamic State Sahel Province', countries: ['ML', 'NE', 'BF'], reason: 'central-sahel' },
  { group: 'JNIM', countries: ['ML', 'BF', 'NE', 'BJ', 'TG'], reason: 'central-sahel' },
  { group: 'al-Shabaab', countries: ['SO', 'KE'], reason: 'horn-of-africa' },
  { group: 'Taliban', countries: ['AF', 'PK'], reason: 'af-pak' },
  { group: 'Hayat Tahrir al-Sham', countries: ['SY'], reason: 'northwest-syria' },
  { group: 'Houthis', countries: ['YE', 'SA'], reason: 'yemen-war' },
  { group: 'Hezbollah', countries: ['LB', 'IL', 'SY'], reason: 'israel-lebanon-front' },
  { group: 'Hamas', countries: ['PS', 'IL'], reason: 'gaza-war' },
  { group: 'Palestinian Islamic Jihad', countries: ['PS', 'IL'], reason: 'gaza-war' },
  { group: 'Israel Defense Forces', countries: ['IL', 'PS', 'LB', 'SY'], reason: 'israel-fronts' },
  { group: 'PKK', countries: ['TR', 'IQ', 'SY'], reason: 'kurdish-insurgency' },
  { group: 'YPG', countries: ['SY'], reason: 'northeast-syria' },
  { group: 'Syrian Democratic Forces', countries: ['SY'], reason: 'northeast-syria' },
  { group: 'Free Syrian Army', countries: ['SY'], reason: 'syrian-war' },
  { group: 'Rapid Support Forces', countries: ['SD'], reason: 'sudan-war' },
  { group: 'Sudanese Armed Forces', countries: ['SD'], reason: 'sudan-war' },
  { group: 'M23', countries: ['CD'], reason: 'eastern-congo' },
  { group: 'ADF', countries: ['CD', 'UG'], reason: 'eastern-congo' },
  { group: 'CODECO', countries: ['CD'], reason: 'eastern-congo' },
  { group: 'Fano', countries: ['ET'], reason: 'amhara-conflict' },
  { group: 'Tigray People\'s Liberation Front', countries: ['ET'], reason: 'tigray-war' },
  { group: 'Arakan Army', countries: ['MM'], reason: 'myanmar-war' },
  { group: 'Kachin Independence Army', countries: ['MM'], reason: 'myanmar-war' },
  { group: 'People\'s Defence Force', countries: ['MM'], reason: 'myanmar-war' },
  { group: 'Tatmadaw', countries: ['MM'], reason: 'myanmar-war' },
  { group: 'Lashkar-e-Taiba', countries: ['IN', 'PK'], reason: 'kashmir' },
  { group: 'Jaish-e-Mohammed', countries: ['IN', 'PK'], reason: 'kashmir' },
  { group: 'Baloch Liberation Army', countries: ['PK'], reason: 'balochistan' },
  { group: 'ELN', countries: ['CO', 'VE'], reason: 'colombian-conflict' },
  { group: 'FARC', countries: ['CO'], reason: 'colombian-conflict' },
  { group: 'New People\'s Army', names: ["new people's army", 'new peoples army'], countries: ['PH'], reason: 'philippine-insurgency' },
  { group: 'Abu Sayyaf', names: ['abu sayyaf'], countries: ['PH'], reason: 'mindanao' },
  { group: 'Ansar al-Sunna', names: ['ansar al-sunna', 'ahlu sunna wal jamaa', 'ahlu sunnah wa-jama'], countries: ['MZ'], reason: 'cabo-delgado' },
  { group: 'Saudi-led coalition', names: ['saudi-led coalition', 'saudi-led forces', 'saudi-led air strikes', 'saudi-led airstrikes'], countries: ['YE'], reason: 'yemen-war' },
  { group: 'Ambazonia separatists', names: ['ambazonia', 'ambazonian', 'amba boys'], countries: ['CM'], reason: 'anglophone-crisis' },
  { group: 'Gangs of Port-au-Prince', names: ['viv ansanm', 'g9 alliance', 'g-pep'], countries: ['HT'], reason: 'haiti-gangs' },
];

/** Each theatre's names as written, lower case: its own, else its named actor's (longer than three letters or of
 *  two words, as the tagger takes them: "is", "let", "jem" are words). */
export const THEATRE_NAMES: { name: string; countries: string[] }[] = THEATRES.flatMap((t) => {
  const names = t.names ?? NAMED_ACTORS.find((a) => a.name === t.group)?.aliases ?? [];
  return names.filter((n) => n.length > 3 || n.includes(' ')).map((name) => ({ name, countries: t.countries }));
});
