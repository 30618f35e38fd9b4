// Casualty reports, reactions to violence and the senses of meeting and agreement words (issue 9): each keep rule of
// src/refiners/keep/casualties.ts, reactions.ts and senses-talks.ts with texts it must drop and texts whose event
// must stand. Written for this project; the wider tables are tests/precision-negative and precision-positive.
import { eventsOf } from './helpers/extract.js';
import type { Event } from '../src/schema/event.js';

const described = (e: Event) => `${e.type}/${e.subtype}${e.killed ? ` killed=${e.killed.low}` : ''} [${e.rule}]`;

/** Per rule: texts that must yield no event at all. */
const NO_EVENT: [rule: string, texts: string[]][] = [
  ['casualties:disaster-or-accident', [
    'A tornado tore through the town of Dalby on Tuesday, killing six people.',
    'A minibus collided with a fuel tanker near Kumasi, killing 11 passengers.',
    'A landslide buried 40 homes in the hills above Freetown, and 19 bodies have been found.',
    'Dengue has killed 37 people in the province since the rains began, the health ministry said.',
    'An explosion at a steel mill in Jharkhand killed three workers on the night shift.',
    'Hurricane Lorna left 12 people dead on the islands on Monday.',
  ]],
  ['casualties:no-violence', [
    'The Portuguese sprinter Marta Lobo died on Sunday in Lisbon, aged 71.',
    'The veteran goalkeeper Piet Jansen has died at the age of 58.',
  ]],
  ['casualties:zero-only', [
    'No one was hurt when part of the roof of the sports hall in Graz gave way.',
    'No injuries were reported after the lorry shed its load on the motorway near Lyon.',
  ]],
  ['mention:reaction', [
    'Farmers in Punjab protested the shooting of two labourers by a landlord.',
    'Villagers blocked the highway in response to the army raid on Kassala.',
    'Rights groups sought justice for the 12 villagers massacred in Ituri last month.',
    'The opposition complained about the shooting of four activists in Kasese.',
    'Georgia complained to the OSCE on Monday over Russian air strikes near Gori.',
    'Parliament held a minute\'s silence for the nine soldiers killed in the ambush near Gao.',
    'Hundreds of mourners followed the coffin of the journalist shot dead in Culiacan.',
    'Thousands mourn the taxi driver shot dead by soldiers in Bamenda.',
    'The Kurdish party blamed Ankara for the bombing of its office in Van.',
    'Relatives held the police responsible for the shooting of three miners in Marikana.',
  ]],
  ['meeting:not-a-meeting', [
    'The defence minister told a news conference in Ankara that the border was calm.',
    'The Conference Board said its index of leading indicators rose 0.3 percent in March.',
    'Quarterly sales at the brewer met analysts\' expectations.',
    'Meet the Danish engineer who builds boats out of bottles.',
  ]],
  ['agreement:law-signing', [
    'President Tinubu signed the electricity bill into law in Abuja on Friday.',
    'The Chilean president signed a measure raising the minimum wage on Monday.',
    'Drivers will pay a new fuel levy under legislation signed on Tuesday by the Ohio governor.',
  ]],
  ['agreement:existing-agreement', [
    'UN peacekeepers monitor the fragile truce along the border between the two Sudans.',
    'Both Azerbaijan and Armenia said the other side had violated the ceasefire overnight.',
  ]],
];

/** Per rule: texts near its words that must still yield an event of this type. */
const STANDS: [rule: string, text: string, type: string][] = [
  ['casualties:disaster-or-accident', 'A bomb planted at the entrance of a coal mine in Balochistan killed four miners.', 'attack'],
  ['casualties:disaster-or-accident', 'Witnesses said the blast at the market in Quetta felt like an earthquake; 14 shoppers were killed.', 'attack'],
  ['casualties:disaster-or-accident', 'An army helicopter crashed near Gao after it was hit by a rebel missile, killing six soldiers.', 'attack'],
  ['casualties:disaster-or-accident', 'Police in Cali said the blast that killed four people was no accident.', 'attack'],
  ['casualties:disaster-or-accident', 'An explosion at a checkpoint near the mine killed four people.', 'attack'],
  ['casualties:no-violence', 'Two people died during rioting in Conakry on Monday.', 'casualties'],
  ['casualties:no-violence', 'Three people were killed in Kismayo on Tuesday, residents said.', 'casualties'],
  ['casualties:zero-only', 'A rocket hit a school in Sderot on Friday; no one was hurt.', 'attack'],
  ['mention:reaction', 'Gunmen opened fire on a vigil in Karachi, killing three mourners.', 'attack'],
  ['mention:reaction', 'Hundreds of mourners were killed when a bomb hit the funeral in Baquba.', 'attack'],
  ['mention:reaction', 'A grenade exploded at a party rally in Dhaka on Sunday, wounding 20 people.', 'attack'],
  ['mention:reaction', 'Gunmen killed nine villagers in Zamfara on Monday. Hundreds marched in Gusau on Tuesday to protest the killings.', 'attack'],
  ['mention:reaction', 'Soldiers fired on students protesting against fuel prices in Harare, killing two.', 'attack'],
  ['mention:reaction', 'Militants fired rockets at a base near Erbil in retaliation for an air strike on their camp.', 'attack'],
  ['mention:reaction', 'The bombing of the bus station in Kaduna, which police blamed on bandits, killed five people.', 'attack'],
  ['mention:reaction', 'Gunmen kidnapped two aid workers near Tahoua, Niger, on Friday and held them for ransom.', 'attack'],
  ['meeting:not-a-meeting', 'The president of the National Assembly held talks with the Chinese foreign minister in Hanoi on Monday.', 'meeting'],
  ['meeting:not-a-meeting', 'After meeting the Turkish president in Ankara, the Swedish prime minister told a press conference that the talks had gone well.', 'meeting'],
  ['meeting:not-a-meeting', 'Meet me in Ankara, the Turkish president told his Greek counterpart, and the two met there on Friday.', 'meeting'],
  ['agreement:law-signing', 'Ethiopia and Eritrea signed a peace agreement in Jeddah on Sunday.', 'agreement'],
  ['agreement:law-signing', 'The bill was debated for a week before Kenya and Uganda signed a border accord in Kampala on Monday.', 'agreement'],
  ['agreement:existing-agreement', 'The army and the rebels agreed a ceasefire on Monday, but it was violated within hours.', 'agreement'],
];

describe.each(NO_EVENT)('%s: no event', (_rule, texts) => {
  test.each(texts)('%s', (text) => {
    expect(eventsOf(text).map(described)).toEqual([]);
  });
});

test.each(STANDS)('%s: the event stands: %s', (_rule, text, type) => {
  expect(eventsOf(text).map((e) => e.type)).toContain(type);
});
