// The attack words of issue 11, read at the trigger: grenades, chemical weapons, sexual and mob violence, exchanges of
// fire and live fire, ground taken or regained, killings whose sides tell their kind, and a headline's present tense.
// Each family has rows that must give the trigger (its words, subtype and strength) and rows that must not, each with
// the reason id of the lexicon entry or rule at stake. Our own sentences.
import { splitSentences } from '../src/document/sentences.js';
import { tagSentences } from '../src/document/terms.js';
import { findTriggers } from '../src/rules/triggers.js';
import { eventsOf } from './helpers/extract.js';

/** The attack triggers of a text, as "words/subtype/strength". */
function attackTriggers(text: string): string[] {
  return tagSentences(splitSentences(text))
    .flatMap((s) => findTriggers(s, text))
    .filter((t) => t.family === 'attack')
    .map((t) => `${t.text}/${t.subtype}/${t.strength}`);
}

/** text, a trigger it must give ("words/subtype/strength"), reason id */
type Found = [text: string, trigger: string, reason: string];
/** text, a subtype none of its attack triggers may have ('any': no attack trigger at all), reason id */
type NotFound = [text: string, subtype: string, reason: string];

const FOUND: Record<string, Found[]> = {
  grenade: [
    ['A militant hurled a grenade at a police van in Anantnag on Sunday.', 'hurled a grenade/grenade/strong', 'grenade-thrown'],
    ['Gunmen threw a hand grenade into a crowded bar in Bujumbura.', 'threw a hand grenade/grenade/strong', 'grenade-thrown'],
    ['Assailants lobbed grenades at a church in Kasese.', 'lobbed grenades/grenade/strong', 'grenade-thrown'],
    ['A grenade attack on a market in Garissa killed two traders.', 'grenade attack/grenade/strong', 'grenade-attack'],
    ['A grenade blast tore through a bus stop in Mandera on Friday.', 'grenade blast/grenade/strong', 'grenade-attack'],
  ],
  chemical: [
    ['Regime helicopters dropped chlorine barrels on Kafr Zita.', 'chlorine/chemical_weapon/weak', 'chemical-agents'],
    ['Troops used chlorine gas against militia trenches near Sirte.', 'chlorine gas/chemical_weapon/weak', 'chemical-agents'],
    ['A chemical attack on the suburb of Zamalka killed dozens of people.', 'chemical attack/chemical_weapon/strong', 'chemical-attack'],
    ['Residents said a gas attack on the district killed 40 people.', 'gas attack/chemical_weapon/strong', 'chemical-attack'],
    ['Government jets bombed the town of Hass with sarin on Tuesday.', 'jets bombed/chemical_weapon/strong', 'agent-names-the-kind'],
    ['Rebels fired rockets filled with mustard gas at army positions.', 'fired rockets/chemical_weapon/strong', 'agent-names-the-kind'],
  ],
  'sexual and mob violence': [
    ['Militiamen raped 12 women in a village near Bunia on Monday.', 'raped/sexual_violence/strong', 'sexually-assaulted'],
    ['Soldiers were accused of the gang rape of three girls in Bentiu.', 'gang rape/sexual_violence/strong', 'sexual-violence'],
    ['Witnesses described mass rapes in villages around Nyala.', 'mass rapes/sexual_violence/strong', 'sexual-violence'],
    ['A mob lynched a man accused of theft in Kampala on Sunday.', 'lynched/mob_violence/strong', 'lynched'],
    ['The lynching of two herders in Bauchi on Friday left both men dead.', 'lynching/mob_violence/strong', 'lynching'],
    ['The militia carried out ethnic cleansing in villages west of the river.', 'ethnic cleansing/attack_on_civilians/strong', 'ethnic-cleansing'],
  ],
  fire: [
    ['Indian and Pakistani soldiers exchanged fire across the border in Kupwara.', 'exchanged fire/armed_clash/strong', 'fire-exchanged'],
    ['Police and smugglers traded gunfire near the port on Sunday.', 'traded gunfire/armed_clash/strong', 'fire-exchanged'],
    ['Militiamen fired machine guns at the convoy.', 'fired/unspecified/strong', 'live-fire'],
    ['Soldiers fired live rounds at marchers.', 'fired/unspecified/strong', 'live-fire'],
    ['Troops fired rubber bullets and live ammunition on the crowd.', 'fired/unspecified/strong', 'live-fire'],
    ['An Israeli drone targeted a car with a guided missile near Tyre.', 'targeted/drone_strike/strong', 'targeted-with'],
    ['The army targeted a rebel camp with artillery on Sunday.', 'targeted/shelling/strong', 'targeted-with'],
  ],
  territory: [
    ['Sudanese troops recaptured Wad Madani from the RSF on Tuesday.', 'recaptured/territory_regained/strong', 'ground-regained'],
    ['Army units recaptured Kadugli.', 'recaptured/territory_regained/strong', 'ground-regained'],
    ['Government forces retook the airport after a week of fighting.', 'retook/territory_regained/strong', 'ground-regained'],
    ['Al-Shabaab fighters seized control of Mahas town on Friday.', 'seized control of/territory_taken/strong', 'ground-seized'],
    ['Rebels took control of the border crossing at Bunagana on Monday.', 'took control of/territory_taken/strong', 'ground-seized'],
    ['The company regained control of its website after the hack.', 'regained control of/territory_regained/weak', 'ground-regained (no armed side, no place: weak)'],
  ],
  'killings the sides tell': [
    ['Gunmen gunned down two soldiers at a checkpoint near Kidal.', 'gunned down/unspecified/strong', 'killed-by-hand'],
    ['Gunmen shot dead a trader in Kano on Monday.', 'shot dead/unspecified/strong', 'killed-by-hand'],
    ['A crowd beat to death a man accused of theft in Jos.', 'beat to death/unspecified/strong', 'killed-by-hand (the longest form wins)'],
    ['Soldiers opened fire on a crowd in Bamako.', 'opened fire/unspecified/strong', 'killed-by-hand'],
    ['An angry crowd burned to death a suspected robber in Eldoret.', 'burned to death/unspecified/strong', 'burned-to-death'],
    ['Two men were burned to death by a mob in Port-au-Prince.', 'burned to death/unspecified/strong', 'burned-to-death'],
    ['Rebels massacred 30 villagers near Beni.', 'massacred/attack_on_civilians/strong', 'killed-violently'],
  ],
  headline: [
    ['Jihadists raid army post in Gao, kill 9 soldiers', 'raid/unspecified/strong', 'headline-present-tense'],
    ['Rebels attack convoy near Beni', 'attack/unspecified/strong', 'headline-present-tense'],
  ],
};

