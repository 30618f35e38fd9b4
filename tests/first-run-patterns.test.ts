// Starting fast (issue 13): the large patterns run on every sentence are compiled when their module loads, straight to
// machine code (compiledNow, src/lexicon/words.ts), and the place patterns are written with capturing groups, which V8
// compiles faster; the groups the code reads have names. Neither may change what a pattern finds: each pattern below
// matches, on sentences written for this test, exactly what a fresh copy of it finds, and the place patterns exactly
// what their plain (?:…) form finds, groups included.
import { compiledNow } from '../src/lexicon/words.js';
import { COMMITMENT_SCAN } from '../src/lexicon/commitments.js';
import { COUNT_PHRASE_SOURCE } from '../src/rules/counts/phrases.js';
import { mayHoldEvent } from '../src/document/prefilter.js';
import { ATTACK_TRIGGERS, MEETING_TRIGGERS, AGREEMENT_TRIGGERS } from '../src/lexicon/triggers.js';
import { KILL_WORDS, WOUND_WORDS, TOLL_WORDS, ZERO_CASUALTY_PATTERNS } from '../src/lexicon/casualties.js';
import { wordsOf } from '../src/lexicon/words.js';
import {
  CAPITAL_RE, CHAIN_RE, CUE_BEFORE, CUE_RE, DISTRICT_OF_RE, HEAD_RE, LEAD_RE, OWNS_PLACE, REGION_RE, SAID_RE, TITLE_RE, WORD,
} from '../src/places/patterns.js';

/** Every match of a pattern over `text` (one for a pattern without "g"): where it starts, its text, and its groups
 *  (by name where it names them, else by number). */
