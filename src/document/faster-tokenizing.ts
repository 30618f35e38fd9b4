// compromise's tokenizer (tokenize/methods/parse.js: sentences, then words, then each word's punctuation and normal
// form) with each word's parse remembered: wire copy writes the same words again and again, and compromise parsed
// every one anew (peeling punctuation char by char through Unicode patterns, then cleaning and folding it: ≈8% of
// tagging agnews-dev's candidate sentences, warm). A word's parse is a function of its raw string alone (the model's
// punctuation lists and killUnicode are fixed once the plugins are in), so each term is a fresh copy of the one parse
// of its string, with the same fields in the same order as compromise's. tests/tagging-speedups.test.ts compares the
// terms with compromise's own.
import { normalizeTerm } from './compromise-internals.js';
import { remembered } from './remembered.js';

/** A term as compromise's parse makes it. */
interface ParsedTerm { text: string; pre: string; post: string; tags: Set<string>; normal: string }
interface Tokenize {
  splitSentences: (input: string, world: World) => string[];
  splitTerms: (sentence: string, model: unknown) => string[];
  splitWhitespace: (word: string, model: unknown) => { text: string; pre: string; post: string };
}
interface World { methods: { one: { tokenize: Tokenize & { fromString: typeof fromString } } }; model: unknown }

/** Each world's remembered parse of a raw word (its punctuation and spaces included). */
const parses = new WeakMap<World, (raw: string) => Readonly<ParsedTerm>>();

function parseOf(world: World): (raw: string) => Readonly<ParsedTerm> {
  let parse = parses.get(world);
  if (!parse) {
    const { splitWhitespace } = world.methods.one.tokenize;
    parse = remembered((raw) => {
      const term = { ...splitWhitespace(raw, world.model), tags: new Set<string>(), normal: '' };
      normalizeTerm(term, world);
      return term;
    });
    parses.set(world, parse);
  }
  return parse;
}

/** compromise's `fromString`: the text's sentences, each a list of terms. */
function fromString(input: string, world: World): ParsedTerm[][] {
  const { splitSentences, splitTerms } = world.methods.one.tokenize;
  const parse = parseOf(world);
  return splitSentences(input || '', world).map((sentence) => splitTerms(sentence, world.model).map((raw) => {
    const p = parse(raw);
    return { text: p.text, pre: p.pre, post: p.post, tags: new Set<string>(), normal: p.normal };
  }));
}

/** Puts it in the place of compromise's own (compromise's plugin merge would replace the whole of `tokenize`). */
export function useFasterTokenizing(world: World): void {
  world.methods.one.tokenize.fromString = fromString;
}
