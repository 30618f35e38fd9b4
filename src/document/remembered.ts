// A function of a string remembered by its argument, for lookups that see the same words again and again (compromise's
// parse of a word, the gazetteer's search of a name). What it returns is shared by every caller: read-only.

/** At most this many keys per remembered function: past it the memory starts over (a long run stays bounded). */
const MAX_KEYS = 50000;

/** `f` remembered by its key. */
export function remembered<R>(f: (key: string) => R): (key: string) => R {
  const seen = new Map<string, R>();
  return (key) => {
    const r = seen.get(key);
    if (r !== undefined || seen.has(key)) return r as R;
    const found = f(key);
    if (seen.size >= MAX_KEYS) seen.clear();
    seen.set(key, found);
    return found;
  };
}
