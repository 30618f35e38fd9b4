// Lookups remembered by their string key. The gazetteer's data never changes once read, and wire copy names the same
// places again and again, so a name is folded, searched and parsed once per process rather than once per phrase.
// What a remembered lookup returns is shared by every caller: it is read-only (the types say so).
import { foldKey } from '../lexicon/keys.js';
import { countryOf } from '../lexicon/countries.js';

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

/** foldKey (src/lexicon/keys.ts) remembered: the place code folds the same words again and again. */
export const foldKeyOnce = remembered(foldKey);

/** The country a name, spelling or demonym is (countryOf, a capital not counted), remembered. Shared: read-only. */
export const countryNamed: (word: string) => Readonly<{ code: string; name: string }> | null = remembered((w) => countryOf(w, { capitals: false }));
