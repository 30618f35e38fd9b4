// Evidence offsets count Unicode code points, as Python and jq count (SPEC.md; issue 12, "offsets in code points"):
// after an emoji or any other character beyond the Basic Multilingual Plane (two UTF-16 code units in JavaScript),
// `text[start:end]` in Python still gives the evidence. Run as a user runs it: bin/extract.js in a child process, on
// text files (one with a UTF-8 byte order mark, which is not part of the text as read), on JSONL, and with
// --explain json, whose candidate offsets count the same way.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { SLOW } from './helpers/cli.js';

const BIN = join(process.cwd(), 'bin', 'extract.js');

/** Slicing as Python and jq do: by code points. */
const slice = (text: string, start: number, end: number) => [...text].slice(start, end).join('');
/** Where `part` starts in `text`, in code points. */
const codePointsBefore = (text: string, part: string) => [...text.slice(0, text.indexOf(part))].length;

interface Evidence { start: number; end: number; text: string }
interface Candidate { start: number; end: number; text: string }

function extract(argv: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...argv], { encoding: 'utf8', timeout: SLOW });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const AMBUSH = 'Gunmen ambushed a convoy near Gao on Sunday, killing five soldiers, the army said.';
const RAID = 'In a second raid 🔥🔥, militants stormed a police station in Kidal on Monday and shot dead three officers.';
const SPUN = 'The Britain-based mostly Syrian Observatory for Human Legal rights said 9 troopers ended up killed in shelling on Idlib on Tuesday.';

// [file name (its stem is the document id), the text as read, the event sentences expected, a byte order mark first]
const TEXTS: [string, string, string[], boolean][] = [
  ['plain', `Rain fell over the hills overnight.\n\n${AMBUSH}\n`, [AMBUSH], false],
  ['emoji', `Readers reacted 😀😀 to the story.\n\n${AMBUSH}\n`, [AMBUSH], false],
  ['astral-in-evidence', `Café ☕ — 𠀋 and 𝕏 posts trended.\n\n${AMBUSH.replace('Sunday,', 'Sunday 🚨,')}\n\n${RAID}\n`,
    [AMBUSH.replace('Sunday,', 'Sunday 🚨,'), RAID], false],
  ['spun-words', `😀 Morning news.\n\n${SPUN}\n`, [SPUN], false],
  ['bom-plain', `Rain fell over the hills overnight.\n\n${AMBUSH}\n`, [AMBUSH], true],
  ['bom-emoji', `A quiet week 🌧️ ended.\n\n${AMBUSH}\n`, [AMBUSH], true],
];

// [record id, its text, the event sentences expected, escape astral characters as \ud83d\ude00 in the JSON line]
const RECORDS: [string, string, string[], boolean][] = [
  ['rec-plain', `Markets were calm. ${AMBUSH}`, [AMBUSH], false],
  ['rec-emoji', `Markets were calm 📈📉. ${AMBUSH}`, [AMBUSH], false],
  ['rec-escaped', `Markets were calm 📈📉. ${AMBUSH}`, [AMBUSH], true],
];

const hasAstral = (text: string) => /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text);
const escapeAstral = (line: string) => line.replace(/[\uD800-\uDFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

let dir: string;
const evidenceOf = new Map<string, Evidence[]>();
let candidates: Candidate[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-offsets-'));
  for (const [name, text, , bom] of TEXTS) writeFileSync(join(dir, `${name}.txt`), (bom ? '\uFEFF' : '') + text);
  const lines = RECORDS.map(([id, text, , escaped]) => {
    const line = JSON.stringify({ id, text });
    return escaped ? escapeAstral(line) : line;
  });
  writeFileSync(join(dir, 'records.jsonl'), `\uFEFF${lines.join('\n')}\n`); // a BOM before the first record too
  // one run over the folder: events on stdout, one --explain object per document on stderr
  const r = extract([dir, '--format', 'jsonl', '--explain', 'json']);
  expect(r.code).toBe(0);
  for (const e of r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l))) {
    evidenceOf.set(e.doc, [...(evidenceOf.get(e.doc) ?? []), ...e.evidence]);
  }
  const explained = r.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
  candidates = explained.find((x) => x.doc === 'astral-in-evidence')?.candidates ?? [];
}, SLOW);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('evidence offsets slice the text as read by code points', () => {
  const cases = [...TEXTS.map(([name, text, sentences]) => [name, text, sentences] as const), ...RECORDS.map(([id, text, sentences]) => [id, text, sentences] as const)];
  test.each(cases)('%s', (doc, text, sentences) => {
    const evidence = evidenceOf.get(doc) ?? [];
    expect(evidence.map((ev) => ev.text)).toEqual(sentences);
    for (const ev of evidence) {
      expect(slice(text, ev.start, ev.end)).toBe(ev.text);
      expect(ev.start).toBe(codePointsBefore(text, ev.text));
      // UTF-16 indexes agree only when nothing beyond the Basic Multilingual Plane comes before the evidence
      expect(text.slice(ev.start, ev.end) === ev.text).toBe(!hasAstral(text.slice(0, text.indexOf(ev.text) + ev.text.length)));
    }
  });
});

describe('--explain json candidates count code points too', () => {
  const text = TEXTS.find(([name]) => name === 'astral-in-evidence')![1];
  test.each([['ambushed'], ['stormed'], ['three']])('the candidate "%s"', (words) => {
    const c = candidates.find((x) => x.text === words);
    expect(c).toBeDefined();
    expect(slice(text, c!.start, c!.end)).toBe(words);
    expect(text.slice(c!.start, c!.end)).not.toBe(words); // after astral characters: UTF-16 indexes would be off
  });
});
