// Lookups remembered by their string key. The gazetteer's data never changes once read, and wire copy names the same
// places again and again, so a name is folded, searched and parsed once per process rather than once per phrase.
// What a remembered lookup returns is shared by every caller: it is read-only (the types say so).

/** At most this many keys per lookup: past it the memory starts over (a long run stays bounded). */
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
