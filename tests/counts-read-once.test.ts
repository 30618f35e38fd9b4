// Count phrases read once per sentence: the found-dead, number and rival families all read a sentence's count phrases
// (countPhrasesOf keeps the last sentence's); what they get is what findCountPhrases finds, sentence after sentence,
// asked again, and back to an earlier one.
import { findCountPhrases } from '../src/rules/counts/phrases.js';
import { countPhrasesOf } from '../src/rules/counts/shared.js';

// [sentence, the count phrases as written]
const SENTENCES: [string, string[]][] = [
  ['At least 12 soldiers were killed and 30 wounded on Monday.', ['At least 12', '30']],
  ['The bodies of four herders were found near the river.', ['four']],
  ['Three people died (five according to the rebels).', ['Three', 'five']],
  ['The minister spoke to reporters.', []],
  ['', []],
  ['At least 12 soldiers were killed and 30 wounded on Monday.', ['At least 12', '30']],
];

describe('count phrases read once per sentence', () => {
  test.each(SENTENCES)('%s', (text, phrases) => {
    const once = countPhrasesOf(text);
    expect(once.map((p) => p.text)).toEqual(phrases);
    expect(once).toEqual(findCountPhrases(text));
    expect(countPhrasesOf(text)).toEqual(findCountPhrases(text)); // asked again by the next family
  });
});
