// The keep rules ask some questions of the whole document (is it about a conflict? does it give this person a state
// title?) once per document, not once per event (a long article with many events was quadratic). These tables check
// the answers stay those of each document: documents read one after another in any order keep or drop exactly what
// each keeps or drops alone, and the remembered answers follow the text and the key asked.
import { extractEvents } from '../src/pipeline/extract.js';
import { perDocument, perDocumentAndKey } from '../src/refiners/keep/document-memo.js';

// the same raid, kept in an article about a war and dropped in one that has no armed side (attack:no-armed-context)
const conflict = 'Insurgents and soldiers have fought for months around Zarin, and the army shelled rebel positions with mortars last week. On Tuesday a group raided a warehouse in Zarin.';
const plain = 'On Tuesday a group raided a warehouse in Zarin. The owner said nothing was taken.';
const everyday = 'The home side attacked down the left wing all afternoon. The visitors struck twice before half-time at the stadium.';
const summit = 'President Amara Okafor met the Kenyan foreign minister in Nairobi on Tuesday. Okafor held talks on trade with him.';
const firm = 'Mr Okafor met the sales team in Leeds on Tuesday. Okafor held talks with the supplier.';

const alone = (text: string) => JSON.stringify(extractEvents({ id: 'd', text }, { referenceDate: '2024-06-04' }).events);

describe('documents read in any order keep what each keeps alone', () => {
  const texts = [conflict, plain, everyday, summit, firm];
  const expected = new Map(texts.map((t) => [t, alone(t)]));
  const orders = [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [1, 0, 1, 0, 2], [2, 3, 4, 4, 3], [0, 0, 1, 1, 0]];
  test.each(orders)('order %p %p %p %p %p', (...order: number[]) => {
    for (const i of order) expect(alone(texts[i])).toBe(expected.get(texts[i]));
  });
  test('the raid is an event in the war article only (the tables compare something)', () => {
    const raids = (t: string) => (JSON.parse(expected.get(t)!) as { evidence: { text: string }[] }[])
      .filter((e) => e.evidence.some((x) => x.text.includes('raided'))).length;
    expect([raids(conflict), raids(plain)]).toEqual([1, 0]);
    expect(JSON.parse(expected.get(everyday)!)).toEqual([]);
  });
});

describe('perDocument and perDocumentAndKey', () => {
  test('answer once per text, again when the text changes', () => {
    const asked: string[] = [];
    const long = perDocument((t) => { asked.push(t); return t.length > 3; });
    expect([long('abcd'), long('abcd'), long('ab'), long('abcd')]).toEqual([true, true, false, true]);
    expect(asked).toEqual(['abcd', 'ab', 'abcd']);
  });
  test('answer once per key of a text', () => {
    const asked: string[] = [];
    const has = perDocumentAndKey((t: string, w: string) => { asked.push(`${t}:${w}`); return t.includes(w); });
    expect([has('red fox', 'fox'), has('red fox', 'dog'), has('red fox', 'fox'), has('grey dog', 'fox'), has('grey dog', 'dog')])
      .toEqual([true, false, true, false, true]);
    expect(asked).toEqual(['red fox:fox', 'red fox:dog', 'grey dog:fox', 'grey dog:dog']);
  });
});
