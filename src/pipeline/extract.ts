// The extractor: one document in, validated events out. The stages run in this order, each reading what the one
// before filled:
//   document   sentences (plain scanner) → prefilter (lexicon scan) → tag (compromise + our plugin)
//   rules      mentions: triggers, commitments, counts, each with its rule id (rules/)
//   resolvers  per sentence: attribution, modality, parties, links (counts to their attack), date, place (resolvers/)
//   refiners   merge repeated reports, keep what is an event, fallback places and dates, subtypes by sides, codes and
//              ids (refiners/)
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
import { fallbackDates, type DateFallbackRecord } from '../refiners/dates.js';
import { subtypesBySides } from '../refiners/subtype.js';
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
    resolveMentionPlace(m, d.text, d.places, d.datelineEnd);
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

/** Rules and resolvers over the candidate sentences (tagged here, 200 at a time, unless `tagged` holds them all):
 *  the mentions that report an event, and (for --explain) the others. */
function readMentions(p: Prepared, tagged: TaggedSentence[] | null, dropped: Mention[] | null): Mention[] {
  const mentions: Mention[] = [];
  const read = (s: TaggedSentence) => {
    const previous = s.index > 0 ? p.sentences[s.index - 1] : null;
    const found = findMentions(s, p.context.text);
    mentions.push(...resolveSentence(s, previous, found, p.context));
    if (dropped) dropped.push(...found.filter((m) => m.dropped));
    s.terms = []; // the rules and resolvers are done with this sentence's terms: free them
  };
  if (tagged) tagged.forEach(read);
  else for (let i = 0; i < p.candidates.length; i += 200) tagSentences(p.candidates.slice(i, i + 200)).forEach(read);
  return mentions;
}

/** A document read, split and prefiltered: all it needs before its candidate sentences are tagged. */
interface Prepared {
  doc: InputDoc;
  options: ExtractOptions;
  reading: Reading;
  sentences: SentenceSpan[];
  candidates: SentenceSpan[];
  unread: number;
  warnings: string[];
  context: DocumentContext;
}

function prepare(doc: InputDoc, options: ExtractOptions): Prepared {
  const reading = readDocument(doc.text); // spun words read as the plain ones, once; events are mapped back below
  const text = reading.text;
  const refDate = referenceDateOf(doc, options);
  const dateline = parseDateline(text, refDate);
  const sentences = splitSentences(text);
  let placeCtx: PlaceContext | null = null;
  const places = () => (placeCtx ??= buildPlaceContext(text, dateline));
  const warnings: string[] = [];
  const { candidates, unread } = candidateSentences(reading, sentences, warnings);
  return { doc, options, reading, sentences, candidates, unread, warnings, context: { text, refDate, datelineEnd: dateline?.end ?? 0, places } };
}

/** The rules, resolvers, refiners and schema over a prepared document (`tagged`: its candidate sentences, tagged). */
function finish(p: Prepared, tagged: TaggedSentence[] | null): ExtractResult {
  const { doc, options, reading, sentences } = p;
  const { text, places } = p.context;
  const dropped: Mention[] | null = options.explain ? [] : null;
  const mentions = readMentions(p, tagged, dropped);

  // refiners: merge repeated reports, keep what is an event, infer missing countries, then codes, evidence and ids
  const all = mergeMentions(mentions);
  const keeping = { text, referenceDate: doc.date ?? options.referenceDate }; // a date given, never one guessed from a dateline
  const drafts = all.filter((d) => keep(d, keeping));
  fallbackLocations(drafts, places);
  const dated: Array<[DateFallbackRecord, Draft]> | null = options.explain ? [] : null;
  // an event told with no date of its own takes the day written for the one told just before
  fallbackDates(drafts, sentences, dated ? (r, d) => dated.push([r, d]) : undefined);
  subtypesBySides(drafts); // police firing on protesters is excessive force whatever the verb
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
  const explain = dropped ? explanationAsWritten(explainDocument(doc.id, { sentences: sentences.length, read: p.candidates.length, unread: p.unread }, dropped, all, ids, keeping, dated ?? []), reading) : undefined;
  return { events: events.filter(wanted), invalid, warnings: p.warnings, explain };
}

export function extractEvents(doc: InputDoc, options: ExtractOptions = {}): ExtractResult {
  return finish(prepare(doc, options), null);
}

/** Most candidate text of the documents whose sentences are tagged in one compromise call: short items (wire copy)
 *  cost less tagged together than one call each (the candidate sentences of 32 agnews-dev items: 10–15% less time,
 *  the same terms), and a longer document is tagged alone, as extractEvents tags it. */
const SHARED_TAGGING_CHARS = 20_000;

/** What became of each document of extractDocuments: its extraction, or what it threw. */
export type Extraction = { result: ExtractResult } | { error: unknown };

/**
 * extractEvents over several documents, each with the same result, their candidate sentences tagged together (up to
 * SHARED_TAGGING_CHARS a call). A document that throws fails alone; should a shared tagging throw, each of its
 * documents is tagged on its own, so that only the one that throws fails.
 */
export function extractDocuments(docs: InputDoc[], options: ExtractOptions = {}): Extraction[] {
  const prepared = docs.map((doc) => attempt(() => prepare(doc, options)));
  const tagged = new Map<Prepared, TaggedSentence[]>();
  let group: Prepared[] = [];
  let chars = 0;
  const tagGroup = () => {
    try {
      const all = tagSentences(group.flatMap((p) => p.candidates));
      let at = 0;
      for (const p of group) { tagged.set(p, all.slice(at, at + p.candidates.length)); at += p.candidates.length; }
    } catch {
      // each document of the group is tagged alone in finish: the one that throws fails there
    }
    group = [];
    chars = 0;
  };
  for (const p of prepared) {
    if (!('result' in p)) continue;
    const size = p.result.candidates.reduce((n, s) => n + s.text.length, 0);
    if (size > SHARED_TAGGING_CHARS) continue;
    if (chars + size > SHARED_TAGGING_CHARS) tagGroup();
    group.push(p.result);
    chars += size;
  }
  if (group.length) tagGroup();
  return prepared.map((p) => ('result' in p ? attempt(() => finish(p.result, tagged.get(p.result) ?? null)) : p));
}

function attempt<T>(f: () => T): { result: T } | { error: unknown } {
  try {
    return { result: f() };
  } catch (error) {
    return { error };
  }
}
