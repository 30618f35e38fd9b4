// The faster sweep, matcher (src/document/faster-matching.ts) and tokenizer (src/document/faster-tokenizing.ts) must
// tag and match exactly as compromise's own methods do: each row runs compromise both ways, on sentences written for
// this test, and compares what comes out. An upgrade of compromise that changes the internals they reuse fails here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import nlp from 'compromise';
import { choiceBlockStart, fasterMatching, firstTokenDecides, indexable } from '../src/document/faster-matching.js';
import { extractPlugin, LEXICON_MATCHES } from '../src/document/plugin.js';
import { useFasterTokenizing } from '../src/document/faster-tokenizing.js';

nlp.plugin(extractPlugin as Parameters<typeof nlp.plugin>[0]);
type One = Record<string, unknown>;
type CTermLike = Record<string, unknown>;
const world = nlp.world() as unknown as { methods: { one: One & { tokenize: One } } };
const one = world.methods.one;
const theirs = { bulkMatch: one.bulkMatch, match: one.match, fromString: one.tokenize.fromString };
useFasterTokenizing(world as never);
const ours = { ...fasterMatching.methods.one, fromString: one.tokenize.fromString };
const lexicon = nlp.buildNet(LEXICON_MATCHES);

function use(methods: typeof theirs): void {
  one.bulkMatch = methods.bulkMatch;
  one.match = methods.match;
  one.tokenize.fromString = methods.fromString;
}

/** Runs `f` with compromise's own methods, then with ours; returns both results. */
function bothWays<T>(f: () => T): [T, T] {
  use(theirs);
  const a = f();
  use(ours);
  const b = f();
  use(theirs);
  return [a, b];
}

/** Every term's text and tags after compromise's tagging and our lexicon's sweep. */
function tagsOf(text: string): string[] {
  const doc = nlp(text);
  doc.sweep(lexicon);
  return (doc.json() as { terms: { text: string; tags: string[] }[] }[])
    .flatMap((s) => s.terms.map((t) => `${t.text}:${[...t.tags].sort().join(',')}`));
}

describe('tagging gives the same terms and tags both ways', () => {
  const rows: [string, string, string][] = [
    // sentence, a word in it, a tag that word must carry (from compromise or from our lexicon)
    ['Gunmen shelled the market on Tuesday, killing four villagers.', 'shelled', 'AttackTrigger'],
    ['The two ministers met in Geneva and signed a ceasefire deal.', 'met', 'MeetingTrigger'],
    ['Rebels ambushed a police convoy near the border; three officers were wounded.', 'wounded', 'WoundWord'],
    ["The mayor's office said nobody was hurt when the bridge collapsed.", 'said', 'ReportVerb'],
    ['Prices rose sharply in March as the central bank held rates.', 'Prices', 'Plural'],
    ["He isn't sure whether they'll attend the summit in New York City.", 'summit', 'Noun'],
    ['About 15-20 people fled after the car bomb exploded at 5:30 p.m.', 'people', 'Plural'],
    ['', '', ''],
  ];
  test.each(rows)('%s', (text, word, tag) => {
    const [a, b] = bothWays(() => tagsOf(text));
    expect(b).toEqual(a);
    if (word) expect(b.find((t) => t.startsWith(`${word}:`))?.split(':')[1].split(',')).toContain(tag);
    else expect(b).toEqual([]);
  });
});

