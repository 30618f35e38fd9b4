// The start-up snapshot (issue 13: an extraction starts in under a second): `npm run build` makes it for this node,
// and a run from it prints what a run without it prints (EXTRACT_SNAPSHOT=0), byte for byte, with the same exit
// code, for extractions, usage errors, unreadable files and standard input. The snapshot's node loads the extra CA
// certificates of NODE_EXTRA_CA_CERTS only when a URL is to be fetched. The functions of compromise that tagging
// reuses (bundled into the snapshot by name) are where the table says. A wrapper killed outright takes the snapshot's
// node down with it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INTERNAL_FILES } from '../src/document/compromise-internals.js';

const SLOW = 120_000;
const ROOT = process.cwd();
const BIN = join(ROOT, 'bin', 'extract.js');
const SNAPSHOT = join(ROOT, 'dist', 'snapshot');

const dir = mkdtempSync(join(tmpdir(), 'extract-snapshot-'));
const ARTICLE = join(dir, 'article.txt');
writeFileSync(ARTICLE, 'Rebels shelled a market in the northern town of Kidal on Sunday, killing at least 14 people and wounding 30, '
  + 'a local official said. Two days later, negotiators from both sides met in Algiers and agreed on a ceasefire.\n');
const WIRE = join(dir, 'wire.jsonl');
writeFileSync(WIRE, [
  { id: 'a', date: '2021-05-02', text: 'A roadside bomb killed three soldiers near Ghazni on Saturday, police said.' },
  { id: 'b', date: '2021-05-02', text: 'The central bank kept its main rate unchanged on Thursday.' },
].map((r) => JSON.stringify(r)).join('\n') + '\n');

// curly quotes, dashes and non-Latin words: the snapshot's bundle writes such characters in its patterns as escapes
const PAGE = join(dir, 'page.html');
writeFileSync(PAGE, '<html><head><title>Market attack “reported” — officials</title></head><body><div class="ad">Реклама 广告</div>'
  + '<article><p>Gunmen killed seven traders at a market near Gao on Tuesday, officials said. “We heard shots,” a witness said — dozens fled.</p>'
  + '<p>Two days later, ministers met in Bamako and agreed on a truce, the government’s spokesman said.</p></article></body></html>\n');

type Case = [name: string, args: string[], stdin: string, code: number];

const CASES: Case[] = [
  ['an article as JSON', [ARTICLE, '--date', '2021-03-07'], '', 0],
  ['JSONL records as CSV, one thread', [WIRE, '--format', 'csv', '--jobs', '1'], '', 0],
  ['standard input as JSONL events', ['--format', 'jsonl'], 'Gunmen killed five villagers in Maiduguri on Monday.', 0],
  ['empty standard input', [], '', 0],
  ['a web page with curly quotes and non-Latin words', [PAGE, '--date', '2021-03-07', '--format', 'jsonl'], '', 0],
  ['its text as read', [PAGE, '--emit-text'], '', 0],
  ['a file that is not there', [join(dir, 'missing.txt'), '--quiet'], '', 1],
  ['a date that is no day', [ARTICLE, '--date', '2021-02-30'], '', 2],
  ['an unknown option', [ARTICLE, '--fromat', 'csv'], '', 2],
];

