// The extractor: one document in, validated events out. The stages run in this order, each reading what the one
// before filled:
//   document   sentences (plain scanner) → prefilter (lexicon scan) → tag (compromise + our plugin)
//   rules      mentions: triggers, commitments, counts, each with its rule id (rules/)
//   resolvers  per sentence: attribution, modality, parties, links (counts to their attack), date, place (resolvers/)
//   refiners   merge repeated reports, keep what is an event, fallback places, codes and ids (refiners/)
//   schema     zod validation
import type { Event } from '../schema/event.js';
import { validateEvent } from '../schema/event.js';
import type { InputDoc, ExtractOptions } from '../types.js';
import { splitSentences } from '../document/sentences.js';
import { readDocument, asWritten, explanationAsWritten, originalOffset, type Reading } from '../document/reading.js';
import { codePointOffset } from '../document/code-points.js';
import { eventCandidates } from '../document/prefilter.js';
import { tagSentences, type TaggedSentence } from '../document/terms.js';
import type { SentenceSpan } from '../document/sentences.js';
import { findMentions } from '../rules/index.js';
import type { Mention } from '../rules/mention.js';
import { attributionOf } from '../resolvers/attribution.js';
import { resolveModality } from '../resolvers/modality.js';
import { resolveParties } from '../resolvers/parties.js';
import { resolveLinks } from '../resolvers/links.js';
import { resolveMentionDate } from '../resolvers/event-date.js';
import { resolveMentionPlace } from '../resolvers/event-place.js';
import { parseDateline } from '../resolvers/dateline.js';
import { buildPlaceContext, type PlaceContext } from '../places/index.js';
import { mergeMentions, type Draft } from '../refiners/merge.js';
import { keep, toEvent } from '../refiners/finalize.js';
import { fallbackLocations } from '../refiners/locations.js';
import { fallbackDates } from '../refiners/dates.js';
import { explainDocument } from './explain.js';
import type { DocumentExplanation } from '../schema/explanation.js';

export interface ExtractResult {
  events: Event[];
  /** events that failed schema validation (a bug: reported on stderr, never printed) */
  invalid: { rule: string; error: string }[];
  /** what the extractor had to leave out of a pathological document, said on stderr */
  warnings: string[];
  /** with --explain: what each rule proposed and what became of it */
  explain?: DocumentExplanation;
}

/** Most sentence text of one document that is tagged: past it, the rest is reported, not read (≈7 s of tagging). */
const MAX_DOCUMENT_CANDIDATE_CHARS = 1_000_000;

/** The reference date: the document's own, else --date, else its dateline's. */
function referenceDateOf(doc: InputDoc, options: ExtractOptions): string | null {
  if (doc.date) return doc.date;
  if (options.referenceDate) return options.referenceDate;
  return parseDateline(doc.text, null)?.date ?? null;
}

interface DocumentContext {
  text: string;
  refDate: string | null;
  datelineEnd: number;
  places: () => PlaceContext;
}

/** The resolvers, in order, over one sentence's mentions: the mentions that still report an event come out. */
function resolveSentence(s: TaggedSentence, previous: SentenceSpan | null, mentions: Mention[], d: DocumentContext): Mention[] {
  const attribution = attributionOf(s, d.text);
  const parties = { s, previous, docText: d.text, attribution };
  for (const m of mentions) {
    if (attribution) m.attribution = { source: attribution.source, text: attribution.text };
    resolveModality(m, d.text);
    if (!m.dropped) resolveParties(parties, m);
  }
  resolveLinks(mentions);
  const kept = mentions.filter((m) => !m.dropped);
  for (const m of kept) {
    resolveMentionDate(m, d.text, d.refDate, d.datelineEnd);
    resolveMentionPlace(m, d.text, d.places(), d.datelineEnd);
  }
  return kept;
}

