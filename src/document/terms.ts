// Tags one sentence with compromise (and our plugin) and returns its terms with absolute character offsets.
import nlp from 'compromise';
import { extractPlugin, LEXICON_MATCHES } from './plugin.js';
import type { SentenceSpan } from './sentences.js';

nlp.plugin(extractPlugin as Parameters<typeof nlp.plugin>[0]);
// Domain tags are laid over compromise's own (a word in its lexicon would lose its part of speech and tense).
let net: ReturnType<typeof nlp.buildNet> | null = null;
const lexiconNet = () => (net ??= nlp.buildNet(LEXICON_MATCHES));

export interface Term {
  i: number;
  text: string;
  /** lower case, curly apostrophes folded, possessive 's dropped */
  norm: string;
  start: number;
  end: number;
  tags: Set<string>;
  pre: string;
  post: string;
}

export interface TaggedSentence extends SentenceSpan {
  terms: Term[];
}

interface JsonTerm { text: string; pre: string; post: string; tags: string[]; normal: string; offset: { start: number; length: number } }

export function normalize(word: string): string {
  return word.toLowerCase().replace(/[’‘`´]/g, "'").replace(/'s$/, '').replace(/s'$/, 's');
}

export function tagSentence(s: SentenceSpan): TaggedSentence {
  const doc = nlp(s.text);
  doc.sweep(lexiconNet());
  const json = doc.json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[];
  const terms: Term[] = [];
  for (const sent of json) {
    for (const t of sent.terms) {
      if (!t.text) continue; // compromise splits a range "15-20" into the range and two empty terms
      const start = s.start + t.offset.start;
      terms.push({
        i: terms.length,
        text: t.text,
        norm: normalize(t.text),
        start,
        end: start + t.offset.length,
        tags: new Set(t.tags),
        pre: t.pre,
        post: t.post,
      });
    }
  }
  return { ...s, terms };
}
