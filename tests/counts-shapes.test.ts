// Count rules, the shapes of a count: partitives ("killing 4 of them", "one of them later died"), groups joined by
// "and" (one total, unless the second group has its own word of harm: "killed 5 soldiers and 7 others were injured"
// is 5 killed and 7 wounded), and a headline's present tense ("Bandits raid a village, kill 9 farmers"). Read by the
// count rules alone (tests/helpers/counts.ts), and through the whole pipeline where the issue names an over-count.
import { countRows, type CountRow } from './helpers/counts.js';
import { eventsOf } from './helpers/extract.js';

type Row = [text: string, counts: CountRow[]];

const PARTITIVES: Row[] = [
  ['Raiders surrounded a team of surveyors near Birnin Gwari, killing 7 of them.', [['killed', 7, 7]]],
  ['Raiders stopped a bus near Kaura and shot 6 of those on board, killing 2 of them.', [['killed', 2, 2]]],
  ['A landmine hit a patrol truck, injuring 6 marines. One of those died in hospital.', [['wounded', 6, 6], ['killed', 1, 1]]],
  ['One of the wounded died on Monday.', [['killed', 1, 1]]],
  ['One of the guards was killed.', [['killed', 1, 1]]],
  ['Two of them later died in hospital.', [['killed', 2, 2]]],
  ['The attackers wounded 6 guards; one of whom died later.', [['wounded', 6, 6], ['killed', 1, 1]]],
  ['One of the injured succumbed to her injuries on Friday.', [['killed', 1, 1]]],
  ['Gunmen stormed a mine near Mubi, killing 3 of the miners.', [['killed', 3, 3]]],
  ['Air strikes killed 16 jihadists, including four senior commanders, around Damboa.', [['killed', 16, 16]]],
  ['Between 6 to 9 fishermen died when shells hit the port.', [['killed', 6, 9]]],
  ['An IED left 4 dead near Gao.', [['killed', 4, 4]]],
  ['A dozen fishermen died when pirates stormed their boats off Lamu.', [['killed', 12, 12]]],
  ['At least 9 people were killed in the raid.', [['killed', 9, null]]],
  ['The shelling killed 3 and wounded 8 of them.', [['killed', 3, 3], ['wounded', 8, 8]]],
];

/** "one of" that counts no one harmed, and partitives that are no people. */
const NOT_PARTITIVES: Row[] = [
  ['It was one of the largest raids on the town.', []],
  ['One of the largest bombs killed 20 people.', [['killed', 20, 20]]],
  ['One of them killed a guard at the gate.', [['killed', 1, 1]]],
  ['One of the officials said the road was closed.', []],
  ['Two of them were arrested on Sunday.', []],
  ['Rebels killed 3 of the 20 cattle.', []],
];

const JOINED_GROUPS: Row[] = [
  ['Jihadists killed 3 guards and 2 civilians in Menaka.', [['killed', 5, 5]]],
  ['4 soldiers and 6 rebels died in the fighting.', [['killed', 10, 10]]],
  ['Two guards and a driver were killed.', [['killed', 3, 3]]],
  ['Five passers-by and 2 policemen were injured.', [['wounded', 7, 7]]],
  ['Gunmen killed 2 farmers and a herder near Lafia.', [['killed', 3, 3]]],
  ['Gunmen killed 3 teachers and a local headmaster.', [['killed', 4, 4]]],
  ['Pirates killed 4 sailors and 6 others aboard the tanker.', [['killed', 10, 10]]],
  ['Rebels killed 4 soldiers and the commander of the post.', [['killed', 5, 5]]],
];

/** Two groups that are two counts: the second tells its own harm, or another fate. */
const SEPARATE_GROUPS: Row[] = [
  ['Militants shot 6 rangers and 4 more were wounded by a mine.', [['wounded', 4, 4]]],
  ['Insurgents killed 8 gendarmes and 3 others were hurt.', [['killed', 8, 8], ['wounded', 3, 3]]],
  ['Militants killed 3 soldiers and a commander was wounded.', [['killed', 3, 3], ['wounded', 1, 1]]],
  ['Rebels killed 2 soldiers and 3 others were taken hostage.', [['killed', 2, 2]]],
  ['The blast killed 5 people and wounded 12 others.', [['killed', 5, 5], ['wounded', 12, 12]]],
  ['A bomb killed 2 soldiers and a soldier\'s wife was hurt.', [['killed', 2, 2], ['wounded', 1, 1]]],
];

const HEADLINES: Row[] = [
  ['Bandits raid Kauran village, kill 9 farmers', [['killed', 9, 9]]],
  ['Gunmen kill 7 in Jos', [['killed', 7, 7]]],
  ['Israeli strikes kill 12 in Gaza', [['killed', 12, 12]]],
  ['Jihadists attack army post, kill 5 soldiers', [['killed', 5, 5]]],
  ['Militants kill 3 policemen in Kashmir', [['killed', 3, 3]]],
  ['Blast kills 4 at market in Kabul', [['killed', 4, 4]]],
];

/** "kill" before a figure that tells no killing: a threat, a modal, a negation, animals, a habit in a full sentence. */
const NOT_HEADLINES: Row[] = [
  ['Pirates vow to kill 8 crew', []],
  ['Rebels threaten to kill 5 soldiers', []],
  ['Drought could kill 30 cattle', []],
  ['Herders kill 20 cattle in dispute', []],
  ['Gunmen did not kill 3 guards', []],
  ['Such raids kill 4 people a week.', []],
  ['The plan is to kill 20 people.', []],
];

describe('count rules: partitives', () => {
  test.each(PARTITIVES)('%s', (text, expected) => expect(countRows(text)).toEqual(expected));
  test.each(NOT_PARTITIVES)('%s', (text, expected) => expect(countRows(text)).toEqual(expected));
});

describe('count rules: groups joined by "and"', () => {
  test.each(JOINED_GROUPS)('%s', (text, expected) => expect(countRows(text)).toEqual(expected));
  test.each(SEPARATE_GROUPS)('%s', (text, expected) => expect(countRows(text)).toEqual(expected));
});

describe('count rules: a headline\'s present tense', () => {
  test.each(HEADLINES)('%s', (text, expected) => expect(countRows(text)).toEqual(expected));
  test.each(NOT_HEADLINES)('%s', (text, expected) => expect(countRows(text)).toEqual(expected));
});

/** Through the pipeline: the killed (and wounded) summed over all the events of the text, as an analyst would sum them. */
const SUMS: [text: string, killed: number, wounded: number][] = [
  ['Insurgents killed 8 gendarmes and 3 others were hurt in a raid on a barracks near Diffa on 4 August 2021.', 8, 3],
  ['Raiders surrounded a team of surveyors near Birnin Gwari on 2 June 2023, killing 7 of them.', 7, 0],
  ['A landmine hit a patrol truck near Buni Yadi on 8 March 2021, injuring 6 marines. One of those died in hospital.', 1, 6],
  ['4 soldiers and 6 rebels died in fighting near Kidal on 9 April 2022.', 10, 0],
  ['Bandits killed 2 farmers and a herder near Lafia on 3 July 2022.', 3, 0],
];

describe('summed over the events, no count is taken twice', () => {
  test.each(SUMS)('%s', (text, killed, wounded) => {
    const events = eventsOf(text, '2024-05-08').filter((e) => !e.aggregate);
    const sum = (f: 'killed' | 'wounded') => events.reduce((n, e) => n + (e[f]?.low ?? 0), 0);
    expect([sum('killed'), sum('wounded')]).toEqual([killed, wounded]);
  });
});
