// Starting fast (issue 13): a run loads only what its inputs need (HTML parsing only for HTML pages), and the count
// phrase pattern, rebuilt so that V8 compiles it quickly (capturing groups instead of (?:…), one compiled pattern for
// searching and for reading a phrase from its start), finds exactly what its plain (?:…) form finds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COUNT_PHRASE_SOURCE, findCountPhrases, parseCount } from '../src/rules/counts/phrases.js';

const SLOW = 60_000;

/** The pattern as it was written before: named groups as numbered ones, every other group non-capturing. */
const PLAIN_SOURCE = COUNT_PHRASE_SOURCE.replace(/\\.|\((\?<[A-Za-z]+>|(?!\?))/g, (t, named) => (t.startsWith('\\') ? t : named ? '(' : '(?:'));

/** Every match of a pattern over `text`: where it starts, its text, and the groups the code reads, in order. */
function matches(text: string, re: RegExp, groups: (m: RegExpExecArray) => (string | undefined)[]): unknown[] {
  const out: unknown[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m[0], ...groups(m)]);
  return out;
}
const fast = (text: string) => matches(text, new RegExp(COUNT_PHRASE_SOURCE, 'gi'), (m) => Object.values(m.groups ?? {}));
const plain = (text: string) => matches(text, new RegExp(PLAIN_SOURCE, 'gi'), (m) => m.slice(1));

type Row = [sentence: string, phrases: string[]];

const WITH_COUNTS: Row[] = [
  ['At least 25 people were killed and twenty-five wounded on Tuesday.', ['At least 25', 'twenty-five']],
  ['Between 10 and 15 soldiers died, and more than two hundred and fifty were hurt.', ['Between 10 and 15', 'more than two hundred and fifty']],
  ['Dozens of villagers fled after 15-20 houses burned.', ['Dozens', '15-20']],
  ['Several hundred marchers and a dozen constables were hurt.', ['Several hundred', 'a dozen']],
  ['The toll rose from 10 to 15 overnight.', ['10', '15']],
  ['Some 1,200 families and 1.5 million residents lost power; 20 or more were rescued.', ['Some 1,200', '1.5 million', '20 or more']],
  ['Two dozen fighters and forty-odd farmers were seized, 30+ by another count.', ['Two dozen', 'forty-odd', '30+']],
  ['NEARLY SEVENTY-THREE GUARDS WERE MISSING.', ['NEARLY SEVENTY-THREE']],
  ['Up to a maximum of nine hundred and   twelve could flee.', ['Up to a maximum of nine hundred and   twelve']],
];

const WITHOUT_COUNTS: Row[] = [
  ['The convoy left the capital before dawn.', []],
  ['Ministers met in Geneva for a second round of talks.', []],
  ['The F-16 flew over Tenseville at 5pm.', []],
  ['Seventeenth-century walls and tenfold costs were cited.', []],
];

describe('count phrases, pattern built for a fast first run', () => {
  test('its plain form has no names and the 16 numbered groups of the pattern as written before', () => {
    expect(PLAIN_SOURCE).not.toMatch(/\(\?<[A-Za-z]/);
    expect(new RegExp(`${PLAIN_SOURCE}|`).exec('')!.length - 1).toBe(16);
    expect(new RegExp(`${COUNT_PHRASE_SOURCE}|`).exec('')!.length - 1).toBeGreaterThan(16);
  });

  test.each([...WITH_COUNTS, ...WITHOUT_COUNTS])('%s', (sentence, phrases) => {
    expect(findCountPhrases(sentence).map((p) => p.text)).toEqual(phrases);
    expect(fast(sentence)).toEqual(plain(sentence));
  });

  test.each(WITH_COUNTS.flatMap(([, phrases]) => phrases))('a phrase read from its start, "%s", reads as the plain pattern anchored', (phrase) => {
    const anchored = new RegExp(`^(?:${PLAIN_SOURCE})`, 'i').exec(phrase);
    const searched = new RegExp(COUNT_PHRASE_SOURCE, 'gi').exec(phrase);
    expect(anchored).not.toBeNull();
    expect(searched?.index).toBe(0);
    expect(searched?.[0]).toBe(anchored?.[0]);
    expect(parseCount(phrase)).not.toBeNull();
  });

  test.each(['tenfold', 'the 5th', 'of 1999 it'])('a text that does not begin with a count, "%s", reads as none', (text) => {
    expect(new RegExp(`^(?:${PLAIN_SOURCE})`, 'i').exec(text)).toBeNull();
    expect(parseCount(text)).toBeNull();
  });
});

describe('HTML parsing loads only for HTML input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'startup-lazy-'));
  writeFileSync(join(dir, 'story.txt'), 'Gunmen killed three guards at a depot on Monday.\n');
  writeFileSync(join(dir, 'stories.jsonl'), '{"id":"a","text":"Gunmen killed three guards at a depot on Monday."}\n');
  writeFileSync(join(dir, 'page.html'), '<html><head><title>Depot</title></head><body><p>Gunmen killed three guards at a depot on Monday.</p></body></html>');

  /** The node_modules packages a run of the CLI loaded (Node's own module debug log, ES modules and CommonJS), without
   *  the start-up snapshot (a run from it loads no package: they are in it). */
  function packagesLoaded(file: string): Set<string> {
    const r = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'extract.js'), join(dir, file), '--emit-text'], {
      // the debug log of an HTML run is over 1 MB (spawnSync's default limit, past which it kills the child)
      encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'esm,module', EXTRACT_SNAPSHOT: '0' }, maxBuffer: 256 * 1024 * 1024,
    });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/three guards/);
    return new Set([...r.stderr.matchAll(/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)\//g)].map((m) => m[1]));
  }

  test.each([
    ['story.txt', false],
    ['stories.jsonl', false],
    ['page.html', true],
  ])('%s loads linkedom and readability: %p', (file, html) => {
    const loaded = packagesLoaded(file);
    expect(loaded.has('commander')).toBe(true); // the log does list packages
    expect(loaded.has('linkedom')).toBe(html);
    expect(loaded.has('@mozilla/readability')).toBe(html);
  }, SLOW);
});
