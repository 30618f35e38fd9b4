// A place name as written ("Saraqeb", "Bhuj, India", "the town of Goma", "Idleb province", "northern Baghdad",
// "Gwoza town (Gwoza LGA, Borno State)"), taken apart into its name, the kind of place it is said to be, a direction,
// and the hierarchy after it (./chain.ts); the name is then looked up and ranked in the article's context (./rank.ts).
import type { EventLocation } from '../schema/event.js';
import type { PlaceContext } from './context.js';
import { hasPlaceKey } from './gazetteer.js';
import { countries } from '../lexicon/countries.js';
import { choose } from './rank.js';
import { resolveChain, type Area, type Link } from './chain.js';
import { admin1sNamed, admin2sNamed } from './divisions.js';
import { regionNamed } from './regions.js';
import { remembered } from '../document/remembered.js';
import { foldKeyOnce } from './remember.js';
import { NOT_PLACE_KEYS, LEAD_RE, TAIL_RE, DIRECTION_RE, isAdminHead, isAdmin2Head } from './patterns.js';

/** A name the gazetteer has as it stands: a place, a country, a division or a region ("Port Said", "In Amenas",
 *  "South Sudan", "North Darfur", "Northern Samar", "West Bank"). */
const known = remembered((p) => hasPlaceKey(foldKeyOnce(p)) || countries().byName.has(foldKeyOnce(p)) || admin1sNamed(p, false).length > 0
  || admin2sNamed(p, false).length > 0 || !!regionNamed(p));

/** A link of a chain as written: its name and kind word ("Kech district", "Borno State"). */
export function linkOf(name: string): Link {
  const tail = TAIL_RE.exec(name);
  return tail && tail.index > 0 && !known(name) ? { name: name.slice(0, tail.index), head: tail[1] } : { name, head: '' };
}

/**
 * Resolves a place name as written in the article's context. `head`: the word after the name when the caller split
 * it off ("province", "town"). `loose`: a variant spelling or small place may be taken without the article's
 * support (datelines). Commas and parentheses after the name hold its hierarchy, read by ./chain.ts: when any of
 * its links resolves to nothing, the name gives no place (a single link with no kind word, as in "Kabul, Taliban
 * officials said", is no chain and is left out).
 */
export function resolvePlaceName(text: string, ctx: PlaceContext, loose = false, head = ''): EventLocation | null {
  const names = namesResolved.get(ctx);
  if (!names) return resolveName(text, ctx, loose, head);
  const key = `${loose ? 'L' : ''}${head}|${text}`;
  let loc = names.get(key);
  if (loc === undefined) names.set(key, (loc = resolveName(text, ctx, loose, head)));
  return loc && { ...loc }; // a copy: the remembered place stays as resolved
}

/** The names resolved in each finished context (./context.ts says when it is: while it is built, it changes). The
 *  sentences of an article name the same places again and again, and its clause and sentence are read apart. */
const namesResolved = new WeakMap<PlaceContext, Map<string, EventLocation | null>>();

/** From now on `ctx` does not change: the names resolved in it are remembered. */
export function contextFinished(ctx: PlaceContext): void {
  namesResolved.set(ctx, new Map());
}

function resolveName(text: string, ctx: PlaceContext, loose: boolean, head: string): EventLocation | null {
  const flat = text.trim().replace(/\s*\(\s*/g, ', ').replace(/\s*\)/g, '').replace(/[.,;:]+$/, '');
  const [first, ...rest] = flat.split(/\s*,\s*/);
  let phrase = first;
  // "the town of Goma", "province of Kunduz", "Kowloon peninsula", "Idlib's countryside": the kind words go to `head`
  // ("Port Said", "In Amenas", "Gaza City" are names as they stand)
  const lead = known(phrase) ? null : LEAD_RE.exec(phrase);
  if (lead && lead[0].length < phrase.length) { head ||= lead[1] ?? ''; phrase = phrase.slice(lead[0].length); }
  const tail = TAIL_RE.exec(phrase);
  if (tail && tail.index > 0 && !known(phrase)) { head ||= tail[1]; phrase = phrase.slice(0, tail.index); }
  phrase = phrase.replace(/['’]s$/, '');
  // "South America", "the Middle East": regions with no place of their own here
  if (NOT_PLACE_KEYS.has(foldKeyOnce(phrase))) return null;
  // "Eastern Chad", "northern Baghdad": the direction narrows the place, it is not part of its name;
  // "West Bank", "South Sudan", "North Macedonia" are names in their own right
  const dir = DIRECTION_RE.exec(phrase);
  if (dir && !known(phrase)) {
    const inner = resolvePlaceName([phrase.slice(dir[0].length), ...rest].join(', '), ctx, loose, head);
    return inner ? { ...inner, text, precision: inner.precision === 'country' ? 'region' : inner.precision } : null;
  }
  const areas = chainAreas(rest, ctx);
  if (areas === undefined) return null;
  const loc = choose(phrase, head, areas, ctx, loose, rest.length === 1 && !linkOf(rest[0]).head);
  return loc ? { ...loc, text } : null;
}

/** The areas of the hierarchy after a name; null when there is none (or a lone link that is no place); undefined
 *  when it is a chain and a link resolves to nothing. */
function chainAreas(rest: string[], ctx: PlaceContext): Area[] | null | undefined {
  // "Herat, Washington's envoy": a possessive starts another phrase
  const own = rest.findIndex((p) => /['’]s$/.test(p));
  const links = (own < 0 ? rest : rest.slice(0, own)).filter(Boolean).map(linkOf);
  if (!links.length) return null;
  const areas = resolveChain(links, ctx);
  if (areas) return areas;
  const chain = links.length > 1 || links.some((l) => isAdminHead(l.head) || isAdmin2Head(l.head));
  return chain ? undefined : null;
}
