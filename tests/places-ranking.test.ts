// Choosing between namesakes (issue 10): a side's nationality is weak evidence for the place ("U.S. envoys ... in
// Paris" is France), a stray alternate name never beats a well-known place of that very name ("Rome" is also an
// alternate of Lome), English exonyms resolve (Geneva, Cologne), and where negotiators travel for talks is the talks'
// place, not a speaker's. Our own sentences.
import { eventsOf } from './helpers/extract.js';

const placeOf = (text: string, type: string) => {
  const e = eventsOf(text).find((x) => x.type === type);
  return e?.location ? `${e.location.name}/${e.location.country}` : null;
};

test.each([
  ['U.S. and Iranian envoys held talks in Paris on Monday.', 'meeting', 'Paris/FR'],
  ['Russian and American negotiators return to Geneva this week for talks on arms control.', 'meeting', 'Geneva/CH'],
  ['Rebel negotiators flew to Nairobi on Sunday for talks with the government.', 'meeting', 'Nairobi/KE'],
  ['The Italian and Libyan prime ministers held talks in Rome on Tuesday.', 'meeting', 'Rome/IT'],
  ['German and Polish ministers met in Cologne on Friday to discuss the border.', 'meeting', 'Cologne/DE'],
  ['American troops clashed with militants near Kandahar on Monday.', 'attack', 'Kandahar/AF'],
])('%s', (text, type, expected) => {
  expect(placeOf(text, type)).toBe(expected);
});

test('a speaker in a place is not where talks are', () => {
  // "officials in Kabul said" tells where the officials are; the talks' place is the one after its word
  expect(placeOf('Afghan and Pakistani officials in Kabul said talks would open in Doha on Monday.', 'meeting')).not.toBe('Kabul/AF');
});
