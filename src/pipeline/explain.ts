// --explain: what each rule proposed in a document and what became of it, so a user can see why an event is or is
// not there. Built from what the stages leave on the mentions (a resolver's `dropped` reason) and the drafts (the
// mentions merged into each, the keep refiner's reason).
import type { Mention } from '../rules/mention.js';
import type { Draft } from '../refiners/merge.js';
import { confidenceOf, dropReason } from '../refiners/finalize.js';
import type { KeepContext } from '../refiners/keep/types.js';
import type { DateFallbackRecord } from '../refiners/dates.js';
import type { CandidateNote, DateNote, DocumentExplanation } from '../schema/explanation.js';

/** The words that proposed a mention: its trigger, its count, or its commitment cue. */
function wordsOf(m: Mention): { start: number; end: number; text: string } {
  if (m.count) return { start: m.count.start, end: m.count.end, text: m.count.count.text };
  const text = m.trigger?.text ?? m.commitment?.text ?? '';
  return { start: m.anchor, end: m.anchor + text.length, text };
}

function note(m: Mention, outcome: CandidateNote['outcome'], event: string | null, reason: string): CandidateNote {
  // a count that joined its attack or was set aside still names its own rule ("casualties+count-victim-harm")
  const rule = m.count && m.dropped ? `${m.rule}+${m.count.rule}` : m.rule;
  return { sentence: m.sentence.index, ...wordsOf(m), rule, type: m.type, subtype: m.subtype, outcome, event, reason };
}

/** `counts`: the document's sentences, those read by the rules and those the prefilter passed but left unread;
 *  `ids`: the event id each kept draft became; `dated`: the date fallback's decision on each kept draft. */
export function explainDocument(doc: string, counts: Pick<DocumentExplanation, 'sentences' | 'read' | 'unread'>, dropped: Mention[], drafts: Draft[], ids: Map<Draft, string>, ctx: KeepContext, dated: Array<[DateFallbackRecord, Draft]>): DocumentExplanation {
  const draftOf = new Map(drafts.flatMap((d) => d.mentions.map((m) => [m, d] as const)));
  const candidates = dropped.map((m) => {
    const host = m.joined && draftOf.get(m.joined);
    const id = host ? ids.get(host) : undefined;
    return id ? note(m, 'merged', id, 'a count of the attack it joined') : note(m, 'dropped', null, m.dropped ?? 'dropped');
  });
  for (const d of drafts) {
    const id = ids.get(d) ?? null;
    const why = id ? `confidence ${confidenceOf(d)}` : dropReason(d, ctx) ?? 'invalid';
    d.mentions.forEach((m, i) => {
      if (!id) candidates.push(note(m, 'dropped', null, i === 0 ? why : `merged into a draft that was dropped (${why})`));
      else candidates.push(note(m, i === 0 ? 'event' : 'merged', id, i === 0 ? why : 'same event, nothing conflicting'));
    });
  }
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  // (the fallback decides in the order the document tells the events, the order their ids are numbered in)
  const dates: DateNote[] = dated.flatMap(([r, d]) => {
    const event = ids.get(d);
    return event ? [{ event, value: r.value, taken: r.taken, reason: r.reason }] : [];
  });
  return { doc, ...counts, candidates, dates };
}
