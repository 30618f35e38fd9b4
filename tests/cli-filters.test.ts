// --type and --min-confidence: a user tightens the output; what is left keeps the ids of the unfiltered run.
import { runCli, jsonl } from './helpers/cli.js';

const STORY = [
  'Gunmen killed four soldiers in an ambush near the border on Monday, the army said.',
  'Later that day the foreign ministers of Kenya and Uganda held talks in Nairobi.',
].join(' ');

let all: Record<string, any>[];
beforeAll(async () => {
  const r = await runCli(['--format', 'jsonl', '--quiet', '--date', '2024-05-08', '-'], STORY);
  expect(r.code).toBe(0);
  all = jsonl(r.stdout);
  expect(new Set(all.map((e) => e.type))).toEqual(new Set(['attack', 'meeting']));
});

describe('--type', () => {
  test.each([
    ['attack', ['attack']],
    ['meeting', ['meeting']],
    ['attack,meeting', ['attack', 'meeting']],
    ['agreement', []],
  ])('--type %s prints only those types, with their unfiltered ids', async (types, expected) => {
    const r = await runCli(['--format', 'jsonl', '--quiet', '--date', '2024-05-08', '--type', types, '-'], STORY);
    expect(r.code).toBe(0);
    const got = jsonl(r.stdout);
    expect(got.map((e) => e.type).sort()).toEqual(expected.sort());
    for (const e of got) expect(all.find((a) => a.id === e.id)).toEqual(e);
  });

  test.each(['attak', '', 'attack,,bombing', 'Attack'])('--type %j is a usage error (exit 2, no events)', async (types) => {
    const r = await runCli(['--format', 'jsonl', '--type', types, '-'], STORY);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--type/);
  });
});

describe('--min-confidence', () => {
  test.each([0, 0.5, 0.8, 1])('--min-confidence %d keeps exactly the events at or above it', async (x) => {
    const r = await runCli(['--format', 'jsonl', '--quiet', '--date', '2024-05-08', '--min-confidence', String(x), '-'], STORY);
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).map((e) => e.id)).toEqual(all.filter((e) => e.confidence >= x).map((e) => e.id));
  });

  test.each(['2', '-0.1', 'high', '0.5.1', ''])('--min-confidence %j is a usage error', async (x) => {
    const r = await runCli(['--min-confidence', x, '-'], STORY);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--min-confidence/);
  });
});
