// A mention's place. An attack's is the place in its own clause, else in its sentence. A meeting's or an
// agreement's place follows its word in the same phrase, up to the first comma or topic word ("talks on a truce in
// Gaza": Gaza is the truce's; "a ceasefire ..., mediators from Algeria said": not its place). A mention that refers
// back to an event told before ("The assault came as the minister left for Moscow") takes no place from the rest of
// its sentence.
import type { Mention } from '../rules/mention.js';
import type { EventLocation } from '../schema/event.js';
import { locateEvent, type PlaceContext } from '../places/index.js';
import { RELATIVE_PRONOUNS, TOPIC_PREPOSITIONS } from '../lexicon/function-words.js';
import { alternation } from '../lexicon/words.js';

/** Words that end the phrase a meeting's or agreement's place may stand in: a topic ("talks on ...") or a relative
 *  clause ("the deal, which ..."). */
const PHRASE_END = new RegExp(`[,;:()]|\\b(?:${alternation([...TOPIC_PREPOSITIONS, ...RELATIVE_PRONOUNS])})\\b`, 'i');
/** How far after its word a meeting's or agreement's place may stand. */
const REACH = 60;

/**
 * Gives the mention its place, worked out when something first reads it (a refiner, a keep rule, the output): most
 * mentions of everyday copy end in drafts a keep rule drops without asking where (a meeting of two companies, a
 * "deal" with no date), and finding places (the document's place context, each sentence's place phrases) was ≈12%
 * of a run on wire items. The place depends on nothing a later stage changes (the mention's sentence, clause, anchor
 * and type are settled by the rules and the links resolver, and the document's place context is built once, from its
 * text), so it is the same whenever it is read. A place written to the mention replaces it.
 */
export function resolveMentionPlace(m: Mention, docText: string, places: () => PlaceContext, datelineEnd: number): void {
  let place: EventLocation | null | undefined;
  Object.defineProperty(m, 'location', {
    enumerable: true,
    configurable: true,
    get: () => (place === undefined ? (place = placeOf(m, docText, places(), datelineEnd)) : place),
    set: (value: EventLocation | null) => { place = value; },
  });
}

function placeOf(m: Mention, docText: string, ctx: PlaceContext, datelineEnd: number): EventLocation | null {
  const s = m.sentence;
  // the dateline names where the story was filed, not where the event was
  const [cs, ce] = [Math.max(m.clause[0], datelineEnd), m.clause[1]];
  const word = m.trigger?.text.length ?? 0;
  const from = m.anchor + word;
  const stop = PHRASE_END.exec(docText.slice(from, s.end));
  const reach = Math.min(REACH, (stop ? stop.index : s.end - from)) + word;
  if (m.type === 'meeting') return locateEvent(docText, s.start, s.end, m.anchor, ctx, { after: reach });
  if (m.type === 'agreement') return locateEvent(docText, s.start, s.end, m.anchor, ctx, { after: reach }) ?? (m.anaphoric ? null : locateEvent(docText, cs, ce, m.anchor, ctx));
  return locateEvent(docText, cs, ce, m.anchor, ctx) ?? (m.anaphoric ? null : locateEvent(docText, s.start, s.end, m.anchor, ctx));
}
