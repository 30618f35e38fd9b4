// The start-up snapshot's patterns, found in the heap and recompiled at run time (src/cli/snapshot-regexps.ts): every
// pattern is found, a recompiled one matches what it matched (same object, same source and flags), and one in use
// (a global pattern between two runs) or one that cannot be recompiled is left as it is.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { recompile } from '../src/cli/snapshot-regexps.js';

const WORD = /\b(?:attack(?:ed|s)?|shell(?:ed|ing))\b/i;
const PLACE = new RegExp('\\p{Lu}\\p{Ll}+ (?:province|district)', 'u');

test('regExpsInHeap finds the patterns of a module, literals and built ones, and nothing but patterns', () => {
  // in a node of its own, as the snapshot's build runs it (jest runs this file in a realm of its own)
  const module = fileURLToPath(new URL('../src/cli/snapshot-regexps.js', import.meta.url));
  const script = `import { regExpsInHeap } from ${JSON.stringify(module)};
    const word = /\\b(?:attack(?:ed|s)?|shell(?:ed|ing))\\b/i;
    const place = new RegExp('\\\\p{Lu}\\\\p{Ll}+ (?:province|district)', 'u');
    const found = regExpsInHeap();
    console.log(JSON.stringify([found.includes(word), found.includes(place), found.every((re) => re instanceof RegExp), found.length]));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const [word, place, allPatterns, count] = JSON.parse(run.stdout) as [boolean, boolean, boolean, number];
  expect([word, place, allPatterns]).toEqual([true, true, true]);
  expect(count).toBeGreaterThan(2);
});

test('a recompiled pattern is the same object and matches what it matched', () => {
  const texts = ['Rebels attacked a post', 'the SHELLING went on', 'an attacker', 'in Kord district, Zarin province'];
  const before = texts.map((t) => [WORD.test(t), PLACE.exec(t)?.[0] ?? null]);
  const [source, flags] = [PLACE.source, PLACE.flags];
  recompile([WORD, PLACE]);
  expect(texts.map((t) => [WORD.test(t), PLACE.exec(t)?.[0] ?? null])).toEqual(before);
  expect([PLACE.source, PLACE.flags]).toEqual([source, flags]);
  expect(before.map(([w]) => w)).toEqual([true, true, false, false]);
});

test('a global pattern between two runs keeps its place; one whose lastIndex cannot be written is left as it is', () => {
  const words = /\w+/g;
  const text = 'gunmen killed four';
  expect(words.exec(text)?.[0]).toBe('gunmen');
  const frozen = Object.defineProperty(/x/, 'lastIndex', { value: 0, writable: false });
  expect(() => recompile([words, frozen])).not.toThrow();
  expect(words.exec(text)?.[0]).toBe('killed');
  expect(frozen.test('x')).toBe(true);
});
