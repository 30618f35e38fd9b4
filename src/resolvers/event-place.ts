// A mention's place. An attack's is the place in its own clause, else in its sentence. A meeting's or an
// agreement's place follows its word in the same phrase, up to the first comma or topic word ("talks on a truce in
// Gaza": Gaza is the truce's; "a ceasefire ..., mediators from Algeria said": not its place). A mention that refers
// back to an event told before ("The assault came as the minister left for Moscow") takes no place from the rest of
// its sentence.
import type { Mention } from '../rules/mention.js';
import { locateEvent, type PlaceContext } from '../places/index.js';
import { RELATIVE_PRONOUNS, TOPIC_PREPOSITIONS } from '../lexicon/function-words.js';
import { alternation } from '../lexicon/words.js';

/** Words that end the phrase a meeting's or agreement's place may stand in: a topic ("talks on ...") or a relative
 *  clause ("the deal, which ..."). */
const PHRASE_END = new RegExp(`[,;:()]|\\b(?:${alternation([...TOPIC_PREPOSITIONS, ...RELATIVE_PRONOUNS])})\\b`, 'i');
/** How far after its word a meeting's or agreement's place may stand. */
const REACH = 60;

export function resolveMentionPlace(m: Mention, docText: string, ctx: PlaceContext, datelineEnd: number): void {
  const s = m.sentence;
  // the dateline names where the story was filed, not where the event was
  const [cs, ce] = [Math.max(m.clause[0], datelineEnd), m.clause[1]];
  const word = m.trigger?.text.length ?? 0;
  const from = m.anchor + word;
  const stop = PHRASE_END.exec(docText.slice(from, s.end));
  const reach = Math.min(REACH, (stop ? stop.index : s.end - from)) + word;
  if (m.type === 'meeting') m.location = locateEvent(docText, s.start, s.end, m.anchor, ctx, { after: reach });
  else if (m.type === 'agreement') m.location = locateEvent(docText, s.start, s.end, m.anchor, ctx, { after: reach }) ?? (m.anaphoric ? null : locateEvent(docText, cs, ce, m.anchor, ctx));
  else m.location = locateEvent(docText, cs, ce, m.anchor, ctx) ?? (m.anaphoric ? null : locateEvent(docText, s.start, s.end, m.anchor, ctx));
}