/** Sentences the prefilter passes (none when every hit needs a context the document lacks: `unread` counts them),
 *  within the document's budget; a cut is said in `warnings`. */
function candidateSentences(reading: Reading, sentences: SentenceSpan[], warnings: string[]): { candidates: SentenceSpan[]; unread: number } {
  const { candidates, unread } = eventCandidates(reading.text, sentences);
  let budget = MAX_DOCUMENT_CANDIDATE_CHARS;
  const cut = candidates.findIndex((s) => (budget -= s.text.length) < 0);
  if (cut < 0) return { candidates, unread };
  // the offset as the evidence offsets count: in code points, into the text as written
  const written = (at: number) => codePointOffset(reading.original, originalOffset(reading, at, 'start'));
  warnings.push(`only the first ${MAX_DOCUMENT_CANDIDATE_CHARS} characters of candidate sentences were read (of ${written(reading.text.length)} characters); events after offset ${written(candidates[cut].start)} are missing`);
  return { candidates: candidates.slice(0, cut), unread };
}

/** Rules and resolvers over the candidate sentences: the mentions that report an event, and (for --explain) the others. */
function readMentions(candidates: SentenceSpan[], sentences: SentenceSpan[], d: DocumentContext, dropped: Mention[] | null): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < candidates.length; i += 200) {
    for (const s of tagSentences(candidates.slice(i, i + 200))) {
      const previous = s.index > 0 ? sentences[s.index - 1] : null;
      const found = findMentions(s, d.text);
      mentions.push(...resolveSentence(s, previous, found, d));
      if (dropped) dropped.push(...found.filter((m) => m.dropped));
      s.terms = []; // the rules and resolvers are done with this sentence's terms: free them
    }
  }
  return mentions;
}

export function extractEvents(doc: InputDoc, options: ExtractOptions = {}): ExtractResult {
  const reading = readDocument(doc.text); // spun words read as the plain ones, once; events are mapped back below
  const text = reading.text;
  const refDate = referenceDateOf(doc, options);
  const dateline = parseDateline(text, refDate);
  const datelineEnd = dateline?.end ?? 0;
  const sentences = splitSentences(text);
  let placeCtx: PlaceContext | null = null;
  const places = () => (placeCtx ??= buildPlaceContext(text, dateline));
  const warnings: string[] = [];
  const { candidates, unread } = candidateSentences(reading, sentences, warnings);
  const dropped: Mention[] | null = options.explain ? [] : null;
  const mentions = readMentions(candidates, sentences, { text, refDate, datelineEnd, places }, dropped);

  // refiners: merge repeated reports, keep what is an event, infer missing countries, then codes, evidence and ids
  const all = mergeMentions(mentions);
  const keeping = { text, referenceDate: doc.date ?? options.referenceDate }; // a date given, never one guessed from a dateline
  const drafts = all.filter((d) => keep(d, keeping));
  fallbackLocations(drafts, places);
  fallbackDates(drafts, sentences); // an event told with no date of its own takes the day written for the one told just before
  drafts.sort((a, b) => a.mentions[0].anchor - b.mentions[0].anchor);
  const events: Event[] = [];
  const invalid: ExtractResult['invalid'] = [];
  const ids = new Map<Draft, string>();
  drafts.forEach((d, i) => {
    const e = asWritten(toEvent(d, doc.id, i + 1, text, doc.meta), reading);
    const v = validateEvent(e);
    if (v.ok) { events.push(v.event); ids.set(d, v.event.id); } else invalid.push({ rule: e.rule, error: v.error });
  });
  const wanted = (e: Event) => (!options.types || options.types.includes(e.type)) && e.confidence >= (options.minConfidence ?? 0);
  const explain = dropped ? explanationAsWritten(explainDocument(doc.id, { sentences: sentences.length, read: candidates.length, unread }, dropped, all, ids, keeping), reading) : undefined;
  return { events: events.filter(wanted), invalid, warnings, explain };
}
