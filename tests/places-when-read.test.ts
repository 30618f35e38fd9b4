// A mention's place is worked out when something first reads it (src/resolvers/event-place.ts), and a draft's place
// is the best of its mentions' when read (src/refiners/merge.ts): a draft a keep rule drops without asking where
// never has its places worked out. What the user sees must not depend on when, or whether, a place was read.
import { resolveMentionPlace } from '../src/resolvers/event-place.js';
import { buildPlaceContext, type PlaceContext } from '../src/places/index.js';
import { mergeMentions } from '../src/refiners/merge.js';
import { extractEvents } from '../src/pipeline/extract.js';
import type { Mention } from '../src/rules/mention.js';

/** A mention of `type` anchored at `word` in the one-sentence document `text`, as the rules leave it (the fields the
 *  place resolver and the merge read). */
function mentionIn(text: string, word: string, type: Mention['type'], index = 0, start = 0): Mention {
  const at = start + text.indexOf(word);
  const sentence = { text, start, end: start + text.length, index, terms: [] };
  return {
    type, subtype: type === 'meeting' ? 'talks' : 'unspecified', rule: `test:${type}`, sentence, count: null,
    trigger: { text: word, family: type === 'casualties' ? 'attack' : type, subtype: 'unspecified', strength: 'strong', verb: true },
    commitment: null, clauseTerms: [0, 0], anchor: at, clause: [start, start + text.length], status: 'occurred',
    aggregate: false, actors: [], killed: null, wounded: null, date: null, location: null, attribution: null,
    anaphoric: false, generic: false, modifier: false, reaction: false, joined: null, dropped: null,
  } as unknown as Mention;
}

/** The document's place context, built at most once, and how many times it was asked for. */
function counted(text: string): { places: () => PlaceContext; built: () => number } {
  let ctx: PlaceContext | null = null;
  let n = 0;
  return { places: () => { n += 1; return (ctx ??= buildPlaceContext(text)); }, built: () => n };
}

describe('a mention\'s place, worked out when read', () => {
  const rows: [string, string, Mention['type'], string | null][] = [
    // sentence, the mention's word, its type, the place it must have (null: none)
    ['Gunmen attacked a market in Mopti on Tuesday.', 'attacked', 'attack', 'Mopti'],
    ['The foreign ministers met in Geneva on Monday.', 'met', 'meeting', 'Geneva'],
    ['Rebels shelled the town of Goma, killing four.', 'shelled', 'attack', 'Goma'],
    // no place named
    ['The two companies met on Monday to talk about prices.', 'met', 'meeting', null],
    ['Gunmen attacked a market on Tuesday.', 'attacked', 'attack', null],
  ];
  test.each(rows)('%s', (text, word, type, name) => {
    const m = mentionIn(text, word, type);
    const { places, built } = counted(text);
    resolveMentionPlace(m, text, places, 0);
    expect(built()).toBe(0); // nothing read yet: no place context built
    const first = m.location;
    expect(first?.name ?? null).toBe(name);
    expect(m.location).toBe(first); // read again: the same place, not worked out again
    expect(built()).toBeLessThanOrEqual(1);
    expect({ ...m }.location).toBe(first); // a copy of the mention carries it
  });

  test('a place written to the mention replaces the one it would work out, which is then never worked out', () => {
    const text = 'Gunmen attacked a market in Mopti on Tuesday.';
    const m = mentionIn(text, 'attacked', 'attack');
    const { places, built } = counted(text);
    resolveMentionPlace(m, text, places, 0);
    m.location = null;
    expect(m.location).toBeNull();
    expect(built()).toBe(0);
  });
});

describe('a draft\'s place: the most precise of its mentions\', read when asked', () => {
  test('a country told first, a town told after: the town', () => {
    const first = 'Gunmen attacked a market in Mali on Tuesday.';
    const second = 'The attack in the town of Mopti killed four.';
    const text = `${first} ${second}`;
    const { places } = counted(text);
    const a = mentionIn(first, 'attacked', 'attack');
    const b = mentionIn(second, 'attack', 'attack', 1, first.length + 1);
    b.anaphoric = true;
    for (const m of [a, b]) resolveMentionPlace(m, text, places, 0);
    const drafts = mergeMentions([a, b]);
    expect(drafts).toHaveLength(1);
    expect(drafts[0].location?.name).toBe('Mopti');
    drafts[0].location = null; // written (as the fallback country is): it replaces the mentions' best
    expect(drafts[0].location).toBeNull();
  });

  test('a draft of mentions that name no place has none, and its document builds no place context for it', () => {
    const text = 'The two companies met on Monday to talk about prices.';
    const { places, built } = counted(text);
    const m = mentionIn(text, 'met', 'meeting');
    resolveMentionPlace(m, text, places, 0);
    const [d] = mergeMentions([m]);
    expect(built()).toBe(0);
    expect(d.location).toBeNull();
  });
});

describe('what the user sees does not depend on which places were read', () => {
  const rows: [string, string | null][] = [
    // document, the place of its one event (null: no event)
    ['Rebels attacked an army post in Mopti on Tuesday, killing three soldiers.', 'Mopti'],
    ['Gunmen attacked a village in Mali on Monday. The attack in the town of Mopti killed 12 villagers.', 'Mopti'],
    // dropped by a keep rule that never asks where: no event, with or without a place in the sentence
    ['Apple and Samsung met in Geneva on Monday to talk about patents.', null],
    ['The two carmakers signed a deal in Detroit.', null],
  ];
  test.each(rows)('%s', (text, name) => {
    const events = extractEvents({ id: 'd', text }, { referenceDate: '2024-06-05' }).events;
    if (name === null) { expect(events).toEqual([]); return; }
    expect(events).toHaveLength(1);
    expect(events[0].location?.name).toBe(name);
  });
});
