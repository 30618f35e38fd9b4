// A place name as written ("Saraqeb", "Bhuj, India", "the town of Goma", "Idleb province", "northern Baghdad"), taken
// apart into its name, the country or division after a comma, the kind of place it is said to be, and a direction;
// the name is then looked up and ranked in the article's context (./rank.ts).
import type { EventLocation } from '../schema/event.js';
import type { PlaceContext } from './context.js';
import { foldKey } from '../lexicon/keys.js';
import { admin1s, hasPlaceKey } from './gazetteer.js';
import { countries } from '../lexicon/countries.js';
import { choose } from './rank.js';
import { NOT_PLACE_KEYS, LEAD_RE, TAIL_RE, DIRECTION_RE } from './patterns.js';

/** A name the gazetteer has as it stands: a place, a country or a division ("Port Said", "In Amenas", "South Sudan"). */
const known = (p: string) => hasPlaceKey(foldKey(p)) || countries().byName.has(foldKey(p)) || admin1s().byKey.has(foldKey(p));

/**
 * Resolves a place name as written in the article's context. `head`: the word after the name when the caller split
 * it off ("province", "town"). `loose`: a variant spelling or small place may be taken without the article's
 * support (datelines).
 */
export function resolvePlaceName(text: string, ctx: PlaceContext, loose = false, head = ''): EventLocation | null {
  const [first, ...rest] = text.trim().replace(/[.,;:]+$/, '').split(/\s*,\s*/);
  let phrase = first;
  // "the town of Goma", "province of Kunduz", "Kowloon peninsula", "Idlib's countryside": the kind words go to `head`
  // ("Port Said", "In Amenas", "Gaza City" are names as they stand)
  const lead = known(phrase) ? null : LEAD_RE.exec(phrase);
  if (lead && lead[0].length < phrase.length) { head ||= lead[1] ?? ''; phrase = phrase.slice(lead[0].length); }
  const tail = TAIL_RE.exec(phrase);
  if (tail && tail.index > 0 && !known(phrase)) { head ||= tail[1]; phrase = phrase.slice(0, tail.index); }
  phrase = phrase.replace(/['’]s$/, '');
  // "South America", "the Middle East": regions with no place of their own here
  if (NOT_PLACE_KEYS.has(foldKey(phrase))) return null;
  const parts = [phrase, ...rest];
  // "Eastern Chad", "northern Baghdad": the direction narrows the place, it is not part of its name;
  // "West Bank", "South Sudan", "North Macedonia" are names in their own right
  const dir = DIRECTION_RE.exec(parts[0]);
  if (dir && !known(parts[0])) {
    const inner = resolvePlaceName([parts[0].slice(dir[0].length), ...parts.slice(1)].join(', '), ctx, loose, head);
    return inner ? { ...inner, text, precision: inner.precision === 'country' ? 'region' : inner.precision } : null;
  }
  const loc = choose(parts[0], parts[1] ?? '', ctx, loose, head);
  return loc ? { ...loc, text } : null;
}
