// The place of one event: of the place phrases in its sentence (./mentions.ts), the one the event happened at.
import type { EventLocation } from '../schema/event.js';
import type { PlaceContext } from './context.js';
import { candidatesIn, type Candidate } from './mentions.js';

const RANK = { town: 3, admin2: 2.5, admin1: 2, region: 1, country: 0 } as const;

/**
 * The place of an event whose trigger starts at `anchor` in the sentence [sentStart, sentEnd) of docText: the
 * most precise cued place in the sentence, the nearest to the trigger among equals; a bare country name only when
 * nothing better is said; never the place of a source ("sources in Pakistan said"). null when the sentence names
 * no place. `after`: a meeting's place follows its word ("talks in Oslo", "depart for Moscow"), at most this
 * many characters after the anchor; travel cues count only then.
 */
/** How far before a meeting's word the place someone travels to may stand ("return to Geneva this week for talks"). */
const TRAVEL_REACH = 40;

/** The place phrases of the spans of one document already read, per context: a sentence's phrases are read once,
 *  not once per mention and resolver call (the resolvers ask for the same clause and sentence again and again). */
const read = new WeakMap<PlaceContext, { text: string; bySpan: Map<string, Candidate[] | null> }>();

/** candidatesIn, remembered per context, text and span; null when reading failed. Callers must not change the
 *  array or its candidates. */
export function candidatesOnce(docText: string, sentStart: number, sentEnd: number, ctx: PlaceContext): Candidate[] | null {
  let doc = read.get(ctx);
  if (!doc || doc.text !== docText) read.set(ctx, (doc = { text: docText, bySpan: new Map() }));
  const key = `${sentStart}:${sentEnd}`;
  let cands = doc.bySpan.get(key);
  if (cands !== undefined) return cands;
  try {
    cands = candidatesIn(docText, sentStart, sentEnd, ctx);
  } catch {
    cands = null; // a place is never worth failing a document for
  }
  doc.bySpan.set(key, cands);
  return cands;
}

export function locateEvent(docText: string, sentStart: number, sentEnd: number, anchor: number, ctx: PlaceContext, opts: { after?: number } = {}): EventLocation | null {
  let cands = candidatesOnce(docText, sentStart, sentEnd, ctx);
  if (!cands) return null;
  // a meeting's place: after its word, else where someone travels just before it ("fly to Doha for talks")
  if (opts.after !== undefined) {
    const ahead = cands.filter((c) => c.start >= anchor && c.start - anchor <= opts.after!);
    cands = ahead.length ? ahead : cands.filter((c) => c.travel && c.end <= anchor && anchor - c.end <= TRAVEL_REACH);
  }
  else cands = cands.filter((c) => !c.travel); // "left for Moscow" is where someone went, not where an attack was
  // "sources in Pakistan said", "mediators from Algeria said": where the speaker is, never the event's place
  cands = cands.filter((c) => !c.source);
  if (!cands.length) return null;
  const score = (c: Candidate) => (c.cue ? 10 : 0) + RANK[c.loc.precision] * 2 - Math.abs(c.start - anchor) / 200 + (c.start > anchor ? 0.5 : 0);
  cands.sort((a, b) => score(b) - score(a));
  return { ...cands[0].loc }; // its own copy: the remembered candidate stays as read
}
