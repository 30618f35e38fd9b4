// Casualty counts, rule by rule: what each sentence must yield, and numbers that must never become a count.
import { eventsOf, counts } from './helpers/extract.js';

type Row = [text: string, killed: [number, number | null][], wounded: [number, number | null][]];

const POSITIVE: Row[] = [
  ['Nine Syrian soldiers were killed in a Turkish drone strike near the town.', [[9, 9]], []],
  ['Gunmen killed 12 villagers in an overnight raid on Monday.', [[12, 12]], []],
  ['The car bomb killed at least 20 people and wounded 35 others.', [[20, null]], [[35, 35]]],
  ['An airstrike killed more than 50 fighters, the monitor said.', [[51, null]], []],
  ['The spun report said extra than 50 troopers were killed in an assault on Tuesday.', [[51, null]], []],
  ['Two of its soldiers were killed in the attack, the ministry said.', [[2, 2]], []],
  ['A roadside bomb killed 3 soldiers and 2 civilians in the province.', [[5, 5]], []],
  ['Shelling of the market left 15-20 people dead, residents said.', [[15, 20]], []],
  ['At least 12 dead after a suicide bombing at a mosque.', [[12, null]], []],
  ['The blast wounded six policemen.', [], [[6, 6]]],
  ['Rockets hit the town. No one was hurt, officials said.', [[0, 0]], [[0, 0]]],
  ['A senior judge has been killed in a roadside bomb blast in Kirkuk.', [[1, 1]], []],
  ['Al-Shabaab fighters killed the deputy governor of the district in central Somalia.', [[1, 1]], []],
  ['Four militants killed 17 guards at the prison gate before they blew themselves up.', [[17, 17]], []],
  ['The slaying of six students by riot police angered the teachers\' union.', [[6, 6]], []],
  ['Hours later, Okafor was killed in a firefight with troops.', [[1, 1]], []],
  ['Army units killed four ethnic Somalis in a firefight on Sunday.', [[4, 4]], []],
  ['A drone attack targeted an oil facility, causing a fire but no injuries.', [], [[0, 0]]],
  ['The explosion left rescuers with a provisional death toll of 8.', [[8, 8]], []],
  ['The toll from the shelling rose to 12, the governor said, adding that 30 people were still in hospital.', [[12, 12]], [[30, 30]]],
  ['The death toll from last week\'s massacre in the village has risen to 37, an official said.', [[37, 37]], []],
  ['A landmine blast killed one police officer and wounded three others, the governor said.', [[1, 1]], [[3, 3]]],
];

const NEGATIVE: string[] = [
  'Turkey has sent hundreds of troops into the region to support the rebels.',
  'The 9-year conflict has displaced millions.',
  'Militants must pull back 15-20 kilometers from the zone.',
  'The two countries are the main power brokers in the war.',
  'A 25-year-old man was arrested after the protest.',
  'Five soldiers were captured by the rebels after a clash.',
  'In 2018 the army deployed 3,000 troops along the border.',
  'Call 555-0199 for information on the 2 million dollar fund.',
  'The attack on the capital was the first in three days, one of the officials said.',
  'Kenya said 14 people were killed or wounded in the three drone strikes.',
  'The commander said two soldiers were taken hostage after the ambush.',
  'A woman was arrested after the shooting, police said.',
  'The toll road near the base was closed for 3 days after the attack.',
  'Shares took a toll of 12 percent on the market after the bombing.',
];

describe('casualty counts', () => {
  test.each(POSITIVE)('%s', (text, killed, wounded) => {
    const ev = eventsOf(text);
    expect(counts(ev, 'killed')).toEqual(killed);
    expect(counts(ev, 'wounded')).toEqual(wounded);
  });
});

describe('numbers that are not casualty counts', () => {
  test.each(NEGATIVE)('%s', (text) => {
    const ev = eventsOf(text);
    expect(counts(ev, 'killed')).toEqual([]);
    expect(counts(ev, 'wounded')).toEqual([]);
  });
});

describe('one victim: a possessive is no victim', () => {
  test.each([
    ['The scandal killed the mayor\'s chances of a comeback.'],
    ['The vote wounded the governor’s pride more than his budget.'],
  ])('%s yields no count', async (s) => {
    const { eventsOf } = await import('./helpers/extract.js');
    expect(eventsOf(s).filter((e) => e.killed || e.wounded)).toEqual([]);
  });
  test.each([
    ['Gunmen killed the mayor outside his home on Monday.', 'killed'],
    ['A sniper wounded the governor during the parade.', 'wounded'],
  ])('%s still counts one person', async (s, field) => {
    const { eventsOf } = await import('./helpers/extract.js');
    expect(eventsOf(s).some((e) => (e as Record<string, any>)[field]?.low === 1)).toBe(true);
  });
});
