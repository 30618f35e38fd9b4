// Lookups remembered by their string key (remembered: src/document/remembered.ts). The gazetteer's data never changes
// once read, and wire copy names the same places again and again, so a name is folded, searched and parsed once per
// process rather than once per phrase. What a remembered lookup returns is shared by every caller: it is read-only
// (the types say so).
import { foldKey } from '../lexicon/keys.js';
import { countryOf } from '../lexicon/countries.js';
import { remembered } from '../document/remembered.js';

/** foldKey (src/lexicon/keys.ts) remembered: the place code folds the same words again and again. */
export const foldKeyOnce = remembered(foldKey);

/** The country a name, spelling or demonym is (countryOf, a capital not counted), remembered. Shared: read-only. */
export const countryNamed: (word: string) => Readonly<{ code: string; name: string }> | null = remembered((w) => countryOf(w, { capitals: false }));
