// Reading inputs: files, folders, standard input, streamed JSONL with bad lines named by number, HTML pages.
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { readInputs, lines, decodeText, type InputItem, type ReadOptions } from '../src/input/read.js';
import { parseJsonlLine } from '../src/input/jsonl-record.js';
import { htmlToDocument, blockText, isoDay, loadHtmlParser } from '../src/input/html.js';
import { parseHTML } from 'linkedom';

let dir: string;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-input-'));
  mkdirSync(join(dir, 'tree', 'b-sub'), { recursive: true });
  writeFileSync(join(dir, 'tree', 'a.txt'), 'First story.');
  writeFileSync(join(dir, 'tree', 'b-sub', 'c.txt'), 'Nested story.');
  writeFileSync(join(dir, 'tree', 'd.jsonl'), '{"id":"j1","text":"One."}\n{"id":"j2","text":"Two."}\n');
  writeFileSync(join(dir, 'tree', 'e.html'), '<html><head><title>T</title></head><body><p>A page story that is long enough.</p></body></html>');
  writeFileSync(join(dir, 'tree', 'notes.md'), '# not an input');
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
  writeFileSync(join(dir, 'bom.txt'), '\uFEFFText after a byte order mark.');
  writeFileSync(join(dir, 'blank.txt'), ' \n\t\n');
});

async function collect(paths: string[], o: Partial<ReadOptions> = {}): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const i of readInputs(paths, { stdin: Readable.from([]), ...o })) out.push(i);
  return out;
}
const summary = (items: InputItem[]) => items.map((i) => (i.kind === 'doc' ? `doc ${i.doc.id}` : i.kind === 'error' ? `error ${i.source}: ${i.message}` : `note ${i.message}`));

describe('files and folders', () => {
  test('a folder is walked recursively in name order; other files are skipped with a note', async () => {
    let total: number | null = -1;
    const items = await collect([join(dir, 'tree')], { onTotal: (b) => { total = b; } });
    expect(summary(items)).toEqual([
      'doc a', 'doc c', 'doc j1', 'doc j2', 'doc e', `note skipped ${join(dir, 'tree', 'notes.md')} (not .txt, .html, .jsonl or .ndjson)`,
    ]);
    expect(total).toBeGreaterThan(50);
  });
  test('ids: the file name without extension; JSONL ids from the records', async () => {
    const items = await collect([join(dir, 'tree', 'a.txt'), join(dir, 'tree', 'd.jsonl')]);
    expect(items.map((i) => i.kind === 'doc' && i.source)).toEqual([join(dir, 'tree', 'a.txt'), `${join(dir, 'tree', 'd.jsonl')}:1`, `${join(dir, 'tree', 'd.jsonl')}:2`]);
  });
  test('a missing path is an error item; the next path is still read', async () => {
    expect(summary(await collect([join(dir, 'nope.txt'), join(dir, 'tree', 'a.txt')]))).toEqual([`error ${join(dir, 'nope.txt')}: no such file or folder`, 'doc a']);
  });
  test('not UTF-8, blank, byte order mark', async () => {
    expect(summary(await collect([join(dir, 'latin1.txt'), join(dir, 'blank.txt')]))).toEqual([
      `error ${join(dir, 'latin1.txt')}: is not UTF-8 text (if it is Latin-1 or Windows-1252, give --encoding latin1)`, `error ${join(dir, 'blank.txt')}: is empty`,
    ]);
    const [bom] = await collect([join(dir, 'bom.txt')]);
    expect(bom.kind === 'doc' && bom.doc.text).toBe('Text after a byte order mark.');
  });
  test('--input-format overrides the extension', async () => {
    const items = await collect([join(dir, 'tree', 'd.jsonl')], { inputFormat: 'text' });
    expect(items).toHaveLength(1);
    expect(items[0].kind === 'doc' && items[0].doc.id).toBe('d');
  });
  test('decodeText: binary and empty buffers', () => {
    expect(decodeText(Buffer.from([1, 0, 2]))).toEqual({ error: 'is binary, not text' });
    expect(decodeText(Buffer.alloc(0))).toEqual({ error: 'is empty' });
    expect(decodeText(Buffer.from('ok'))).toEqual({ text: 'ok' });
  });
});

describe('standard input', () => {
  test('text: one document called "stdin"', async () => {
    const items = await collect([], { stdin: Readable.from([Buffer.from('Some news.')]) });
    expect(items).toEqual([{ kind: 'doc', source: 'stdin', doc: { id: 'stdin', text: 'Some news.' }, bytes: 10 }]);
  });
  test('the total size is unknown', async () => {
    let total: number | null = 0;
    await collect(['-'], { stdin: Readable.from([Buffer.from('x')]), onTotal: (b) => { total = b; } });
    expect(total).toBeNull();
  });
  test('JSONL is streamed: a record is out before the input ends', async () => {
    const stdin = new PassThrough();
    const it = readInputs(['-'], { stdin, inputFormat: 'jsonl' })[Symbol.asyncIterator]();
    stdin.write('{"id":"first","text":"One."}\n{"id":"sec');
    const first = await it.next();
    expect(first.value).toMatchObject({ kind: 'doc', doc: { id: 'first' } });
    stdin.end('ond","text":"Two."}\n');
    expect((await it.next()).value).toMatchObject({ kind: 'doc', doc: { id: 'second' } });
    expect((await it.next()).done).toBe(true);
  });
  test('HTML from standard input', async () => {
    const items = await collect([], { inputFormat: 'html', stdin: Readable.from([Buffer.from('<p>Hello from a page.</p>')]) });
    expect(items[0]).toMatchObject({ kind: 'doc', doc: { id: 'stdin', text: 'Hello from a page.' } });
  });
});

