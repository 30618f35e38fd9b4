// Count rules, rival figures (src/rules/counts/rival.ts): another source's figure for the same casualties in the same
// sentence, with no word of harm of its own, widens the count told before it (the lower figure low, the higher high)
// and never adds to it: "4 policemen were killed (9 according to the militants)" is 4 to 9, not 13.
import { countMentions, countRows, type CountRow } from './helpers/counts.js';
import { eventsOf } from './helpers/extract.js';

type Row = [text: string, counts: CountRow[], sources: string[]];

const RIVALS: Row[] = [
  ['Officials said 11 villagers died (15 according to local chiefs) in the raid on Tawa.', [['killed', 11, 15]], ['local chiefs']],
  ['Nine gendarmes were killed at a barracks outside Dori; JNIM claimed 40.', [['killed', 9, 40]], ['JNIM']],
  ['At least 3 guards died in the assault, while the TTP claimed 12.', [['killed', 3, 12]], ['the TTP']],
  ['Five people were killed, though the monitor put the toll at 8.', [['killed', 5, 8]], ['the monitor']],
  ['Eight civilians were killed (12, the residents said).', [['killed', 8, 12]], ['the residents']],
  ['Gunmen killed 7 villagers; local officials put the figure at 11.', [['killed', 7, 11]], ['local officials']],
  ['10 insurgents were killed in the clash (4 according to the insurgents).', [['killed', 4, 10]], ['the insurgents']],
  ['Nine people were killed (dozens according to residents).', [['killed', 9, null]], ['residents']],
  ['Troops killed 20 insurgents, while the group claimed 2.', [['killed', 2, 20]], ['the group']],
  ['Two soldiers were wounded and the army said 3.', [['wounded', 2, 3]], ['the army']],
  ['The strike killed 14 people, but a local monitor counted 19.', [['killed', 14, 19]], ['a local monitor']],
  ['Police said 3 protesters died (7, the organisers say).', [['killed', 3, 7]], ['the organisers']],
  ['Eleven fighters were killed, and the group\'s spokesman claimed 30.', [['killed', 11, 30]], ['the group\'s spokesman']],
  ['The blast wounded 6 people (10, hospital staff said).', [['wounded', 6, 10]], ['hospital staff']],
  ['A drone strike killed 2 militants, whereas the villagers said 5.', [['killed', 2, 5]], ['the villagers']],
  // the high is that of the highest figure given: open when that one is
  ['At least 12 villagers were killed, though local officials put the toll at 15.', [['killed', 12, 15]], ['local officials']],
  ['At least 30 soldiers were killed, while the rebels claimed 12.', [['killed', 12, null]], ['the rebels']],
  ['Six soldiers died, while the rebels claimed more than 20.', [['killed', 6, null]], ['the rebels']],
];

/** Figures near a count that are no rival figure for it. */
const NOT_RIVALS: Row[] = [
  ['The rebels claimed responsibility after 4 soldiers died.', [['killed', 4, 4]], []],
  ['Two civilians died, the army said 10 days later.', [['killed', 2, 2]], []],
  // another field: a count of its own
  ['2 deputies were killed and the party said 6 were wounded.', [['killed', 2, 2], ['wounded', 6, 6]], []],
  ['4 soldiers died; the rebels claimed 2 tanks.', [['killed', 4, 4]], []],
  // no source named for the claim
  ['4 soldiers died, claimed 9.', [['killed', 4, 4]], []],
  ['Seven people died in the fire (3 of them children).', [['killed', 7, 7]], []],
  ['Nobody was hurt; the rebels claimed 3.', [], []],
];

describe('rival figures widen the count before them', () => {
  test.each(RIVALS)('%s', (text, expected, sources) => {
    expect(countRows(text)).toEqual(expected);
    expect(countMentions(text).flatMap((c) => c.rivals ?? []).map((r) => r.source)).toEqual(sources);
  });
  test.each(NOT_RIVALS)('%s', (text, expected, sources) => {
    expect(countRows(text)).toEqual(expected);
    expect(countMentions(text).flatMap((c) => c.rivals ?? []).map((r) => r.source)).toEqual(sources);
  });
  test('the rival figure is kept as read', () => {
    const [c] = countMentions('Nine gendarmes were killed at a barracks outside Dori; JNIM claimed 40.');
    expect(c.rivals).toEqual([{ count: { low: 40, high: 40, text: '40' }, source: 'JNIM' }]);
  });
});

describe('through the pipeline a rival figure is one event, never a sum', () => {
  test.each([
    ['Nine gendarmes were killed at a barracks outside Dori on 3 May 2022; JNIM claimed 40.', 9, 40],
    ['Officials said 11 villagers died (15 according to local chiefs) when bandits raided Tawa on 2 June 2021.', 11, 15],
  ])('%s', (text, low, high) => {
    const killed = eventsOf(text).filter((e) => e.killed && !e.aggregate).map((e) => [e.killed!.low, e.killed!.high]);
    expect(killed).toEqual([[low, high]]);
  });
});

describe('"more than N" is a bound of a rival figure, not an added figure', () => {
  test('the deaths are never summed', () => {
    const text = 'Five gendarmes died in the ambush near Sebba, while the militants claimed they killed more than 30.';
    const total = eventsOf(text).filter((e) => e.killed && !e.aggregate).reduce((n, e) => n + (e.killed!.low ?? 0), 0);
    expect(total).toBe(5);
  });
});

describe('a headline in capitals: its prepositions are no victims\' group', () => {
  test.each([
    ['GUNMEN KILL 5 IN ATTACK ON POLICE POST', [['killed', 5, 5]]],
  ])('%s', (text, rows) => {
    expect(countRows(text).filter((r) => r[0] === 'killed').map((r) => r.slice(0, 3))).toEqual(rows);
  });
});
