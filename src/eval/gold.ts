// Gold loaders: one JSONL record a line, its format detected per record
// (PLOVER `gold.event_type`; WikiEvents `gold.events[]` with trigger spans; AG News `gold.category`; our plain `events[]`).
import { readFile } from 'node:fs/promises';
import { EVENT_TYPES } from '../schema/event.js';
import type { EventType } from '../schema/event.js';
import { AGNEWS_CATEGORIES } from './types.js';
import type {
  AgNewsCategory, GoldActor, GoldCount, GoldEvent, GoldFormat, GoldRecord, PloverActor, WikiArgument, WikiMention,
} from './types.js';

type ParseResult = { ok: true; record: GoldRecord } | { ok: false; error: string };

export interface LoadedGold {
  records: GoldRecord[];
  /** bad lines, 1-based line numbers */
  errors: { line: number; error: string }[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const int = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v
    : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v.trim()) : null;
const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Which gold format a parsed JSON value is in, or null when it is none of them. */
export function detectFormat(v: unknown): GoldFormat | null {
  if (!isObj(v)) return null;
  const gold = v.gold;
  if (isObj(gold)) {
    if (typeof gold.event_type === 'string') return 'plover';
    if (Array.isArray(gold.events)) return 'wikievents';
    if (typeof gold.category === 'string') return 'agnews';
  }
  if (Array.isArray(v.events)) return 'plain';
  return null;
}

type Base = { id: string; text: string; date?: string };

function base(v: Obj): Base | string {
  const id = str(v.id) ?? (typeof v.id === 'number' ? String(v.id) : null);
  if (!id) return 'missing "id"';
  const text = str(v.text);
  if (text === null) return 'missing "text"';
  const date = str(v.date);
  if (v.date !== undefined && v.date !== null && (date === null || !DATE_RE.test(date))) return '"date" must be YYYY-MM-DD';
  return date ? { id, text, date } : { id, text };
}

function ploverActors(v: unknown): PloverActor[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isObj).map((a) => ({
    text: str(a.actorText) ?? str(a.text) ?? '',
    code: str(a.code),
    sector: str(a.sector),
  }));
}

function parseCount(v: unknown, field: string): GoldCount | null | string | undefined {
  if (v === undefined) return undefined;
  if (v === null) return null;
  const n = int(v);
  if (n !== null) return { low: n, high: n };
  if (isObj(v)) {
    const low = int(v.low);
    if (low === null) return `"${field}.low" must be a whole number`;
    if (v.high === undefined) return { low };
    if (v.high === null) return { low, high: null };
    const high = int(v.high);
    if (high === null || high < low) return `"${field}.high" must be a whole number >= low, or null`;
    return { low, high };
  }
  return `"${field}" must be a number, {low, high?} or null`;
}

function parseGoldEvent(v: unknown, i: number): GoldEvent | string {
  const where = `events[${i}]`;
  if (!isObj(v)) return `${where} is not an object`;
  const type = str(v.type);
  if (!type || !(EVENT_TYPES as readonly string[]).includes(type)) {
    return `${where}.type must be one of ${EVENT_TYPES.join(', ')}`;
  }
  const ev: GoldEvent = { type: type as EventType };
  for (const k of ['subtype', 'status'] as const) {
    if (v[k] !== undefined && v[k] !== null) {
      const s = str(v[k]);
      if (s === null) return `${where}.${k} must be a string`;
      ev[k] = s;
    }
  }
  if (typeof v.aggregate === 'boolean') ev.aggregate = v.aggregate;
  for (const k of ['killed', 'wounded'] as const) {
    const c = parseCount(v[k], `${where}.${k}`);
    if (typeof c === 'string') return c;
    if (c !== undefined) ev[k] = c;
  }
  if (v.date !== undefined) {
    if (v.date === null) ev.date = null;
    else {
      const d = str(v.date) ?? (isObj(v.date) ? str(v.date.value) : null);
      if (d === null || !DATE_RE.test(d)) return `${where}.date must be YYYY-MM-DD, YYYY-MM, YYYY or {value}`;
      ev.date = d;
    }
  }
  if (v.location !== undefined) {
    if (v.location === null) ev.location = null;
    else if (typeof v.location === 'string') ev.location = { name: v.location };
    else if (isObj(v.location)) {
      const loc: { name?: string; country?: string | null } = {};
      const name = str(v.location.name);
      if (name) loc.name = name;
      if (v.location.country === null) loc.country = null;
      else if (v.location.country !== undefined) {
        const c = str(v.location.country);
        if (!c || !/^[A-Z]{2}$/.test(c)) return `${where}.location.country must be ISO 3166-1 alpha-2`;
        loc.country = c;
      }
      ev.location = loc;
    } else return `${where}.location must be an object, a name or null`;
  }
  if (v.actors !== undefined) {
    if (!Array.isArray(v.actors)) return `${where}.actors must be an array`;
    ev.actors = v.actors.filter(isObj).map((a) => {
      const actor: GoldActor = {};
      const name = str(a.name); if (name) actor.name = name;
      if (a.country === null) actor.country = null; else { const c = str(a.country); if (c) actor.country = c; }
      const kind = str(a.kind); if (kind) actor.kind = kind;
      const role = str(a.role); if (role) actor.role = role;
      return actor;
    });
  }
  return ev;
}