describe('JSONL', () => {
  const jsonlItems = async (content: string | Buffer) => collect(['-'], { inputFormat: 'jsonl', stdin: Readable.from([Buffer.from(content)]) });
  test('bad lines are named by number, the rest are documents', async () => {
    const items = await jsonlItems([
      '{"id":"a","text":"A.","date":"2024-03-05","title":"T"}', '{oops', '', '[1,2]', '{"text":"no id"}',
      '{"id":"b","text":"B.","date":"2024-02-30"}', '{"id":"c","text":"   "}', '{"id":"d","text":"D."}',
    ].join('\r\n'));
    expect(summary(items)).toEqual([
      'doc a', expect.stringMatching(/^error stdin:2: line 2 is not JSON/), 'error stdin:4: line 4 is not a JSON object',
      expect.stringMatching(/^error stdin:5: line 5: id /), expect.stringMatching(/^error stdin:6: line 6: date is not a date \("2024-02-30"\): give YYYY-MM-DD/),
      'error stdin:7: line 7: record "c" has an empty text', 'doc d',
    ]);
    expect(items[0]).toMatchObject({ doc: { id: 'a', text: 'A.', date: '2024-03-05', title: 'T' } });
  });
  test('an empty JSONL input and a binary one are one clear error each', async () => {
    expect(summary(await jsonlItems('\n\n'))).toEqual(['error stdin: is empty (no JSONL records)']);
    expect(summary(await jsonlItems(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0x00, 0x0a, 0x41])))).toEqual(['error stdin: is binary, not JSONL']);
  });
  test('parseJsonlLine: optional fields may be null', () => {
    expect(parseJsonlLine('{"id":"x","text":"t","date":null,"title":null}', 1)).toEqual({ doc: { id: 'x', text: 't' } });
  });
  test('lines(): byte sizes, CRLF, a character split across chunks, no final newline, a line over the limit', async () => {
    const euro = Buffer.from('€');
    const chunks = [Buffer.from('ab\r\nc'), euro.subarray(0, 1), euro.subarray(1), Buffer.from('\n'), Buffer.from('x'.repeat(30)), Buffer.from('\nlast')];
    const out = [];
    for await (const l of lines(Readable.from(chunks), 20)) out.push(l);
    expect(out).toEqual([
      { n: 1, line: 'ab', bytes: 4 }, { n: 2, line: 'c€', bytes: 5 },
      { n: 3, line: '', bytes: 31, problem: 'is longer than 0.0 MB' }, { n: 4, line: 'last', bytes: 4 },
    ]);
  });
});

describe('HTML', () => {
  beforeAll(loadHtmlParser);
  const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const article = '<article><h1>Blast in Helmand</h1><p>A roadside bomb killed four soldiers in Helmand province on Tuesday, officials said.</p>'
    + '<p>The Taliban did not comment on the attack, which came as talks continued in Doha between the parties, a spokesman said.</p></article>';
  test('the article text in blocks; navigation and scripts left out', () => {
    const doc = htmlToDocument(page('<title>Blast - News</title>', `<nav><a>Home</a> | <a>World</a></nav>${article}<script>var x = 1;</script><footer>© News</footer>`), 'p');
    expect(doc).not.toBeNull();
    expect(doc!.text).toContain('A roadside bomb killed four soldiers in Helmand province on Tuesday, officials said.\n\nThe Taliban');
    expect(doc!.text).not.toMatch(/Home \| World|var x/);
    expect(doc!.title).toMatch(/Blast/);
  });
  test.each([
    ['<meta property="article:published_time" content="2024-03-05T08:00:00Z">', '2024-03-05'],
    ['<meta name="date" content="2023-11-30">', '2023-11-30'],
    ['<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2022-07-01T10:00:00+02:00"}]}</script>', '2022-07-01'],
    ['', '2021-01-02'], // from <time datetime>
  ])('published date from %s', (head, date) => {
    const doc = htmlToDocument(page(head, `<time datetime="2021-01-02T00:00">Jan 2</time>${article}`), 'p');
    expect(doc!.date).toBe(date);
  });
  test('no date and no text', () => {
    expect(htmlToDocument(page('<meta name="date" content="2021-02-30">', article), 'p')!.date).toBeUndefined();
    expect(htmlToDocument(page('<title>Empty</title>', '<div> </div>'), 'p')).toBeNull();
  });
  test('blockText: blocks as paragraphs, <br> as a line break, inline elements inline', () => {
    const { document } = parseHTML('<html><body><div>One <b>bold</b>\n word.<br>Next line.</div><ul><li>a</li><li>b</li></ul><p>  Spaced   out </p></body></html>');
    expect(blockText(document.body as unknown as Node)).toBe('One bold word.\nNext line.\n\na\n\nb\n\nSpaced out');
  });
  test('isoDay', () => {
    expect(isoDay('2024-03-05T08:00:00Z')).toBe('2024-03-05');
    expect(isoDay('2024-02-30')).toBeUndefined();
    expect(isoDay('March 5')).toBeUndefined();
  });
});
