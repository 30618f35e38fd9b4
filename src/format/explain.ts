// --explain as a person reads it on stderr: per document, each candidate a line with the words that proposed it, the
// rules behind it and what became of it, then how each event's date was settled (its own, or taken from the event
// before). `--explain json` prints the same as one JSON object per document.
import type { DocumentExplanation } from '../schema/explanation.js';
import { shorten } from './shorten.js';

export function explanationText(x: DocumentExplanation): string {
  const unread = x.unread ? ` (${x.unread} with trigger words left unread: no armed side or word of state in the document for them)` : '';
  const lines = [`explain ${x.doc}: ${x.sentences} sentences, ${x.read} read by the rules${unread}, ${x.candidates.length} candidates`];
  for (const c of x.candidates) {
    const what = c.outcome === 'event' ? `event ${c.event} (${c.reason})`
      : c.outcome === 'merged' ? `merged into ${c.event}`
        : `dropped: ${c.reason}`;
    lines.push(`  s${c.sentence} @${c.start} "${shorten(c.text, 40)}" ${c.type}/${c.subtype} [${c.rule}] → ${what}`);
  }
  for (const d of x.dates) lines.push(`  date of ${d.event}: ${d.value ?? 'none'}${d.taken ? ', taken' : ''} (${d.reason})`);
  return `${lines.join('\n')}\n`;
}

export function explanationJson(x: DocumentExplanation): string {
  return `${JSON.stringify(x)}\n`;
}
