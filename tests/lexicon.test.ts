// The word lists of src/lexicon/ as data: the helpers that turn them into sets, records and alternations; every list
// made of groups with a reason id; a people noun has one kind whichever list names it.
import { alternation, valuesOf, wordSet, wordsOf, type WordEntry } from '../src/lexicon/words.js';
import * as abbreviations from '../src/lexicon/abbreviations.js';
import * as actors from '../src/lexicon/actors.js';
import * as attribution from '../src/lexicon/attribution.js';
import * as casualties from '../src/lexicon/casualties.js';
import * as commitments from '../src/lexicon/commitments.js';
import * as countContext from '../src/lexicon/count-context.js';
import * as functionWords from '../src/lexicon/function-words.js';
import * as parties from '../src/lexicon/parties.js';
import * as triggers from '../src/lexicon/triggers.js';

describe('helpers', () => {
  const LISTS: WordEntry[] = [{ reason: 'first', words: ['up to', 'u.s.'] }, { reason: 'second', words: ['a+b'] }];

  test('wordsOf and wordSet keep every word, in the order written', () => {
    expect(wordsOf(LISTS, [{ reason: 'third', words: ['z'] }])).toEqual(['up to', 'u.s.', 'a+b', 'z']);
    expect([...wordSet(LISTS)]).toEqual(['up to', 'u.s.', 'a+b']);
  });

  // [text, whether the alternation (spaces as \s+) matches it whole]
  const MATCHES: [string, boolean][] = [
    ['up to', true], ['up   to', true], ['u.s.', true], ['a+b', true],
    ['upto', false], ['uxsx', false], ['aab', false], ['up', false],
  ];
  test.each(MATCHES)('alternation escapes its words: %j → %s', (text, expected) => {
    const re = new RegExp(`^(?:${alternation(LISTS, '\\s+')})$`);
    expect(re.test(text)).toBe(expected);
  });

  test('alternation keeps a space as written unless told otherwise', () => {
    expect(alternation([{ reason: 'r', words: ['no longer', 'not'] }])).toBe('no longer|not');
  });

  test('valuesOf gives each word its group\'s value', () => {
    const kinds = valuesOf([{ reason: 'a', kind: 'x', words: ['one', 'two'] }, { reason: 'b', kind: 'y', words: ['three'] }], (g) => g.kind);
    expect(kinds).toEqual({ one: 'x', two: 'x', three: 'y' });
  });

  test('valuesOf refuses a word listed in two groups', () => {
    expect(() => valuesOf([{ reason: 'a', kind: 'x', words: ['one'] }, { reason: 'b', kind: 'y', words: ['one'] }], (g) => g.kind))
      .toThrow(/"one" is listed twice/);
  });
});

/** What is wrong with a list of word groups: a group without a reason id or without words, a word twice. */
function listProblems(name: string, list: WordEntry[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const e of list) {
    if (!/^[a-z][a-z0-9-]*$/.test(e.reason ?? '')) out.push(`${name}: bad reason id ${JSON.stringify(e.reason)}`);
    if (!e.words?.length) out.push(`${name}: ${e.reason} has no words`);
    for (const w of e.words ?? []) {
      if (!w || w !== w.trim()) out.push(`${name}: ${e.reason} has the word ${JSON.stringify(w)}`);
      if (seen.has(w)) out.push(`${name}: "${w}" twice`);
      seen.add(w);
    }
  }
  return out;
}

const isWordList = (v: unknown): v is WordEntry[] =>
  Array.isArray(v) && v.length > 0 && v.every((e) => e && typeof e === 'object' && Array.isArray((e as WordEntry).words));

describe('every word list has reason ids', () => {
  const BAD: [string, WordEntry[], string][] = [
    ['no reason', [{ reason: '', words: ['a'] }], 'bad reason id'],
    ['a reason that is no id', [{ reason: 'Two Words', words: ['a'] }], 'bad reason id'],
    ['no words', [{ reason: 'empty', words: [] }], 'has no words'],
    ['a padded word', [{ reason: 'padded', words: [' a'] }], 'has the word'],
    ['a word twice', [{ reason: 'one', words: ['a'] }, { reason: 'two', words: ['a'] }], '"a" twice'],
  ];
  test.each(BAD)('the check finds %s', (_what, list, problem) => {
    expect(listProblems('test', list).join('\n')).toContain(problem);
  });

  test('the check passes a good list', () => {
    expect(listProblems('test', [{ reason: 'fine', words: ['a', 'b c'] }])).toEqual([]);
  });

  const modules = { abbreviations, actors, attribution, casualties, commitments, countContext, functionWords, parties, triggers };
  const lists = Object.entries(modules).flatMap(([m, exports]) =>
    Object.entries(exports).filter(([, v]) => isWordList(v)).map(([name, v]) => [`${m}.${name}`, v as WordEntry[]] as const));

  test('the lexicon has word lists to check', () => {
    expect(lists.length).toBeGreaterThan(40);
  });

  test.each(lists)('%s', (name, list) => {
    expect(listProblems(name, list)).toEqual([]);
  });

  test('trigger entries have a reason id, one per entry of a family', () => {
    for (const family of [triggers.ATTACK_TRIGGERS, triggers.MEETING_TRIGGERS, triggers.AGREEMENT_TRIGGERS]) {
      const reasons = family.map((e) => e.reason);
      expect(reasons.every((r) => /^[a-z][a-z0-9-]*$/.test(r))).toBe(true);
      expect(new Set(reasons).size).toBe(reasons.length);
    }
  });
});

describe('a people noun has one kind', () => {
  const NOUN_LISTS = { ACTOR_HEADS: actors.ACTOR_HEADS, VICTIM_NOUNS: casualties.VICTIM_NOUNS, SINGULAR_VICTIM_NOUNS: casualties.SINGULAR_VICTIM_NOUNS };

  test('no word has two kinds across the actor heads and the victim nouns', () => {
    const conflicts: string[] = [];
    const words = new Set(Object.values(NOUN_LISTS).flatMap((l) => Object.keys(l)));
    for (const w of words) {
      const kinds = Object.entries(NOUN_LISTS).filter(([, l]) => Object.hasOwn(l, w)).map(([n, l]) => `${n}=${l[w]}`);
      if (new Set(kinds.map((k) => k.split('=')[1])).size > 1) conflicts.push(`${w}: ${kinds.join(' ')}`);
    }
    expect(conflicts).toEqual([]);
  });

  // [word, the list, its kind]: the leader of a state or a group is named by the words before it
  const KINDS: [string, keyof typeof NOUN_LISTS, string][] = [
    ['leader', 'ACTOR_HEADS', 'government'], ['leaders', 'ACTOR_HEADS', 'government'],
    ['leaders', 'VICTIM_NOUNS', 'government'], ['leader', 'SINGULAR_VICTIM_NOUNS', 'government'],
    ['soldiers', 'VICTIM_NOUNS', 'military'], ['gunman', 'SINGULAR_VICTIM_NOUNS', 'militant'], ['villagers', 'ACTOR_HEADS', 'civilian'],
  ];
  test.each(KINDS)('%s in %s is %s', (word, list, kind) => {
    expect(NOUN_LISTS[list][word]).toBe(kind);
  });
});
