// THE DATELINE, as the place context reads it: "KABUL, March 3 (Reuters) -", "BEIRUT, Lebanon (AP) —".
// To be replaced: src/resolvers/dateline.ts (parseDateline) is to be the one dateline parser. This module does not
// import it (places sits below the resolvers); the caller, buildPlaceContext in ./context.ts, takes the place from
// this one function, so that wiring the shared parser in means changing this function only.

const DATELINE_RE = /^\s*([A-Z][A-Z.'’ -]{1,40}?[A-Z.])((?:,\s*[A-Z][\p{L}.]+(?:\s[A-Z][\p{L}.]+)?)?)(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s/u;

/** The place of the dateline that opens `head` (the first characters of the article), in capitals as written
 *  ("KABUL"), and the region after it with its comma (", Lebanon") or ''; null when the article has no dateline. */
export function datelinePlace(head: string): { place: string; region: string } | null {
  const d = DATELINE_RE.exec(head.slice(0, 200));
  return d ? { place: d[1], region: d[2] ?? '' } : null;
}
