// Floors: per figure of `extract eval`, the value it must not fall under (`min`, higher is better) or rise above
// (`max`, a false-alarm rate), set from a run. They are not the product targets (what the issues ask, written in the
// scorers): a target says where we want to be, a floor says where we are and must not go back from.
// The file (eval-floors.json) names the gold folder and, per gold file (by base name), its figures:
//   { "dir": "../shared/eval", "measured": "YYYY-MM-DD",
//     "files": { "plover-gsr.jsonl": { "CONSULT found as meeting (records)": { "min": 0.909, "at": "90.9% (10/11)" } } } }
// `raiseFloors` only ever raises a floor (or lowers a ceiling); lowering one is a hand edit with a reason in "why".
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatMeasured } from './format.js';
import type { Better, EvalReport, Measure } from './types.js';

export interface Floor {
  /** the figure must be at least this (higher is better) */
  min?: number;
  /** the figure must be at most this (lower is better) */
  max?: number;
  /** the measured value the bound was set from, for reading */
  at?: string;
  /** why a bound was lowered by hand */
  why?: string;
}

export interface Floors {
  about?: string;
  /** the gold folder, relative to the floors file */
  dir: string;
  /** date of the run the floors were last raised from */
  measured?: string;
  /** gold file base name → figure name → its floor */
  files: Record<string, Record<string, Floor>>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseFloor(v: unknown, where: string): Floor {
  if (!isObj(v)) throw new Error(`${where} is not an object`);
  const bounds = (['min', 'max'] as const).filter((k) => v[k] !== undefined);
  if (bounds.length !== 1) throw new Error(`${where} needs exactly one of "min" and "max"`);
  const k = bounds[0]!;
  const value = v[k];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Error(`${where}.${k} must be a number >= 0`);
  const floor: Floor = { [k]: value };
  for (const note of ['at', 'why'] as const) {
    if (v[note] === undefined) continue;
    if (typeof v[note] !== 'string') throw new Error(`${where}.${note} must be a string`);
    floor[note] = v[note] as string;
  }
  return floor;
}

/** Parses and checks the floors file's JSON; throws an Error naming the first bad entry. */
export function parseFloors(text: string): Floors {
  const v: unknown = JSON.parse(text);
  if (!isObj(v)) throw new Error('the floors file is not a JSON object');
  if (typeof v.dir !== 'string' || !v.dir) throw new Error('"dir" (the gold folder) must be a path');
  if (!isObj(v.files)) throw new Error('"files" must map gold file names to their floors');
  const files: Floors['files'] = {};
  for (const [file, figures] of Object.entries(v.files)) {
    if (!isObj(figures)) throw new Error(`files["${file}"] is not an object`);
    files[file] = {};
    for (const [name, f] of Object.entries(figures)) files[file]![name] = parseFloor(f, `files["${file}"]["${name}"]`);
  }
  const out: Floors = { dir: v.dir, files };
  if (typeof v.about === 'string') out.about = v.about;
  if (typeof v.measured === 'string') out.measured = v.measured;
  return out;
}

export async function loadFloors(path: string): Promise<Floors> {
  return parseFloors(await readFile(path, 'utf8'));
}

/** The file as written: stable key order, one figure a line, so a raised floor is a one-line diff. */
export function serializeFloors(f: Floors): string {
  const head = { ...(f.about ? { about: f.about } : {}), dir: f.dir, ...(f.measured ? { measured: f.measured } : {}) };
  const headText = JSON.stringify(head, null, 2).slice(0, -2);
  const fileBlocks = Object.entries(f.files).map(([file, figures]) => {
    const lines = Object.entries(figures).map(([name, floor]) => `      ${JSON.stringify(name)}: ${JSON.stringify(floor)}`);
    return `    ${JSON.stringify(file)}: {${lines.length ? `\n${lines.join(',\n')}\n    ` : ''}}`;
  });
  return `${headText},\n  "files": {\n${fileBlocks.join(',\n')}\n  }\n}\n`;
}

const EPS = 1e-9;
/** Whether a measured value holds its floor. */
export function holds(floor: Floor, value: number): boolean {
  return floor.min !== undefined ? value >= floor.min - EPS : value <= floor.max! + EPS;
}
const boundText = (f: Floor): string => (f.min !== undefined ? `floor ${f.min}` : `ceiling ${f.max}`);
/** "under its floor 0.8437" / "over its ceiling 0.045" */
const fellText = (f: Floor): string => (f.min !== undefined ? `under its floor ${f.min}` : `over its ceiling ${f.max}`);

interface FloorCheck {
  /** figures that fell, one readable line each: "plover-gsr.jsonl: NAME 81.3% (26/32) is under its floor 0.8437" */
  failures: string[];
  /** figures compared with their floor */
  checked: number;
  /** measures of the run that have no floor (informational) */
  unfloored: string[];
}

/** Compares every figure of a run with its floor. A floored figure the run no longer measures, or measures as
 *  nothing (no records to compute it on), is a failure: a renamed or vanished figure must not pass silently.
 *  Files of the floors that were not part of the run are not checked. */
export function checkFloors(report: EvalReport, floors: Floors): FloorCheck {
  const out: FloorCheck = { failures: [], checked: 0, unfloored: [] };
  for (const f of report.files.filter((x) => x.format !== 'pooled')) {
    const key = basename(f.file);
    const figures = floors.files[key];
    if (!figures) { out.unfloored.push(...f.measures.filter((m) => m.better).map((m) => `${key}: ${m.name}`)); continue; }
    const byName = new Map(f.measures.map((m) => [m.name, m]));
    for (const [name, floor] of Object.entries(figures)) {
      out.checked++;
      const m = byName.get(name);
      if (!m) out.failures.push(`${key}: ${name} is no longer measured (${boundText(floor)})`);
      else if (m.value === null) out.failures.push(`${key}: ${name} has no value in this run (${boundText(floor)})`);
      else if (!holds(floor, m.value)) {
        out.failures.push(`${key}: ${name} ${formatMeasured(m)} is ${fellText(floor)} (set at ${floor.at ?? '?'})`);
      }
    }
    for (const m of f.measures) if (m.better && !(m.name in figures)) out.unfloored.push(`${key}: ${m.name}`);
  }
  return out;
}

/** A bound set from a measured value, rounded to 4 decimals on the safe side (down for a floor, up for a ceiling). */
export function boundFrom(m: Measure & { value: number; better: Better }): Floor {
  const scaled = m.value * 1e4;
  return m.better === 'higher'
    ? { min: Math.floor(scaled + 1e-6) / 1e4, at: formatMeasured(m) }
    : { max: Math.max(0, Math.ceil(scaled - 1e-6) / 1e4), at: formatMeasured(m) };
}

interface Raised {
  floors: Floors;
  /** figures whose bound moved or was added */
  changed: string[];
  /** figures under their floor, or of the other direction: kept as they were (lower them by hand, with a "why") */
  refused: string[];
}

/** New floors from a run: each figure's bound moves only the better way; a figure new to the file gets one. */
export function raiseFloors(current: Floors, report: EvalReport, date: string): Raised {
  const files: Floors['files'] = Object.fromEntries(Object.entries(current.files).map(([k, v]) => [k, { ...v }]));
  const changed: string[] = [];
  const refused: string[] = [];
  // the pooled confidence bands are no gold file's: no floor (a band's share moves either way as events change bands)
  for (const f of report.files.filter((x) => x.format !== 'pooled')) {
    const key = basename(f.file);
    const figures = (files[key] ??= {});
    for (const m of f.measures) {
      if (!m.better || m.value === null) continue;
      const next = boundFrom(m as Measure & { value: number; better: Better });
      const old = figures[m.name];
      const sameWay = old && (old.min !== undefined) === (next.min !== undefined);
      if (old && !sameWay) { refused.push(`${key}: ${m.name} now has a ${next.min !== undefined ? 'floor' : 'ceiling'}, the file a ${boundText(old)}`); continue; }
      if (old && !holds(old, m.value)) { refused.push(`${key}: ${m.name} ${formatMeasured(m)} is ${fellText(old)}, kept`); continue; }
      const moves = !old || (next.min !== undefined ? next.min > old.min! : next.max! < old.max!);
      if (!moves) continue;
      figures[m.name] = next;
      changed.push(`${key}: ${m.name} ${old ? `${boundText(old)} → ` : ''}${boundText(next)}`);
    }
  }
  const floors: Floors = { ...current, files };
  if (changed.length) floors.measured = date;
  return { floors, changed, refused };
}
