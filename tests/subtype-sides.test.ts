// The subtype and ACLED codes of an attack told by its sides (src/refiners/subtype.ts, issue 11): police or soldiers
// firing on protesters, a crowd that kills, ground taken by a state's own army or by others, an ambush of civilians, a
// "shooting" of armed men, and an attack on armed men by an attacker the text does not name. Each rule has rows it
// must change and rows with the same words it must leave alone. Our own sentences.
import { eventsOf } from './helpers/extract.js';
import type { Event } from '../src/schema/event.js';
import * as sides from '../src/lexicon/sides.js';

/** [text, subtype, ACLED sub-event type, the side rule named in `rule`, or null when none may fire] */
type Row = [text: string, subtype: string, acled: string, rule: string | null];

const sidesRule = (e: Event) => e.rule.split(' | ').find((r) => r.startsWith('sides:'))?.slice('sides:'.length) ?? null;

/** The one attack of the text, as [subtype, ACLED sub-event type, side rule]. */
function attackOf(text: string): [string, string | undefined, string | null] | string {
  const attacks = eventsOf(text).filter((e) => e.type === 'attack');
  if (attacks.length !== 1) return `${attacks.length} attacks`;
  const [a] = attacks;
  return [a.subtype, a.codes.acled?.sub_event_type, sidesRule(a)];
}

const check = (rows: Row[]) => test.each(rows)('%s', (text, subtype, acled, rule) => {
  expect(attackOf(text)).toEqual([subtype, acled, rule]);
});

const EXCESSIVE = 'Excessive force against protesters';
const ATTACK = 'Attack';
const CLASH = 'Armed clash';
const REGAINS = 'Government regains territory';
const OVERTAKES = 'Non-state actor overtakes territory';

// (a verb of killing leaves the kind to the sides: an armed side on civilians is an attack on civilians, on armed men
// an armed clash, rules armed-on-civilians and armed-on-armed)
describe('excessive force: a state\'s forces against protesters', () => {
  check([
    ['Riot police fired live bullets at protesters in Khartoum, killing 3 demonstrators.', 'excessive_force', EXCESSIVE, 'excessive-force'],
    ['Soldiers opened fire on demonstrators in Bamako on Friday, killing 4.', 'excessive_force', EXCESSIVE, 'excessive-force'],
    ['Security forces shot dead 2 protesters in Nairobi.', 'excessive_force', EXCESSIVE, 'excessive-force'],
    ['Troops opened fire on a crowd of protesters in Yangon, killing 6 people.', 'excessive_force', EXCESSIVE, 'excessive-force'],
    ['Police shot dead 2 protesters in Nairobi during a fuel-price demonstration.', 'excessive_force', EXCESSIVE, 'excessive-force'],
  ]);
  describe('not', () => check([
    // not a state's forces, or protesters who attack, or armed men killed, or a remote weapon
    ['Gunmen opened fire on protesters in Bamako, killing 4.', 'attack_on_civilians', ATTACK, 'armed-on-civilians'],
    ['Protesters attacked a police station in Lagos, wounding 3 officers.', 'unspecified', ATTACK, null],
    ['Soldiers killed 3 rebels who had attacked protesters in Goma.', 'armed_clash', CLASH, 'armed-on-armed'],
    ['Police killed 3 gunmen in Mombasa after the protest.', 'armed_clash', CLASH, 'armed-on-armed'],
    ['An airstrike killed 7 protesters in Sanaa.', 'airstrike', 'Air/drone strike', null],
  ]));
});

describe('mob violence: a crowd kills, and no side is armed', () => {
  check([
    ['A mob beat a suspected thief to death in Kano.', 'mob_violence', 'Mob violence', 'mob-violence'],
    ['Rioters torched homes in Jos, killing 4 residents.', 'mob_violence', 'Mob violence', 'mob-violence'],
  ]);
  describe('not', () => check([
    // the crowd is attacked, or the attackers are armed
    ['Gunmen fired on a crowd in Jos, killing 4.', 'attack_on_civilians', ATTACK, 'armed-on-civilians'],
    ['Militiamen attacked a crowd of mourners in Ituri, killing 11.', 'attack_on_civilians', ATTACK, 'armed-on-civilians'],
    ['A mob of gunmen attacked a police post in Jos.', 'armed_clash', CLASH, 'armed-on-armed'],
  ]));
});

describe('ground taken: regained by the state\'s own forces, taken by rebels or a foreign army', () => {
  check([
    ['Troops seized control of Palma on Sunday.', 'territory_regained', REGAINS, 'territory-regained'],
    ['Malian soldiers seized control of Kidal.', 'territory_regained', REGAINS, 'territory-regained'],
    ['The army seized control of Palma after days of fighting.', 'territory_regained', REGAINS, 'territory-regained'],
    ['Militants retook the town of Buni Yadi.', 'territory_taken', OVERTAKES, 'territory-taken'],
    ['Al-Shabaab fighters regained control of Bulo Burde.', 'territory_taken', OVERTAKES, 'territory-taken'],
    ['Russian troops retook the village of Krynky in Kherson region.', 'territory_taken', OVERTAKES, 'territory-taken'],
  ]);
  describe('not', () => check([
    // the word already says who: the rule has nothing to change
    ['The army retook the town of Buni Yadi.', 'territory_regained', REGAINS, null],
    ['Ukrainian troops retook the village of Krynky in Kherson region.', 'territory_regained', REGAINS, null],
    ['Jihadists seized control of the town of Mansila.', 'territory_taken', OVERTAKES, null],
    ['Russian troops seized control of the town of Avdiivka.', 'territory_taken', OVERTAKES, null],
  ]));
});