describe('each word is parsed as compromise parses it (punctuation kept apart, normal form), also when seen before', () => {
  /** Every term's text, what stands before and after it, its normal form and tags. */
  const termsOf = (text: string) => (nlp(text).json() as { terms: { text: string; pre: string; post: string; normal: string; tags: string[] }[] }[])
    .flatMap((s) => s.terms.map((t) => `${t.pre}|${t.text}|${t.post}|${t.normal}|${[...t.tags].sort().join(',')}`));
  const rows: [string, string][] = [
    // text (each twice in one call: the second reading of a word comes from memory), a term it must hold as pre|text|post|normal
    ['"Stop!" he shouted, (twice) -- then left...', '"|Stop|!" |stop'],
    ['The U.N. envoy met Dr. Diallo at 5:30 p.m. in São Tomé.', '|São| |sao'],
    ["They'd seen 1,200 troops; the mayor's office didn't.", '|1,200| |1200'],
    ['Prices rose 15-20% in the "boom" year (2004).', '"|boom|" |boom'],
    ['Rebels’ attack – the worst … since May « now ».', '|Rebels|’ |rebels'],
    ['#breaking @wire: 3 killed near Kord :) ...', '|#breaking| |#breaking'],
  ];
  test.each(rows)('%s', (text, term) => {
    const [a, b] = bothWays(() => termsOf(`${text} ${text}`));
    expect(b).toEqual(a);
    expect(b.map((t) => t.split('|').slice(0, 4).join('|'))).toContain(term);
  });
});

describe('after the sampled sentences (faster-matching.ts REACH_SAMPLE: patterns then reached from their rarest keys as counted)', () => {
  const subjects = ['Gunmen', 'The two ministers', 'Police in the capital', 'A roadside bomb', 'Striking workers', 'The company', 'Rebel fighters'];
  const verbs = ['attacked', 'met', 'were wounded near', 'signed a deal with', 'shelled', 'talked to'];
  const objects = ['a market in Mopti', 'the envoy of Chad', 'an army post', 'about 40 people', "the mayor's office"];
  const tails = ['on Tuesday, officials said.', 'after talks in Geneva collapsed.', 'but nobody was hurt.'];
  const sentences = subjects.flatMap((a) => verbs.flatMap((v) => objects.flatMap((o) => tails.map((t) => `${a} ${v} ${o} ${t}`))));
  test(`${sentences.length} sentences in one document: the same terms and tags both ways`, () => {
    expect(sentences.length).toBeGreaterThan(2 * 300);
    const [a, b] = bothWays(() => tagsOf(sentences.join(' ')));
    expect(b).toEqual(a);
    expect(b.filter((t) => /:.*AttackTrigger/.test(t)).length).toBeGreaterThan(100);
  });
  test('the sweep finds the same matches in the same order, and the same first one', () => {
    const found = (matchOne: boolean) => {
      const doc = nlp(sentences.join(' ')) as unknown as { sweep(net: unknown, o: object): { found: { match: string; view: { pointer: number[][] } }[] } };
      return doc.sweep(lexicon, { matchOne }).found.map((f) => `${f.match} @${JSON.stringify(f.view.pointer)}`);
    };
    const [a, b] = bothWays(() => found(false));
    expect(b).toEqual(a);
    expect(b.length).toBeGreaterThan(500);
    const [first, ourFirst] = bothWays(() => found(true));
    expect(ourFirst).toEqual(first);
  });
});

