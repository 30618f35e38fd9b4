// Count rules, the victims and the words of harm: compound and unknown people nouns ("police officers", "IS militants",
// "tribesmen", "a shopkeeper", "members of the 41st Regiment") and harm inside the verb ("shot dead", "beat to death",
// "lynched", "succumbed to his wounds"). Read by the count rules alone (tests/helpers/counts.ts); sentences are ours.
import { countMentions, countRows, type CountRow } from './helpers/counts.js';
import { eventsOf } from './helpers/extract.js';

type Row = [text: string, counts: CountRow[]];

const VICTIM_NOUNS: Row[] = [
  ['Nine police officers died after an IED struck their vehicle outside Marawi.', [['killed', 9, 9]]],
  ['Six militia fighters were killed in the clash.', [['killed', 6, 6]]],
  ['Soldiers killed 6 ISWAP fighters near Baga.', [['killed', 6, 6]]],
  ['3 IS militants died in an air raid near Raqqa.', [['killed', 3, 3]]],
  ['4 VDP auxiliaries died in the attack on the post.', [['killed', 4, 4]]],
  ['Three members of the 12th Infantry Battalion died in an ambush near Kaya.', [['killed', 3, 3]]],
  ['Gunmen killed 9 tribesmen in a land dispute near Marib.', [['killed', 9, 9]]],
  ['Raiders killed 4 herdsmen near Lafia.', [['killed', 4, 4]]],
  ['Bandits killed 5 truck drivers on the Zaria road.', [['killed', 5, 5]]],
  ['Gunmen killed 3 shopkeepers in the Bakara market.', [['killed', 3, 3]]],
  ['Insurgents killed 4 vigilantes near Konduga.', [['killed', 4, 4]]],
  ['Unknown attackers killed 2 schoolteachers in Lamu.', [['killed', 2, 2]]],
  ['Gunmen killed 8 businessmen travelling to Maiduguri.', [['killed', 8, 8]]],
  ['A grenade wounded 3 passers-by outside the mosque.', [['wounded', 3, 3]]],
  ['ISKP fighters killed an elder of the Shinwari tribe.', [['killed', 1, 1]]],
  ['A gunman killed a shopkeeper in Peshawar.', [['killed', 1, 1]]],
  ['Rebels killed a local councillor near Beni.', [['killed', 1, 1]]],
  ['Police killed a suspected robber in Nairobi.', [['killed', 1, 1]]],
  ['Attackers burned to death a pastor in Kwale.', [['killed', 1, 1]]],
];

/** Numbers next to people nouns that count no one harmed, or not the people the sentence harms. */
const NOT_VICTIMS: Row[] = [
  // the count before "who killed" is the killers
  ['Police arrested 3 militants who killed 20 villagers.', [['killed', 20, 20]]],
  ['Police said 4 gunmen that killed a guard had fled.', [['killed', 1, 1]]],
  // a complement ending in a relative clause is no bridge to its verb
  ['The army said 3 leaders of the group that killed 20 people were arrested.', []],
  ['Villagers said four members of the council were arrested.', []],
  ['The 4 IS units were moved to the front.', []],
  // the harm of "killed 20 cattle" is no people's
  ['Rustlers killed 35 goats near the river.', []],
  ['The kidnappers threatened to kill 11 captives.', []],
];

const HARM_IN_THE_VERB: Row[] = [
  ['Two gunmen shot dead a pharmacist in Zaria.', [['killed', 1, 1]]],
  ['Soldiers shot dead 3 protesters in Conakry.', [['killed', 3, 3]]],
  ['Police shot dead one demonstrator.', [['killed', 1, 1]]],
  ['A crowd beat to death a suspected robber in Eldoret.', [['killed', 1, 1]]],
  ['Raiders beat to death two herders.', [['killed', 2, 2]]],
  ['Militants hacked to death 4 farmers near Beni.', [['killed', 4, 4]]],
  ['Gunmen stabbed to death a vendor at the market.', [['killed', 1, 1]]],
  ['A farmer was stoned to death in the village.', [['killed', 1, 1]]],
  ['Residents lynched three youths caught stealing goats.', [['killed', 3, 3]]],
  ['Two men were lynched by a crowd in Kasese.', [['killed', 2, 2]]],
  ['A crowd lynched the suspect.', [['killed', 1, 1]]],
  ['Insurgents beheaded a farmer near Palma.', [['killed', 1, 1]]],
  ['A policeman succumbed to his injuries on Sunday.', [['killed', 1, 1]]],
  ['Three miners later succumbed to their wounds.', [['killed', 3, 3]]],
  ['Assailants shot and killed 4 security guards at a depot.', [['killed', 4, 4]]],
];

/** Words of harm that harm no one: an object that is no person, a verb that is no finite verb, a near miss. */
const HARM_BUT_NO_VICTIM: Row[] = [
  ['The rebels beat to death any hope of a truce.', []],
  ['He worked himself to death at the mill.', []],
  ['The scandal shot dead the minister\'s hopes.', []],
  ['A mob threatened to lynch two men.', []],
  // a near miss (NEAR_MISS_WORDS)
  ['Villagers nearly lynched a suspect in Kisii.', []],
  ['3 soldiers were almost killed by the blast.', []],
  ['The guard narrowly escaped being killed.', []],
  ['The mob nearly beat to death two men.', []],
];

describe('count rules: people nouns', () => {
  test.each(VICTIM_NOUNS)('%s', (text, expected) => expect(countRows(text)).toEqual(expected));
  test.each(NOT_VICTIMS)('%s', (text, expected) => expect(countRows(text)).toEqual(expected));
  test('"members of the 12th Infantry Battalion died" are three people, not a person named "Battalion"', () => {
    const [c] = countMentions('Three members of the 12th Infantry Battalion died in an ambush near Kaya.');
    expect([c.rule, c.count.text]).toEqual(['count-victim-harm', 'Three']);
  });
  test('the head of "six police officers" is the last noun; the service word before it says their kind', () => {
    const [c] = countMentions('Six police officers were killed in the raid.');
    expect(c.victimSpan?.kind).toBe('police');
  });
});

describe('count rules: harm inside the verb', () => {
  test.each(HARM_IN_THE_VERB)('%s', (text, expected) => expect(countRows(text)).toEqual(expected));
  test.each(HARM_BUT_NO_VICTIM)('%s', (text, expected) => expect(countRows(text)).toEqual(expected));
  test('"nearly lynched" leaves no death in the events either', () => {
    expect(eventsOf('Villagers nearly lynched a suspect in Kisii on Monday.').filter((e) => e.killed)).toEqual([]);
  });
});
