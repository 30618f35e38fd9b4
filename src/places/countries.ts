// Countries by the words news names them with: a name, a spelling, an abbreviation, a demonym or a capital.
import { foldKey } from './keys.js';
import { countries } from './gazetteer.js';

/** Country by name, spelling or demonym ("Turkish" → TR, "U.S." → US, "Russia's" → RU); a capital stands for its state
 *  unless `capitals: false`. */
export function countryOf(word: string, opts: { capitals?: boolean } = {}): { code: string; name: string } | null {
  const w = word.replace(/['’]s$/, '').trim();
  if (!w || !/^[A-Z]/.test(w)) return null;
  const c = countries();
  const abbreviation = c.byAbbreviation.get(w);
  if (abbreviation) return { code: abbreviation.code, name: abbreviation.name };
  const k = foldKey(w);
  const r = c.byName.get(k) ?? c.byDemonym.get(k) ?? (opts.capitals === false ? undefined : c.byCapital.get(k));
  return r ? { code: r.code, name: r.name } : null;
}

/** A demonym that is not also a country's name ("Turkish", "Syrians"): a people, no place. */
export function isDemonym(word: string): boolean {
  const k = foldKey(word);
  return countries().byDemonym.has(k) && !countries().byName.has(k);
}