function run(args: string[], stdin: string, snapshot: boolean) {
  const env: NodeJS.ProcessEnv = { ...process.env, EXTRACT_SNAPSHOT: snapshot ? '1' : '0' };
  delete env.NODE_OPTIONS; // node options turn the snapshot off
  const r = spawnSync(process.execPath, [BIN, ...args], { input: stdin, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the start-up snapshot', () => {
  test('npm run build made it with this node, from this tree', () => {
    expect(existsSync(join(SNAPSHOT, 'extract.blob'))).toBe(true);
    const meta = JSON.parse(readFileSync(join(SNAPSHOT, 'extract.json'), 'utf8')) as { version: string; execPath: string; root: string; files: Record<string, number> };
    expect([meta.version, meta.execPath, meta.root]).toEqual([process.version, process.execPath, ROOT]);
    expect(Object.keys(meta.files)).toEqual(expect.arrayContaining(['dist/src/cli/main.js', 'dist/src/pipeline/extract.js', 'data/places.tsv']));
  });

  test('its bundle\'s source is all Latin-1 (V8 keeps it at one byte a character)', () => {
    expect(readFileSync(join(SNAPSHOT, 'extract.cjs'), 'utf8')).not.toMatch(/[^\u0000-\u00ff]/);
  });

  test.each(CASES)('%s: the same output and exit code as a run without it', (_name, args, stdin, code) => {
    const fast = run(args, stdin, true);
    const usual = run(args, stdin, false);
    expect(fast.code).toBe(code);
    expect(fast).toEqual(usual);
  }, SLOW);
});

/** The processes `pid` started (Linux: /proc's children file of its main thread), [] when there is none or no /proc. */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Whether a process is still running (a zombie is not: it has ended, unreaped). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

const until = async (ok: () => boolean, ms: number): Promise<boolean> => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (ok()) return true;
  return ok();
};

describe('bin/extract.js killed outright (SIGKILL)', () => {
  const linux = existsSync('/proc/self/stat') ? test : test.skip;
  linux('the snapshot\'s node it started stops too, instead of running on alone', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, EXTRACT_SNAPSHOT: '1' };
    delete env.NODE_OPTIONS;
    // a batch under the size that starts workers, ≈20 s of work from the snapshot in one thread
    const batch = join(dir, 'long-batch.jsonl');
    const record = (i: number) => JSON.stringify({ id: `r${i}`, date: '2021-05-02', text: `Gunmen killed ${i % 90 + 2} villagers near Ghazni on Saturday, police said. `.repeat(4) });
    writeFileSync(batch, Array.from({ length: 6_000 }, (_, i) => record(i)).join('\n') + '\n');
    const wrapper = spawn(process.execPath, [BIN, batch, '--format', 'jsonl', '--jobs', '1'], { env, stdio: 'ignore' });
    try {
      let child = 0;
      expect(await until(() => (child = childrenOf(wrapper.pid!)[0] ?? 0) > 0, 30_000)).toBe(true);
      wrapper.kill('SIGKILL');
      expect(await until(() => !running(child), 10_000)).toBe(true);
    } finally {
      wrapper.kill('SIGKILL');
    }
  }, SLOW);
});

/** Node's warning at start-up when NODE_EXTRA_CA_CERTS names a file it cannot read: one per node that loaded them. */
const CERTS_WARNING = /Ignoring extra certs from/g;

// [name, arguments, snapshot on, nodes that load the extra certificates: this one, and the snapshot's only to fetch]
const CERT_CASES: [string, string[], boolean, number][] = [
  ['an article from the snapshot: its node fetches nothing', [ARTICLE, '--quiet'], true, 1],
  ['an article without the snapshot: one node', [ARTICLE, '--quiet'], false, 1],
  ['a URL from the snapshot: its node fetches it', ['http://127.0.0.1:9/story', '--quiet'], true, 2],
];

describe('extra CA certificates (NODE_EXTRA_CA_CERTS)', () => {
  test.each(CERT_CASES)('%s', (_name, args, snapshot, nodes) => {
    const env: NodeJS.ProcessEnv = { ...process.env, EXTRACT_SNAPSHOT: snapshot ? '1' : '0', NODE_EXTRA_CA_CERTS: join(dir, 'no-such-certs.pem') };
    delete env.NODE_OPTIONS;
    const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8' });
    expect(r.stderr.match(CERTS_WARNING) ?? []).toHaveLength(nodes);
  }, SLOW);
});

describe('the compromise functions that tagging reuses', () => {
  const src = join(dirname(createRequire(import.meta.url).resolve('compromise')), '..', '..', 'src');
  test.each(Object.entries(INTERNAL_FILES))('%s is the default export of compromise/src/%s', async (_name, file) => {
    const mod = await import(pathToFileURL(join(src, file)).href) as { default: unknown };
    expect(typeof mod.default).toBe('function');
  });
});
