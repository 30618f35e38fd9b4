// Datelines: "ANKARA, March 4 (Reuters) -", "KABUL (AP) —", "ANKARA –", "BEIRUT, Lebanon (AP) — ".
// The place is where the story was filed; the date, when the article gives no other reference date.
import * as chrono from 'chrono-node';

export interface Dateline { place: string | null; placeStart: number; placeEnd: number; date: string | null; end: number }

const DATELINE = /^(\s*)([A-Z][A-Z.'’ -]{1,40}?[A-Z.])((?:,\s*[A-Z][\p{L}.]+(?:\s[A-Z][\p{L}.]+)?)?)(?:,?\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?))?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s/u;

export function parseDateline(docText: string, refDate: string | null = null): Dateline | null {
  const m = DATELINE.exec(docText.slice(0, 200));
  if (!m) return null;
  const placeStart = m[1].length;
  const place = (m[2] + (m[3] ?? '')).trim();
  let date: string | null = null;
  if (m[4]) {
    const ref = refDate ? new Date(`${refDate}T12:00:00Z`) : new Date();
    const r = chrono.parse(m[4], { instant: ref, timezone: 0 })[0];
    if (r) {
      let d = r.start.date();
      if (!r.start.isCertain('year') && d.getTime() > ref.getTime() + 86400000) d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
      date = d.toISOString().slice(0, 10);
    }
  }
  return { place, placeStart, placeEnd: placeStart + place.length, date, end: m[0].length };
}