describe('doc.match finds the same matches both ways', () => {
  const text = 'Militants attacked a checkpoint. Soldiers fired back and the attack ended. Nobody attacked the school.';
  const rows: [string, string[], string][] = [
    // pattern, what it must find in `text` (each sentence on its own), the group to return ('' for the whole match)
    ['attacked', ['attacked', 'attacked'], ''],
    ['#Plural', ['Militants', 'Soldiers'], ''],
    ['attacked the school', ['attacked the school'], ''],
    ['the (attack|school)', ['the attack', 'the school'], ''],
    ['^soldiers', ['Soldiers'], ''],
    ['school$', ['school'], ''],
    ['fired back+', ['fired back'], ''],
    ['!militants attacked', ['Nobody attacked'], ''],
    ['[#Plural] fired', ['Soldiers fired'], ''],
    ['[<who>#Plural] fired', ['Soldiers'], 'who'],
    ['attacked a? checkpoint', ['attacked a checkpoint'], ''],
    ['#Determiner .', ['a checkpoint', 'the attack', 'the school'], ''],
    ['bombed', [], ''],
    ['^attacked', [], ''],
    ['checkpoint$', ['checkpoint'], ''],
    ['militants$', [], ''],
    ['[<who>#Plural] attacked the', [], 'who'],
    ['#Plural attacked a school', [], ''],
    // a block of choices first: tried only where one choice (or, for &&, every choice) starts
    ['(attacked|fired) (a|back)', ['attacked a', 'fired back'], ''],
    ['(fired back|attacked) the', ['attacked the'], ''],
    ['(#Plural && soldiers) fired', ['Soldiers fired'], ''],
    ['(#Plural && militants) fired', [], ''],
    ['[(#Plural|nobody)+] attacked', ['Militants attacked', 'Nobody attacked'], ''],
    ['[(#Plural|nobody)+] attacked', ['Militants', 'Nobody'], '0'],
    ['(school|checkpoint)$', ['checkpoint', 'school'], ''],
    ['(attacked|#Noun)? the', ['the', 'attacked the'], ''],
    ['!(attacked|fired) the', ['and the'], ''],
  ];
  test.each(rows)('%s', (pattern, found, group) => {
    const [a, b] = bothWays(() => nlp(text).match(pattern, group || undefined).out('array') as string[]);
    expect(b).toEqual(a);
    expect(b.map((s) => s.replace(/[.,]$/, ''))).toEqual(found);
  });
  // the same patterns in a sweep, where a first token (a block's choices too) is looked up in the sentence's index
  test.each(rows.filter(([, , group]) => !group))('sweep: %s', (pattern, found) => {
    const net = nlp.buildNet([{ match: pattern, tag: 'Found' }]);
    const sweep = () => (nlp(text) as unknown as { sweep(net: unknown): { view: { out(f: string): string[] } } }).sweep(net).view.out('array');
    const [a, b] = bothWays(sweep);
    expect(b).toEqual(a);
    expect(b.map((s) => s.replace(/[.,]$/, ''))).toEqual(found);
  });
});

describe('which first tokens the faster matcher decides on alone', () => {
  const parse = (m: string) => (one.parseMatch as (m: string, o: object, w: object) => object[])(m, {}, nlp.world());
  const rows: [string, boolean, boolean][] = [
    // pattern, whether its first token's failure ends an attempt, whether it is looked up by word or tag
    ['attacked the', true, true],
    ['#Plural fired', true, true],
    ['(attack|school)', true, true],
    ['attacked+ the', true, true],
    ['attacked? the', false, false],
    ['!attacked the', false, false],
    ['. the', false, false],
    ['school+$', false, false],
    ['school$', true, false],
    ['~attacked~', true, false],
  ];
  test.each(rows)('%s', (pattern, decides, looked) => {
    const first = parse(pattern)[0];
    expect(firstTokenDecides(first)).toBe(decides);
    expect(indexable(first)).toBe(looked);
  });

  const [soldiers, fired] = (nlp('Soldiers fired back').docs as unknown as CTermLike[][])[0];
  const blocks: [string, boolean | null, boolean | null][] = [
    // pattern whose first token is a block of choices, whether it may start on "Soldiers", on "fired" (null: no test)
    ['(fired|#Plural) back', true, true],
    ['(fired back|shelled) the', false, true],
    ['(#Plural && soldiers) fired', true, false],
    ['(#Plural && militants) fired', false, false],
    ['(fired|#Plural)? back', null, null],
    ['!(fired|#Plural) back', null, null],
    ['(!fired|#Plural) back', null, null],
  ];
  test.each(blocks)('%s', (pattern, onSoldiers, onFired) => {
    const test = choiceBlockStart(parse(pattern)[0]);
    if (onSoldiers === null) { expect(test).toBeNull(); return; }
    expect(test?.(soldiers as never, 0, 3)).toBe(onSoldiers);
    expect(test?.(fired as never, 1, 3)).toBe(onFired);
  });
});

test('package.json pins the compromise version whose internals faster-matching.ts reuses', () => {
  const root = path.resolve(path.dirname(createRequire(import.meta.url).resolve('compromise')), '../..');
  const installed = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  expect(pkg.dependencies.compromise).toBe(installed);
});
