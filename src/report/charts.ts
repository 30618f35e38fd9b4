// The two bar charts, drawn in Node as SVG: events per day stacked by type, and deaths per week (weeks start on
// Monday). Only events dated to the day are counted; the page says how many were left out.
import type { Event, EventType } from '../schema/event.js';
import { escapeHtml } from './escape.js';
import { dayOf, deathsOf, TYPE_COLOURS, TYPE_ORDER } from './look.js';

const WIDTH = 960;
const HEIGHT = 180;
const PAD = { left: 40, right: 10, top: 10, bottom: 24 };
const DAY_MS = 86_400_000;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayText = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** The Monday of the week holding `day`, as a day number. */
function weekStart(day: string): number {
  const n = dayNumber(day);
  return n - ((new Date(n * DAY_MS).getUTCDay() + 6) % 7);
}

interface Bar { start: number; label: string; parts: { value: number; colour: string; title: string }[] }

/** Bars over consecutive slots of `step` days from `first` to `last`: x position by slot, stacked parts. */
function barsSvg(id: string, bars: Bar[], first: number, last: number, step: number, caption: string): string {
  if (!bars.length) return `<p class="empty" id="${id}">No event dated to the day.</p>`;
  const slots = Math.floor((last - first) / step) + 1;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slotW = plotW / slots;
  const top = Math.max(1, ...bars.map((b) => b.parts.reduce((s, p) => s + p.value, 0)));
  const y = (v: number) => (v / top) * plotH;
  const rects: string[] = [];
  for (const b of bars) {
    const x = PAD.left + ((b.start - first) / step) * slotW;
    let base = HEIGHT - PAD.bottom;
    for (const p of b.parts) {
      const h = y(p.value);
      base -= h;
      rects.push(`<rect x="${x.toFixed(1)}" y="${base.toFixed(1)}" width="${Math.max(0.5, slotW * 0.9).toFixed(1)}" height="${h.toFixed(1)}" fill="${p.colour}"><title>${escapeHtml(`${b.label}: ${p.title}`)}</title></rect>`);
    }
  }
  const axis = `<line x1="${PAD.left}" y1="${HEIGHT - PAD.bottom}" x2="${WIDTH - PAD.right}" y2="${HEIGHT - PAD.bottom}" stroke="#555"/>`
    + `<text x="${PAD.left}" y="${HEIGHT - 6}">${dayText(first)}</text>`
    + `<text x="${WIDTH - PAD.right}" y="${HEIGHT - 6}" text-anchor="end">${dayText(last)}</text>`
    + `<text x="${PAD.left - 4}" y="${PAD.top + 10}" text-anchor="end">${top}</text><text x="${PAD.left - 4}" y="${HEIGHT - PAD.bottom}" text-anchor="end">0</text>`;
  return `<svg id="${id}" class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(caption)}">${axis}${rects.join('')}</svg>`;
}

/** Events per day, one bar per day that has any, stacked by type in TYPE_ORDER. */
export function timelineSvg(events: readonly Event[]): string {
  const perDay = new Map<number, Map<EventType, number>>();
  for (const e of events) {
    const day = dayOf(e);
    if (!day) continue;
    const n = dayNumber(day);
    const counts = perDay.get(n) ?? new Map<EventType, number>();
    counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    perDay.set(n, counts);
  }
  const days = [...perDay.keys()].sort((a, b) => a - b);
  const bars: Bar[] = days.map((n) => ({
    start: n, label: dayText(n),
    parts: TYPE_ORDER.filter((t) => perDay.get(n)!.has(t)).map((t) => {
      const v = perDay.get(n)!.get(t)!;
      return { value: v, colour: TYPE_COLOURS[t], title: `${v} ${t}` };
    }),
  }));
  return barsSvg('timeline', bars, days[0] ?? 0, days[days.length - 1] ?? 0, 1, 'events per day by type');
}

/** Deaths per week (Monday to Sunday), one bar per week with any death. */
export function deathsSvg(events: readonly Event[]): string {
  const perWeek = new Map<number, number>();
  for (const e of events) {
    const day = dayOf(e);
    const deaths = deathsOf(e);
    if (!day || !deaths) continue;
    const w = weekStart(day);
    perWeek.set(w, (perWeek.get(w) ?? 0) + deaths);
  }
  const weeks = [...perWeek.keys()].sort((a, b) => a - b);
  const bars: Bar[] = weeks.map((w) => ({
    start: w, label: `week of ${dayText(w)}`, parts: [{ value: perWeek.get(w)!, colour: '#444', title: `${perWeek.get(w)} killed` }],
  }));
  return barsSvg('deaths', bars, weeks[0] ?? 0, weeks[weeks.length - 1] ?? 0, 7, 'deaths per week');
}