describe('an ambush of civilians is an attack on civilians', () => {
  check([
    ['Gunmen ambushed a minibus near Kaya, killing 9 passengers.', 'attack_on_civilians', ATTACK, 'ambush-of-civilians'],
    ['Bandits ambushed traders on the road to Zaria, killing 4.', 'attack_on_civilians', ATTACK, 'ambush-of-civilians'],
  ]);
  describe('not', () => check([
    // armed targets, or civilians beside armed ones, or another word of fighting
    ['Jihadists ambushed an army convoy near Kaya, killing 9 soldiers.', 'armed_clash', CLASH, null],
    ['Rebels ambushed a police patrol, killing 3 officers and 2 civilians.', 'armed_clash', CLASH, null],
    ['Herders clashed with farmers in Benue, leaving 5 dead.', 'armed_clash', CLASH, null],
  ]));
});

describe('a "shooting" of armed men is no attack on civilians', () => {
  check([
    ['Two policemen were killed in a shooting in Peshawar.', 'unspecified', CLASH, 'armed-victims'],
    ['A shooting at an army base in Kano killed 4 soldiers.', 'unspecified', CLASH, 'armed-victims'],
    ['Three soldiers died in a shooting at a checkpoint near Wana.', 'unspecified', CLASH, 'armed-victims'],
  ]);
  describe('not', () => check([
    ['Two teachers were killed in a shooting in Peshawar.', 'attack_on_civilians', ATTACK, null],
    ['A shooting at a market in Kano killed 4 traders.', 'attack_on_civilians', ATTACK, null],
  ]));
});

describe('an attack of unspecified kind on armed men is a battle, whoever attacks', () => {
  check([
    ['Four soldiers were killed in an attack on an outpost near Gao.', 'unspecified', CLASH, null],
    ['Six militiamen were killed in an attack near Beni.', 'unspecified', CLASH, null],
    ['Unidentified assailants killed 2 police officers in Kirkuk.', 'armed_clash', CLASH, 'armed-on-armed'],
  ]);
  describe('not', () => check([
    // civilians killed, or civilians who attack
    ['Four civilians were killed in an attack near Gao.', 'unspecified', ATTACK, null],
    ['Gunmen attacked a village near Gao, killing 7 residents.', 'attack_on_civilians', ATTACK, 'armed-on-civilians'],
    ['Villagers attacked a police post in Jos, killing 2 officers.', 'unspecified', ATTACK, null],
  ]));
});

describe('the codes follow the subtype the sides gave', () => {
  test('excessive force is Protests, with CAMEO and PLOVER of its row', () => {
    const [e] = eventsOf('Security forces shot dead 2 protesters in Nairobi.');
    expect(e.codes).toEqual({ acled: { event_type: 'Protests', sub_event_type: EXCESSIVE }, cameo: '175', plover: 'ASSAULT' });
  });
  test('an unspecified attack on soldiers is FIGHT, on civilians ASSAULT', () => {
    expect(eventsOf('Four soldiers were killed in an attack on an outpost near Gao.')[0].codes.plover).toBe('FIGHT');
    expect(eventsOf('Four civilians were killed in an attack near Gao.')[0].codes.plover).toBe('ASSAULT');
  });
});

test('the side words are lists with reason ids, no word twice', () => {
  for (const list of [sides.PROTESTER_NOUNS, sides.MOB_NOUNS, sides.AMBUSH_WORDS]) {
    expect(list.every((e) => /^[a-z][a-z0-9-]*$/.test(e.reason) && e.words.length > 0)).toBe(true);
    const words = list.flatMap((e) => e.words);
    expect(new Set(words).size).toBe(words.length);
  }
});

describe('a verb of killing: the sides name the kind', () => {
  check([
    ['Gunmen shot dead two traders at a market in Bamenda.', 'attack_on_civilians', ATTACK, 'armed-on-civilians'],
    ['Militants hacked to death five farmers near Beni.', 'attack_on_civilians', ATTACK, 'armed-on-civilians'],
    ['Bandits gunned down four villagers in Zamfara.', 'attack_on_civilians', ATTACK, 'armed-on-civilians'],
    ['Separatist fighters shot dead two gendarmes near Kumba.', 'armed_clash', CLASH, 'armed-on-armed'],
    ['Insurgents killed six soldiers at a checkpoint near Gao.', 'armed_clash', CLASH, 'armed-on-armed'],
  ]);
  describe('not', () => check([
    // no armed side named: the kind stays open (the ACLED code still follows the victims)
    ['Two traders were shot dead at a market in Bamenda.', 'unspecified', ATTACK, null],
  ]));
});