function parsePlover(g: Obj, b: Base): ParseResult {
  const fat = g.fatalities === null || g.fatalities === undefined ? null : int(g.fatalities);
  const inj = g.injured === null || g.injured === undefined ? null : int(g.injured);
  if (g.fatalities != null && fat === null) return { ok: false, error: 'gold.fatalities must be a whole number or null' };
  if (g.injured != null && inj === null) return { ok: false, error: 'gold.injured must be a whole number or null' };
  return {
    ok: true,
    record: {
      format: 'plover', ...b,
      eventType: String(g.event_type).toUpperCase(),
      subEventType: str(g.sub_event_type),
      sourceActors: ploverActors(g.source_actors),
      targetActors: ploverActors(g.target_actors),
      location: str(g.location)?.trim() || null,
      fatalities: fat,
      injured: inj,
    },
  };
}

function parseWikiEvents(g: Obj, b: Base): ParseResult {
  const mentions: WikiMention[] = [];
  const events = g.events as unknown[];
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (!isObj(e)) return { ok: false, error: `gold.events[${i}] is not an object` };
    const type = str(e.event_type);
    const span = e.trigger_char_span;
    if (!type) return { ok: false, error: `gold.events[${i}].event_type is missing` };
    if (!Array.isArray(span) || span.length !== 2 || int(span[0]) === null || int(span[1]) === null) {
      return { ok: false, error: `gold.events[${i}].trigger_char_span must be [start, end]` };
    }
    const args: WikiArgument[] = Array.isArray(e.arguments)
      ? e.arguments.filter(isObj).map((a) => {
        const s = a.char_span;
        const okSpan = Array.isArray(s) && s.length === 2 && int(s[0]) !== null && int(s[1]) !== null;
        return { role: str(a.role) ?? '', text: str(a.text) ?? '', span: okSpan ? [s[0] as number, s[1] as number] : null };
      })
      : [];
    mentions.push({ eventType: type, trigger: str(e.trigger) ?? '', span: [span[0] as number, span[1] as number], arguments: args });
  }
  return { ok: true, record: { format: 'wikievents', ...b, mentions } };
}

function parseAgNews(g: Obj, b: Base): ParseResult {
  const category = str(g.category) ?? '';
  if (!(AGNEWS_CATEGORIES as readonly string[]).includes(category)) {
    return { ok: false, error: `gold.category must be one of ${AGNEWS_CATEGORIES.join(', ')}` };
  }
  return { ok: true, record: { format: 'agnews', ...b, category: category as AgNewsCategory } };
}

function parsePlain(v: Obj, b: Base): ParseResult {
  const events: GoldEvent[] = [];
  const raw = v.events as unknown[];
  for (let i = 0; i < raw.length; i++) {
    const e = parseGoldEvent(raw[i], i);
    if (typeof e === 'string') return { ok: false, error: e };
    events.push(e);
  }
  return { ok: true, record: { format: 'plain', ...b, events } };
}

/** Parses one JSON value (one JSONL line) into a gold record. */
export function parseGoldRecord(v: unknown): ParseResult {
  const format = detectFormat(v);
  if (!format || !isObj(v)) {
    return { ok: false, error: 'not a gold record: expected gold.event_type (PLOVER), gold.events[] (WikiEvents), gold.category (AG News) or events[] (plain)' };
  }
  const b = base(v);
  if (typeof b === 'string') return { ok: false, error: b };
  if (format === 'plover') return parsePlover(v.gold as Obj, b);
  if (format === 'wikievents') return parseWikiEvents(v.gold as Obj, b);
  if (format === 'agnews') return parseAgNews(v.gold as Obj, b);
  return parsePlain(v, b);
}

/** Parses JSONL text; blank lines are skipped, bad lines reported with their 1-based number. */
export function parseGoldJsonl(content: string): LoadedGold {
  const records: GoldRecord[] = [];
  const errors: { line: number; error: string }[] = [];
  const lines = content.split(/\r?\n/);
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      errors.push({ line: i + 1, error: `invalid JSON: ${(e as Error).message}` });
      return;
    }
    const r = parseGoldRecord(v);
    if (!r.ok) { errors.push({ line: i + 1, error: r.error }); return; }
    if (seen.has(r.record.id)) { errors.push({ line: i + 1, error: `duplicate id "${r.record.id}"` }); return; }
    seen.add(r.record.id);
    records.push(r.record);
  });
  return { records, errors };
}

/** Reads and parses a gold file; throws only when the file cannot be read. */
export async function loadGold(path: string): Promise<LoadedGold> {
  return parseGoldJsonl(await readFile(path, 'utf8'));
}
