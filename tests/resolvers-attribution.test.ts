// Who says so: the source of each report, and words that look like reporting but are not.
import { eventsOf } from './helpers/extract.js';

const CASES: [text: string, source: string | null][] = [
  ['A Syrian opposition war monitor said nine soldiers were killed in an airstrike.', 'Syrian opposition war monitor'],
  ['Nine soldiers were killed in an airstrike, according to the health ministry.', 'health ministry'],
  ['Nine soldiers were killed in an airstrike near the town, the army said.', 'army'],
  ['Kenya and Uganda have agreed upon a joint border patrol, the State House announced Friday.', 'State House'],
  ['Al-Shabaab claimed responsibility for the bombing that killed 12 people.', null],
  ['An airstrike killed nine people in the town in which it said rebels hid.', null],
];

describe('attribution', () => {
  test.each(CASES)('%s', (text, source) => {
    const [e] = eventsOf(text);
    expect(e).toBeDefined();
    expect(e.attribution?.source ?? null).toBe(source);
  });
});
