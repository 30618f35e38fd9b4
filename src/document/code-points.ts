// Offsets in Unicode code points. JavaScript indexes a string by UTF-16 code units, where a character beyond the
// Basic Multilingual Plane (an emoji, 𝕏, a rare CJK ideograph) takes two: a surrogate pair. SPEC.md's offsets count
// code points, as Python and jq do, so an offset of the pipeline is moved back by one for each pair before it.

/** Where each surrogate pair of the last text asked about starts, in order: none for most texts. */
let lastText: string | null = null;
let lastPairs: number[] = [];

/** The UTF-16 index of each surrogate pair's high half. A lone surrogate is one code point and is not counted. */
function pairStarts(text: string): number[] {
  if (text === lastText) return lastPairs;
  const pairs: number[] = [];
  const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) pairs.push(m.index);
  lastText = text;
  lastPairs = pairs;
  return pairs;
}

/**
 * The code point offset of a UTF-16 offset of `text`. The pairs of a text are found once (one scan) and kept for the
 * calls that follow on the same text (the events of one document); a text without any costs only that scan.
 */
export function codePointOffset(text: string, at: number): number {
  const pairs = pairStarts(text);
  if (!pairs.length || at <= pairs[0]) return at;
  // pairs that end at or before `at` (an offset inside a pair counts that pair as before it)
  let lo = 0;
  let hi = pairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[mid] < at) lo = mid + 1; else hi = mid;
  }
  return at - lo;
}
