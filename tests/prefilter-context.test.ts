// The prefilter's document rule (src/document/prefilter.ts): a sentence whose trigger words all ask something of
// their document (words of meeting, agreement and commitment: a word of conflict or state; everyday attack words: an
// armed side or two nations; src/document/context-words.ts) is not tagged when the document lacks it, unless a word
// that asks nothing stands anywhere in it. Tables of our own sentences: sentences left unread, and the same words
// still read, one for each kind of context word and each kind of word that asks nothing.
import { extractEvents } from '../src/pipeline/extract.js';
import { hasArmedSideWord, hasConflictOrStateWord } from '../src/document/context-words.js';
import { REF_DATE } from './helpers/extract.js';
import { explanationJson, explanationText } from '../src/format/explain.js';

function explained(text: string): { read: number; unread: number; events: number } {
  const r = extractEvents({ id: 't', text, date: REF_DATE }, { explain: true });
  return { read: r.explain!.read, unread: r.explain!.unread, events: r.events.length };
}

/** Business, sport and office news told with words of meeting, agreement or everyday attack, and no word of
 *  conflict or state: none of it is tagged, and no event comes out. */
const UNREAD: [text: string, unread: number][] = [
  ['Brightwater Foods reached a deal with its largest supplier on Tuesday. The agreement runs for three years.', 2],
  ['The Harbour Tigers beat the Mill Lane Rovers 3-1 on Saturday. Their goalkeeper was the hero of the afternoon.', 1],
  ['Two chip makers held talks about a merger last week, people familiar with the matter said.', 1],
  ['Traders discussed the results over lunch. Their talks ran on into the afternoon.', 2],
  ['The band signed with a small label in the spring. Its singer met the producer twice before recording began.', 2],
  ['A software maker launched a new phone for students on Monday.', 1],
  ['The bakery chain pledged to open ten new shops next year.', 1],
  // an everyday attack word asks for an armed side or two nations: one country is not enough
  ['The Lima Tigers beat the Cusco Rovers 3-1 in Peru on Saturday.', 1],
  // ... and where a meeting word of the same story finds its state word, only the attack word's sentence is unread
  ['The Lima Tigers beat the Cusco Rovers 3-1 on Saturday. The club\'s talks with Peru\'s football league go on.', 1],
];

describe('sentences left untagged: their trigger words need a context the document lacks', () => {
  test.each(UNREAD)('%s', (text, unread) => {
    const x = explained(text);
    expect(x.unread).toBe(unread);
    expect(x.events).toBe(0);
  });
});

/** The same kinds of words with a word of conflict or state somewhere in the document: read by the rules. */
const READ_FOR_CONTEXT: [context: string, text: string][] = [
  ['an armed actor', 'Brightwater Foods reached a deal with its supplier. Soldiers guarded the warehouse.'],
  ['the police', 'The crowd beat two men outside the stadium before police arrived.'],
  ['a weapon', 'The convoy came under fire from a mortar crew; the fighting lasted an hour.'],
  ['a setting of conflict', 'The insurgency has not stopped the talks, the spokesman for the traders said.'],
  ['a state word', 'The government held talks with the bakers\' guild on Tuesday.'],
  ['a title', 'Governor Ames met the mill owners on Tuesday.'],
  ['an office-holder in the plural', 'The ministers met the mill owners on Tuesday.'],
  ['a country', 'Brightwater Foods reached a deal with a supplier in Peru.'],
  ['a country of several words', 'A shipping line signed a deal with a port in the United Arab Emirates.'],
  ['a demonym', 'The Chilean delegation held talks with the mill owners.'],
  ['a capital', 'Talks in Nairobi ended without a deal for the mill owners.'],
  ['a named armed group', 'Hezbollah held talks with the mill owners in the south.'],
  ['an international body', 'The IMF held talks with the mill owners on Tuesday.'],
  ['a political body', 'The parliament discussed the mill owners\' offer on Tuesday.'],
  ['a mediator', 'A mediator joined the talks between the mill owners and their workers.'],
  ['the stem of mediation', 'The talks, mediated by a retired judge, ended on Tuesday.'],
  ['a commitment with a state word', 'The government pledged to open ten new clinics next year.'],
  ['an everyday attack word and two nations', 'Chile beat Peru 3-1 in Lima on Saturday.'],
  ['an everyday attack word and an armed side', 'Rebels beat two traders on the road to the market.'],
  ['an everyday attack word and a body found', 'The body of a trader was found after the fighting near the market.'],
  ['an everyday attack word and a meeting word with a state word', 'The minister held talks on Monday as fighting went on.'],
];

describe('documents with those words and a word of conflict or state are read', () => {
  test.each(READ_FOR_CONTEXT)('%s', (_context, text) => {
    const x = explained(text);
    expect(x.read).toBeGreaterThan(0);
    expect(x.unread).toBe(0);
  });
});

/** Words that found an event without any context: one of them anywhere and every candidate sentence is read. */
const READ_ALONE: [kind: string, text: string, read: number][] = [
  ['a strong attack word', 'The Harbour Tigers beat the Rovers on Saturday. A car bomb went off outside the ground.', 2],
  ['a word of harm', 'The Harbour Tigers beat the Rovers on Saturday. A fan was killed outside the ground.', 2],
  ['a ceasefire', 'Brightwater Foods reached a deal with its supplier. The ceasefire held through the night.', 2],
];

describe('a word that stands alone keeps the whole document read', () => {
  test.each(READ_ALONE)('%s', (_kind, text, read) => {
    const x = explained(text);
    expect(x.read).toBe(read);
    expect(x.unread).toBe(0);
  });
});

/** The context test on its own: words it must find, in any case, and text it must not. */
const CONTEXT_WORDS: [text: string, found: boolean][] = [
  ['TROOPS ENTER THE TOWN', true],
  ['a state visit', true],
  ['the Kremlin said', true],
  ['in Kyiv\'s suburbs', true],
  ['U.S. carmakers', true],
  ['al-Shabaab fighters', true],
  ['the peace talks resumed', true],
  ['a merger of two bakeries', false],
  ['the striker scored twice', false],
  ['shareholders voted on the deal', false],
  ['', false],
];

describe('hasConflictOrStateWord', () => {
  test.each(CONTEXT_WORDS)('%s', (text, found) => {
    expect(hasConflictOrStateWord(text)).toBe(found);
  });
});

/** The armed side test: armed and police actors, named armed groups, weapons, live fire, bodies, or two nations. */
const ARMED_SIDE_WORDS: [text: string, found: boolean][] = [
  ['MILITANTS OPENED FIRE', true],
  ['police officers', true],
  ['a grenade', true],
  ['Boko Haram', true],
  ['fired live rounds', true],
  ['two bodies', true],
  ['Chile and Peru', true],
  ['the United States and Mexico', true],
  ['Peru alone', false],
  ['the minister and the envoy', false],
  ['a bakery and a mill', false],
];

describe('hasArmedSideWord', () => {
  test.each(ARMED_SIDE_WORDS)('%s', (text, found) => {
    expect(hasArmedSideWord(text)).toBe(found);
  });
});

describe('--explain says how many sentences were left unread', () => {
  test('as text and as JSON', () => {
    const r = extractEvents({ id: 't', text: UNREAD[0][0], date: REF_DATE }, { explain: true });
    expect(explanationText(r.explain!)).toMatch(/^explain t: 2 sentences, 0 read by the rules \(2 with trigger words left unread: no armed side or word of state in the document for them\), 0 candidates\n$/);
    expect(JSON.parse(explanationJson(r.explain!))).toMatchObject({ sentences: 2, read: 0, unread: 2 });
  });
});