function matches(re: RegExp, text: string, byName: boolean): unknown[] {
  const out: unknown[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.global ? re.exec(text) : null) {
    out.push([m.index, m[0], ...(byName ? Object.values(m.groups ?? {}) : m.slice(1))]);
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/** The pattern as it was written before: named groups as numbered ones, every other group non-capturing (escapes and
 *  character classes left as they are). */
const plain = (re: RegExp) => new RegExp(re.source.replace(/\\.|\[(?:\\.|[^\]\\])*\]|\((\?<[A-Za-z]+>|(?!\?))/g,
  (t, named) => (t.startsWith('\\') || t.startsWith('[') ? t : named ? '(' : '(?:')), re.flags);

const WITH_PLACES = [
  'Gunmen stormed a market in Turbat, Kech district, Balochistan, on Friday.',
  'Shelling hit Gwoza town (Gwoza LGA, Borno State) overnight.',
  'Police said Nad Ali district of Helmand province was calm after the clashes.',
  'A drone struck near the town of Saraqeb in northwestern Syria.',
  "Flooding cut roads in Idlib's countryside and in Kashmir's Kupwara district.",
  "Troops reached Iraq's port city Umm Qasr and left for Moscow on Tuesday.",
  'In Deir ez-Zor, fighters from the east of Ras al Ain fired on northern Baghdad.',
  'President Erdogan met Dmitry Peskov said in Ankara, Turkey, on “Monday”.',
];
const WITHOUT_PLACES = [
  'The convoy left before dawn and returned after dark.',
  'nobody was hurt when the old bridge gave way, the engineers said.',
  'Talks between the two sides are to resume next week.',
  '',
];
const SENTENCES = [...WITH_PLACES, ...WITHOUT_PLACES];

/** Each place pattern, and how many groups it had as written before (numbered, all read by the code). */
const PLACE_PATTERNS: [string, RegExp, number][] = [
  ['CHAIN_RE', CHAIN_RE, 3], ['DISTRICT_OF_RE', DISTRICT_OF_RE, 4], ['CUE_RE', CUE_RE, 4], ['HEAD_RE', HEAD_RE, 2],
  ['REGION_RE', REGION_RE, 2], ['CAPITAL_RE', CAPITAL_RE, 2], ['OWNS_PLACE', OWNS_PLACE, 0],
];
/** The number of groups of a pattern. */
const groupCount = (re: RegExp) => new RegExp(`${re.source}|`, re.flags).exec('')!.length - 1;

describe('place patterns with capturing groups', () => {
  test.each(PLACE_PATTERNS)('%s has no (?:…) group left; its plain form has its %i groups of before, named now', (_, re, groups) => {
    expect(re.source.replace(/\\.|\[(?:\\.|[^\]\\])*\]/g, '')).not.toContain('(?:');
    expect(groupCount(plain(re))).toBe(groups);
    expect(Object.keys(new RegExp(`${re.source}|`, re.flags).exec('')!.groups ?? {})).toHaveLength(groups);
    expect(groupCount(re)).toBeGreaterThan(groups);
  });

  test.each(PLACE_PATTERNS.flatMap(([name, re]) => SENTENCES.map((s) => [name, s, re] as const)))('%s on "%s" finds what its plain form finds', (_, s, re) => {
    expect(matches(re, s, true)).toEqual(matches(plain(re), s, false));
  });

  test.each([
    ['Gunmen stormed a market in Turbat, Kech district, Balochistan, on Friday.', CHAIN_RE, 'Turbat, Kech district, Balochistan', { name: 'Turbat', head: undefined, links: ', Kech district, Balochistan' }],
    ['Shelling hit Gwoza town (Gwoza LGA, Borno State) overnight.', CHAIN_RE, 'Gwoza town (Gwoza LGA, Borno State)', { name: 'Gwoza', head: 'town', links: ' (Gwoza LGA, Borno State)' }],
    ['Police said Nad Ali district of Helmand province was calm.', DISTRICT_OF_RE, 'Nad Ali district of Helmand province', { district: 'Nad Ali', head: 'district', division: 'Helmand', divisionHead: 'province' }],
    ["Troops reached Iraq's port city Umm Qasr at dawn.", CAPITAL_RE, "Iraq's port city Umm Qasr", { country: 'Iraq', town: 'Umm Qasr' }],
    ['A drone struck near the town of Saraqeb at noon.', CUE_RE, 'town of Saraqeb', { cue: 'town of', the: undefined, direction: undefined, name: 'Saraqeb' }],
    ['Rockets fell on northern Baghdad late on Monday.', CUE_RE, 'on northern Baghdad', { cue: 'on', the: undefined, direction: 'northern', name: 'Baghdad' }],
    ['Rockets fell on northern Baghdad late on Monday.', REGION_RE, 'northern Baghdad', { direction: 'northern', name: 'Baghdad' }],
    ['Floods hit Idleb province.', HEAD_RE, 'Idleb province', { name: 'Idleb', head: 'province' }],
  ] as const)('"%s": the phrase and the groups the code reads, by name', (s, re, phrase, groups) => {
    const m = new RegExp(re.source, re.flags.replace('g', '')).exec(s)!;
    expect(m[0]).toBe(phrase);
    expect({ ...m.groups }).toEqual(groups);
  });

  test.each(WITHOUT_PLACES)('no chain, district or capital phrase in "%s"', (s) => {
    for (const re of [CHAIN_RE, DISTRICT_OF_RE, CAPITAL_RE, HEAD_RE]) expect(matches(re, s, true)).toEqual([]);
  });
});

const COMPILED: [string, RegExp][] = [
  ...PLACE_PATTERNS.map(([name, re]): [string, RegExp] => [name, re]), ['CUE_BEFORE', CUE_BEFORE], ['LEAD_RE', LEAD_RE], ['TITLE_RE', TITLE_RE], ['SAID_RE', SAID_RE], ['WORD', WORD],
  ['COMMITMENT_SCAN', COMMITMENT_SCAN], ['the count phrase pattern', new RegExp(COUNT_PHRASE_SOURCE, 'gi')],
];

describe('patterns compiled when their module loads', () => {
  test.each(COMPILED)('%s starts its search at the start of a text', (_, re) => {
    expect(re.lastIndex).toBe(0);
  });

  test.each(COMPILED.flatMap(([name, re]) => [...SENTENCES, 'More than 25 people were killed and 15-20 hurt; both sides agreed to a truce.']
    .map((s) => [name, s, re] as const)))('%s on "%s" finds what a fresh copy finds', (_, s, re) => {
    expect(matches(compiledNow(new RegExp(re.source, re.flags)), s, false)).toEqual(matches(new RegExp(re.source, re.flags), s, false));
    expect(matches(re, s, false)).toEqual(matches(new RegExp(re.source, re.flags), s, false));
  });

  test('compiledNow gives back the pattern it was given, its search reset', () => {
    const re = /\bstorm\w*/g;
    re.lastIndex = 7;
    expect(compiledNow(re)).toBe(re);
    expect(re.lastIndex).toBe(0);
    expect(matches(re, 'A storm, then storms.', false)).toEqual([[2, 'storm'], [14, 'storms']]);
  });
});

/** The prefilter's pattern as it was before its word lookup: every form of the lexicon in one case-insensitive
 *  alternation of whole words, any spaces or hyphens between a form's words, or a phrase of no harm, or a commitment. */
function plainPrefilter(): (sentence: string) => boolean {
  const forms = new Set<string>();
  for (const list of [ATTACK_TRIGGERS, MEETING_TRIGGERS, AGREEMENT_TRIGGERS]) for (const e of list) for (const f of e.forms) forms.add(f);
  for (const w of wordsOf(KILL_WORDS, WOUND_WORDS, TOLL_WORDS)) forms.add(w);
  const alts = [...forms].map((f) => f.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/(?:\\-|\s|-)+/g, '[\\s\\-‐]+'));
  alts.sort((x, y) => y.length - x.length);
  const zero = ZERO_CASUALTY_PATTERNS.map((z) => `(?:${z.pattern.replace(/\\b/g, '')})`);
  const re = new RegExp(`\\b(?:${alts.join('|')})\\b|${zero.join('|')}`, 'i');
  return (sentence) => re.test(sentence) || COMMITMENT_SCAN.test(sentence);
}

describe('the prefilter, a word lookup, keeps what its pattern kept', () => {
  const before = plainPrefilter();
  test.each([
    ['Militants killed nine villagers in a raid.', true],
    ['TWO GUARDS WERE WOUNDED AT THE GATE.', true],
    ['A kamikaze drone hit the depot.', true],
    ['A Kamikaze-Drone hit the depot.', true],
    ['A kamikaze \u2010 drone hit the depot.', true],
    ['The alarm went  off at dawn.', true],
    ['Officers found a nerve\nagent in the flat.', true],
    ['The drone-strikes resumed.', true],
    ['No one was hurt in the blast, police said.', true],
    ['Guests at the casino one was hurt by were calm.', true],
    ['Both parties pledged to respect the ceasefire.', true],
    ['The ministers met in Vienna for talks.', true],
    ['Rain is expected across the region this weekend.', false],
    ['The company reported higher profits for the quarter.', false],
    ['A skilled painter restored the old mural.', false],
    ['The kamikaze, a drone of sorts, was a toy.', false],
    ['The kamikaze_drone file was empty.', false],
    ['The kamikazes drone on about the weather.', false],
    ['The nerve agentry panel went offline.', false],
    ['The film crew went to the airport.', false],
    ['', false],
  ] as const)('"%s": %s', (s, kept) => {
    expect(mayHoldEvent(s)).toBe(kept);
    expect(before(s)).toBe(kept);
  });
});
