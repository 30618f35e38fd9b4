// Conflict events that must still come out once everyday news yields none (issue 9): attacks of every kind, meetings
// between states and officials, agreements between warring or state parties, and conflict stories that mention sport
// or business in passing. Each row: the text, the event type it must yield, and its subtype (null: any subtype).
// Written for this project; the negative tables are in tests/precision-negative.test.ts.
import { eventsOf } from './helpers/extract.js';

type Row = [text: string, type: string, subtype: string | null];

const ATTACKS: Row[] = [
  ['Gunmen attacked a crowded market in Maiduguri on Friday, killing 12 people.', 'attack', null],
  ['The two armies clashed near the border town of Kurmuk on Tuesday.', 'attack', 'armed_clash'],
  ['Saudi-led warplanes carried out air strikes on Houthi positions in Hodeidah, killing seven fighters.', 'attack', 'airstrike'],
  ['A car bomb exploded outside a police station in Kirkuk, killing four officers.', 'attack', 'bombing'],
  ['Gunmen kidnapped 14 passengers from a bus on the highway near Gusau.', 'attack', 'abduction'],
  ['A suicide bomber blew himself up at a checkpoint in Mogadishu, killing six soldiers.', 'attack', 'suicide_bombing'],
  ['Rebel artillery shelled the outskirts of Goma overnight, residents said.', 'attack', 'shelling'],
  ['A drone strike killed a senior al-Shabaab commander near Jilib on Wednesday.', 'attack', 'drone_strike'],
  ['Militants ambushed an army patrol in northern Sinai, killing five soldiers.', 'attack', 'armed_clash'],
  ['Security forces opened fire on protesters in Omdurman, killing three demonstrators.', 'attack', null],
  ['Islamic State fighters stormed a village in Deir ez-Zor province and executed 20 men.', 'attack', null],
  ['A roadside bomb hit a convoy of peacekeepers near Kidal on Monday.', 'attack', 'bombing'],
  // a town retaken by government troops is ACLED's "Government regains territory", not only a clash (issue 11)
  ['Government troops recaptured the town of Sake from M23 rebels after heavy fighting.', 'attack', 'territory_regained'],
  ['Pirates abducted the 22 crew members of a cargo ship off the Somali coast.', 'attack', 'abduction'],
  ['Russian missiles struck an apartment block in Odesa, killing eight civilians.', 'attack', null],
  // "shot dead" says nothing of who was hit: the sides tell the kind (issue 11, tests/taxonomy-triggers.test.ts)
  ['Police said gunmen shot dead a village chief in Kasai province on Sunday.', 'attack', null],
  ['Israeli jets bombed a weapons depot near Damascus airport, the Syrian army said.', 'attack', 'airstrike'],
  ['Boko Haram insurgents raided a military base in Borno state, killing 11 soldiers.', 'attack', null],
];

const MEETINGS: Row[] = [
  ['The foreign ministers of Serbia and Kosovo met in Brussels on Monday.', 'meeting', 'talks'],
  ['Chinese President Xi Jinping held talks with the Brazilian president in Beijing on Thursday.', 'meeting', 'talks'],
  ['The UN envoy for Yemen will visit Riyadh next week for talks with Saudi officials.', 'meeting', 'visit'],
  ['African Union leaders opened a summit in Addis Ababa on the war in Sudan.', 'meeting', 'summit'],
  ['The Turkish president spoke by phone with the Russian president about the grain corridor.', 'meeting', 'call'],
  ['Colombian government negotiators and ELN rebels resumed peace talks in Caracas on Tuesday.', 'meeting', 'talks'],
];

const AGREEMENTS: Row[] = [
  ['Hamas and Israel agreed a truce on Sunday after three days of fighting.', 'agreement', 'ceasefire'],
  ['Armenia and Azerbaijan signed a peace agreement in Washington on Friday.', 'agreement', 'peace_deal'],
  ['Ukraine and Russia carried out a prisoner swap on Tuesday, freeing 95 soldiers each in a deal mediated by the Emirates.', 'agreement', 'prisoner_exchange'],
  ['The army and the rebels agreed a 72-hour ceasefire to let aid convoys reach the city.', 'agreement', 'ceasefire'],
  ['The warring factions signed a truce in Juba under African Union mediation.', 'agreement', 'ceasefire'],
  ['Israel and Hezbollah agreed to a cease-fire brokered by the United States and France.', 'agreement', 'ceasefire'],
];

/** Sport or business named beside the violence, the diplomacy or the deal: the event still stands. */
const CONFLICT_WITH_SPORT_OR_BUSINESS: Row[] = [
  ['Gunmen opened fire on fans leaving a football match in Kaduna, killing five people.', 'attack', null],
  ['A bomb exploded near the stadium in Mogadishu during a league match, killing three spectators.', 'attack', 'bombing'],
  ['Rebels attacked a gold mine run by a Canadian company in Ituri, killing four guards.', 'attack', null],
  ['Militants kidnapped three engineers working for an oil company in the Niger Delta.', 'attack', 'abduction'],
  ['Oil prices jumped on Monday. Traders pointed to the weekend drone attack by Houthi rebels on a Saudi oil terminal.', 'attack', 'drone_strike'],
  ['A suicide bomber attacked a cafe in Kabul where fans were watching the cricket final, killing nine people.', 'attack', 'suicide_bombing'],
  ['Shares fell in Tel Aviv after rockets fired from Gaza hit the city of Ashkelon.', 'attack', null],
  ['The foreign ministers of Qatar and Egypt met on the sidelines of the Olympic Games to discuss the hostage talks.', 'meeting', 'talks'],
  ['Sudan and South Sudan signed an agreement to resume oil exports and withdraw troops from the border.', 'agreement', null],
];

const TABLES: [family: string, rows: Row[]][] = [
  ['attacks', ATTACKS],
  ['meetings between states and officials', MEETINGS],
  ['agreements between warring or state parties', AGREEMENTS],
  ['conflict stories that mention sport or business', CONFLICT_WITH_SPORT_OR_BUSINESS],
];

describe.each(TABLES)('%s: the event stands', (_family, rows) => {
  test.each(rows)('%s', (text, type, subtype) => {
    const found = eventsOf(text).map((e) => `${e.type}/${e.subtype}`);
    if (subtype) expect(found).toContain(`${type}/${subtype}`);
    else expect(found.filter((f) => f.startsWith(`${type}/`))).not.toEqual([]);
  });
});
