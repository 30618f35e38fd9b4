// Count rules, people found dead (src/rules/counts/found-dead.ts): a body found with a mark of violence is a killing
// (a `violent` count, rule found-killed); a body found with no such mark is left to the other rules (a drowning, a
// crash), and a figure is read once, not again as "bodies of 4".
import { countMentions } from './helpers/counts.js';

type Row = [text: string, killed: [low: number, high: number | null][]];

const violentCounts = (text: string) =>
  countMentions(text).filter((c) => c.violent).map((c) => [c.count.low, c.count.high]);

const FOUND_KILLED: Row[] = [
  ['Police found the body of a schoolteacher near Tank with bullet wounds.', [[1, 1]]],
  ['The bullet-riddled bodies of 4 herders were discovered in a ditch.', [[4, 4]]],
  ['Police found the bodies of three men with their hands bound.', [[3, 3]]],
  ['Three bodies bearing signs of torture were dumped outside the town.', [[3, 3]]],
  ['A body riddled with bullets was found near the market.', [[1, 1]]],
  ['The beheaded bodies of 2 traders were recovered near Mueda.', [[2, 2]]],
  ['The body of Ahmed Salim was found blindfolded in a field.', [[1, 1]]],
  ['Residents found the bodies of 5 youths with stab wounds.', [[5, 5]]],
  ['The body of a Kenyan soldier was found near Garissa with gunshot wounds.', [[1, 1]]],
  ['The corpses of at least 6 miners, shot in the head, were found near the pit.', [[6, null]]],
  ['Farmers discovered the body of a herder who had been strangled.', [[1, 1]]],
  ['The bodies of 2 abducted aid workers were found on Tuesday, executed.', [[2, 2]]],
  ['The mutilated bodies of 7 villagers were found in a forest near Djugu.', [[7, 7]]],
  ['A corpse with its throat slit was found on the road to Mopti.', [[1, 1]]],
  ['The body of a missing teacher was later found, handcuffed, in a river.', [[1, 1]]],
];

/** Bodies found with no mark of a killing, the dead not counted, or a "body" that is no corpse. */
const NOT_FOUND_KILLED: string[] = [
  'The bodies of 12 migrants were found on a beach after their boat capsized.',
  'The body of a climber was recovered from the glacier.',
  'The body was found with stab wounds.',
  'Rescuers recovered 30 bodies from the rubble.',
  'The bodies of 30 migrants bound for Italy were recovered.',
  'The governing body of the union was found to have shot down the plan.',
  'Bodies riddled with bullets were found in the street.',
  'Soldiers shot 3 men whose bodies were never found.',
];

describe('found-killed', () => {
  test.each(FOUND_KILLED)('%s', (text, killed) => expect(violentCounts(text)).toEqual(killed));
  test.each(NOT_FOUND_KILLED)('%s', (text) => expect(violentCounts(text)).toEqual([]));
  test('a figure is read once: the count rules read no second count from "bodies of 4 herders"', () => {
    const counts = countMentions('The bullet-riddled bodies of 4 herders were discovered in a ditch.');
    expect(counts.map((c) => [c.rule, c.count.low])).toEqual([['found-killed', 4]]);
  });
  test('with no mark of violence "the bodies of 12" stays an ordinary count, not a killing', () => {
    const counts = countMentions('The bodies of 12 migrants were found on a beach after their boat capsized.');
    expect(counts.map((c) => [c.rule, c.count.low, c.violent ?? false])).toEqual([['harm-count', 12, false]]);
  });
});
