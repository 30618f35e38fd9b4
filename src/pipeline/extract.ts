// The extractor: one document in, validated events out. Stages, top to bottom:
//   sentences (plain scanner) → prefilter (lexicon scan) → tag (compromise + plugin) → rules (mentions)
//   → resolvers (date, place) → refiners (merge, keep/drop) → finalize (codes, evidence, ids) → zod validation.
import type { Event } from '../schema/event.js';
import { validateEvent } from '../schema/event.js';
import type { InputDoc, ExtractOptions } from '../types.js';
import { splitSentences } from '../document/sentences.js';
import { mayHoldEvent } from '../document/prefilter.js';
import { tagSentences } from '../document/terms.js';
import { mentionsOf } from '../rules/events.js';
import type { Mention } from '../rules/mention.js';
import { resolveEventDate } from '../resolvers/date.js';
import { parseDateline } from '../resolvers/dateline.js';
import { buildPlaceContext, locateEvent, type PlaceContext } from '../places/index.js';
import { mergeMentions } from '../refiners/merge.js';
import { keep, toEvent } from '../refiners/finalize.js';
import { fallbackLocation } from '../refiners/locations.js';

export interface ExtractResult {
  events: Event[];
  /** events that failed schema validation (a bug: reported on stderr, never printed) */
  invalid: { rule: string; error: string }[];
  /** what the extractor had to leave out of a pathological document, said on stderr */
  warnings: string[];
}

/** Most sentence text of one document that is tagged: past it, the rest is reported, not read (≈7 s of tagging). */
export const MAX_DOCUMENT_CANDIDATE_CHARS = 1_000_000;

/** The reference date: the document's own, else --date, else its dateline's. */
export function referenceDateOf(doc: InputDoc, options: ExtractOptions): string | null {
  if (doc.date) return doc.date;
  if (options.referenceDate) return options.referenceDate;
  return parseDateline(doc.text, null)?.date ?? null;
}

function resolve(m: Mention, refDate: string | null, docText: string, places: () => PlaceContext, datelineEnd: number): void {
  const s = m.sentence;
  // the date in the mention's own clause ("more than 50 in the past month, including 33 killed Thursday"), else the sentence's
  // the dateline ("KABUL, March 3 (Reuters) -") dates the story, not the event
  const cs = Math.max(m.clause[0], datelineEnd);
  const ce = m.clause[1];
  const ss = Math.max(s.start, datelineEnd);
  const future = m.status === 'planned';
  m.date = (cs < ce ? resolveEventDate(docText.slice(cs, ce), m.anchor - cs, refDate, { future }) : null)
    ?? (m.aggregate || ss >= s.end ? null : resolveEventDate(docText.slice(ss, s.end), m.anchor - ss, refDate, { future }));
  // the place in the mention's own clause; a meeting's or agreement's only right after its word; an anaphoric
  // mention ("The assault came as Erdogan left for Moscow") takes no place from the rest of its sentence
  const ctx = places();
  // a meeting's or agreement's place follows its word in the same phrase: up to the first comma or topic word
  // ("talks on a truce in Gaza": Gaza is the truce's; "a ceasefire ..., mediators from Algeria said": not its place)
  const from = m.anchor + (m.trigger?.text.length ?? 0);
  const stop = /[,;:()]|\b(?:on|about|over|regarding|concerning|which|that|who)\b/i.exec(docText.slice(from, s.end));
  const reach = Math.min(60, (stop ? stop.index : s.end - from)) + (m.trigger?.text.length ?? 0);
  if (m.type === 'meeting') m.location = locateEvent(docText, s.start, s.end, m.anchor, ctx, { after: reach });
  else if (m.type === 'agreement') m.location = locateEvent(docText, s.start, s.end, m.anchor, ctx, { after: reach }) ?? (m.anaphoric ? null : locateEvent(docText, cs, ce, m.anchor, ctx));
  else m.location = locateEvent(docText, cs, ce, m.anchor, ctx) ?? (m.anaphoric ? null : locateEvent(docText, s.start, s.end, m.anchor, ctx));
}

export function extractEvents(doc: InputDoc, options: ExtractOptions = {}): ExtractResult {
  const text = doc.text;
  const refDate = referenceDateOf(doc, options);
  const datelineEnd = parseDateline(text, refDate)?.end ?? 0;
  const sentences = splitSentences(text);
  let placeCtx: PlaceContext | null = null;
  const places = () => (placeCtx ??= buildPlaceContext(text));

  const warnings: string[] = [];
  let candidates = sentences.filter((s) => mayHoldEvent(s.text));
  let budget = MAX_DOCUMENT_CANDIDATE_CHARS;
  const cut = candidates.findIndex((s) => (budget -= s.text.length) < 0);
  if (cut >= 0) {
    warnings.push(`only the first ${MAX_DOCUMENT_CANDIDATE_CHARS} characters of candidate sentences were read (of ${text.length} characters); events after offset ${candidates[cut].start} are missing`);
    candidates = candidates.slice(0, cut);
  }
  const mentions: Mention[] = [];
  for (let i = 0; i < candidates.length; i += 200) {
    for (const s of tagSentences(candidates.slice(i, i + 200))) {
      const previous = s.index > 0 ? sentences[s.index - 1] : null;
      for (const m of mentionsOf(s, previous, text)) {
        resolve(m, refDate, text, places, datelineEnd);
        mentions.push(m);
      }
      s.terms = []; // the rules are done with this sentence's terms: free them
    }
  }

  const drafts = mergeMentions(mentions).filter(keep);
  for (const d of drafts) if (!d.location) d.location = fallbackLocation(d, drafts, placeCtx ?? places());
  drafts.sort((a, b) => a.mentions[0].anchor - b.mentions[0].anchor);

  const events: Event[] = [];
  const invalid: ExtractResult['invalid'] = [];
  drafts.forEach((d, i) => {
    const e = toEvent(d, doc.id, i + 1, text);
    const v = validateEvent(e);
    if (v.ok) events.push(v.event);
    else invalid.push({ rule: e.rule, error: v.error });
  });
  return { events, invalid, warnings };
}