const NOT_FOUND: Record<string, NotFound[]> = {
  grenade: [
    ['Police found two hand grenades in a bag at the bus station.', 'bombing', 'grenades (a grenade is no bomb)'],
    ['A roadside bomb exploded near a police truck in Garissa.', 'grenade', 'explosion'],
  ],
  chemical: [
    ['Police fired tear gas at protesters in Nairobi on Monday.', 'chemical_weapon', 'never bare gas'],
    ['Riot police launched a tear gas attack on students in Dhaka.', 'chemical_weapon', 'riot-control-agents'],
    ['A chlorine leak at a water treatment plant killed three workers.', 'any', 'agent-names-a-thing'],
    ['Rebels shelled a chlorine plant near Aleppo.', 'chemical_weapon', 'agent-names-a-thing'],
    ['Inspectors said the army had destroyed its sarin stocks.', 'any', 'agent-names-a-thing'],
    ['The chemical plant in Rouen caught fire on Thursday.', 'any', 'never bare chemical'],
  ],
  'sexual and mob violence': [
    ['Officials warned of mob violence after the match.', 'any', 'mob violence is no trigger'],
    ['The committee discussed a report on sexual health education.', 'any', 'sexual-violence'],
    ['Police beat protesters with batons in Harare.', 'mob_violence', 'beaten'],
  ],
  fire: [
    ['Soldiers fired shots in the air to disperse the crowd.', 'airstrike', 'weapon words stop at a preposition'],
    ['The new sanctions targeted Russian banks and oil firms.', 'any', 'aimed-with-a-weapon'],
    ['The campaign targeted young voters with online ads.', 'any', 'aimed-with-a-weapon'],
  ],
  territory: [
    ['Rebels overran an army base near Beni and killed its defenders.', 'territory_taken', 'ground-taken (overran is no holding)'],
    ['Troops captured 12 rebel fighters near Goma.', 'territory_taken', 'ground-taken'],
    ['Arsenal regained the lead through a late goal.', 'any', 'ground-regained (no bare "regained")'],
  ],
  'killings the sides tell': [
    ['Six people were burned to death in a house fire in Lagos.', 'any', 'fire-deaths'],
    ['Twelve traders burned to death when a fuel tanker overturned.', 'any', 'fire-deaths'],
  ],
};

