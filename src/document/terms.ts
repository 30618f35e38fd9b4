// Tags one sentence with compromise (and our plugin) and returns its terms with absolute character offsets.
import nlp from 'compromise';
import { extractPlugin, LEXICON_MATCHES } from './plugin.js';
import { fasterMatching } from './faster-matching.js';
import { useFasterTokenizing } from './faster-tokenizing.js';
import type { SentenceSpan } from './sentences.js';

nlp.plugin(extractPlugin as Parameters<typeof nlp.plugin>[0]);
// compromise's sweep and matcher, replaced by faster ones with the same results (see faster-matching.ts)
nlp.plugin(fasterMatching as unknown as Parameters<typeof nlp.plugin>[0]);
// Compromise's last layer groups terms into chunks (noun and verb phrases); the rules read only tags, and the
// chunker costs ≈30% of tagging time, so it is left out.
const world = nlp.world() as unknown as { hooks: string[] } & Parameters<typeof useFasterTokenizing>[0];
world.hooks = world.hooks.filter((h) => h !== 'chunks');
// and its tokenizer parses each distinct word once (faster-tokenizing.ts)
useFasterTokenizing(world);
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

/** A term of compromise's document, as it holds it (what `json()` copies out of it). */
interface DocTerm { text: string; pre: string; post: string; tags: Set<string> }

function normalize(word: string): string {
  return word.toLowerCase().replace(/[’‘`´]/g, "'").replace(/'s$/, '').replace(/s'$/, 's');
}

/** Separator between sentences tagged together: a paragraph break, so compromise never joins two of them. */
const JOIN = '\n\n';

/**
 * Tags several sentences of one document in one compromise call (one call costs less than many) and hands each
 * sentence its terms with offsets into the document.
 */
export function tagSentences(sentences: SentenceSpan[]): TaggedSentence[] {
  // compromise's memory grows with the text of one call (≈1 GB for 5 MB): tag in bounded chunks
  const out: TaggedSentence[] = [];
  let chunk: SentenceSpan[] = [];
  let size = 0;
  for (const s of sentences) {
    if (size + s.text.length > CHUNK_CHARS && chunk.length) { out.push(...tagChunk(chunk)); chunk = []; size = 0; }
    chunk.push(s);
    size += s.text.length + JOIN.length;
  }
  if (chunk.length) out.push(...tagChunk(chunk));
  return out;
}

/** Most text handed to compromise in one call. */
const CHUNK_CHARS = 50_000;

function tagChunk(sentences: SentenceSpan[]): TaggedSentence[] {
  if (!sentences.length) return [];
  const starts: number[] = [];
  let joined = '';
  for (const s of sentences) {
    if (joined) joined += JOIN;
    starts.push(joined.length);
    joined += s.text;
  }
  const doc = nlp(joined);
  doc.sweep(lexiconNet());
  const out: TaggedSentence[] = sentences.map((s) => ({ ...s, terms: [] }));
  // the terms as compromise holds them, each tag set taken as it is (the document is dropped after); offsets as its
  // compute('offset') counts them: every term's pre, text and post, in order, from the start of the text
  let elapsed = 0;
  let k = 0;
  for (const sentence of (doc as unknown as { document: DocTerm[][] }).document) {
    for (const t of sentence) {
      const at = elapsed + t.pre.length;
      elapsed = at + t.text.length + t.post.length;
      if (!t.text) continue; // compromise splits a range "15-20" into the range and two empty terms
      while (k + 1 < starts.length && at >= starts[k + 1]) k++;
      const s = sentences[k];
      const start = s.start + (at - starts[k]);
      const terms = out[k].terms;
      terms.push({
        i: terms.length, text: t.text, norm: normalize(t.text), start, end: start + t.text.length,
        tags: t.tags, pre: t.pre, post: t.post,
      });
    }
  }
  return out;
}