/** Texts whose trigger stays weak: "words/subtype/strength" of the one attack trigger, reason id. */
const WEAK: Found[] = [
  ['Jihadists raid army post in Gao.', 'raid/unspecified/weak', 'headline-present-tense (a sentence with a stop)'],
  ['Police raid homes of opposition leaders', 'raid/unspecified/weak', 'headline-present-tense (police raids are arrests)'],
  ['Investors raid the cookie jar', 'raid/unspecified/weak', 'headline-present-tense (no armed head)'],
  ['The opposition took control of the budget committee on Tuesday.', 'took control of/territory_taken/weak', 'ground-seized (no armed side)'],
  ['The ruling party took control of Parliament after the vote.', 'took control of/territory_taken/weak', 'ground-seized (no armed side)'],
  ['Police fired tear gas at protesters in Nairobi on Monday.', 'fired/unspecified/weak', 'less-lethal'],
  ['Police fired rubber bullets at protesters in Lima.', 'fired/unspecified/weak', 'less-lethal'],
  ['Troops fired warning shots at a crowd in Bamako.', 'fired/unspecified/weak', 'no-target'],
  ['Soldiers fired shots into the air near the crowd.', 'fired/unspecified/weak', 'rounds (fired at no one)'],
];

describe.each(Object.keys(FOUND))('%s', (family) => {
  test.each(FOUND[family])('%s → %s (%s)', (text, trigger) => {
    expect(attackTriggers(text)).toContain(trigger);
  });
  const none = NOT_FOUND[family];
  if (none) {
    test.each(none)('%s: no %s (%s)', (text, subtype) => {
      const found = attackTriggers(text);
      if (subtype === 'any') expect(found).toEqual([]);
      else expect(found.filter((t) => t.split('/')[1] === subtype)).toEqual([]);
    });
  }
});

test.each(WEAK)('%s → %s (%s)', (text, trigger) => {
  expect(attackTriggers(text)).toEqual([trigger]);
});

/** End to end: the words above make or unmake an event. */
const EVENTS: [text: string, attacks: number, reason: string][] = [
  ['Government troops traded fire with rebels near Yei on Monday.', 1, 'fire-exchanged'],
  ['Soldiers fired live ammunition at marchers in Conakry on Thursday, killing two protesters.', 1, 'live-fire'],
  ['An Israeli drone targeted a car with a guided missile near Tyre, killing two men.', 1, 'targeted-with (the missile is no second attack)'],
  ['Police fired tear gas at protesters in Nairobi on Monday.', 0, 'never bare gas'],
  ['A gas explosion at a restaurant in Kyiv killed four people.', 0, 'never bare gas'],
  ['Officials warned of mob violence after the match.', 0, 'mob violence is no trigger'],
  ['The opposition took control of the budget committee on Tuesday.', 0, 'ground-seized (no armed side)'],
  ['Six people were burned to death in a house fire in Lagos.', 0, 'fire-deaths'],
  ['A border police unit came under fire near Kupwara and two constables were killed.', 1, 'under-fire'],
  ['A supply convoy of the UN mission came under attack outside Menaka, wounding three peacekeepers.', 1, 'under-fire'],
  ['The finance minister came under fire from lawmakers over the budget.', 0, 'under-fire (a figure of speech)'],
  ['The carmaker came under fire for its pricing of spare parts.', 0, 'under-fire (a figure of speech)'],
];

test.each(EVENTS)('%s: %i attack(s) (%s)', (text, n) => {
  expect(eventsOf(text).filter((e) => e.type === 'attack')).toHaveLength(n);
});
