// Place phrases in a sentence, resolved: names with their hierarchy ("Sake, Masisi territory, North Kivu"), cued
// ones ("near Saraqeb", "the town of Goma", "left for Moscow"), named with a head ("Idleb province"), with a
// direction ("northern Baghdad"), after a country's possessive ("Iraq's port city Umm Qasr"), and bare country
// names, the weakest. A name after a title or before "said" is a person's.
import type { EventLocation } from '../schema/event.js';
import { isNationalityAbbreviation, namesABearer, type PlaceContext } from './context.js';
import { foldKey } from '../lexicon/keys.js';
import { countries, countryOf, isDemonym } from '../lexicon/countries.js';
import { countryLocation, regionLocation } from './locations.js';
import { linkOf, resolvePlaceName } from './resolve.js';
import { resolveChain, type Area } from './chain.js';
import { placesByKey } from './gazetteer.js';
import { regionCountry, regionNamed } from './regions.js';
import {
  NOT_PLACE_KEYS, WORD, HEAD_WORDS, CUE_RE, HEAD_RE, HEAD_AFTER, TRAVEL_RE, REGION_RE, CAPITAL_RE, droppable,
  PERSON_BEFORE, PERSON_AFTER, SOURCE_BEFORE, ORG_BEFORE, ATTACK_OBJECT_CUE, CHAIN_RE, DISTRICT_OF_RE, CUE_BEFORE, OWNS_PLACE, isAdminHead, isAdmin2Head,
} from './patterns.js';

/** A place phrase: absolute offsets, the place, whether a cue or head said it is one, whether it is where someone
 *  travels, whether it is a speaker's ("sources in Pakistan said"). */
export interface Candidate { start: number; end: number; loc: EventLocation; cue: boolean; travel: boolean; source: boolean }

/** Adds a phrase [start, end) of the sentence whose name starts at `nameAt`, once per name. */
type Add = (start: number, end: number, nameAt: number, loc: EventLocation | null, cue: boolean, travel?: boolean) => void;

/** Place phrases in the sentence [sentStart, sentEnd) of docText, resolved, the strongest kinds of phrase first. */
export function candidatesIn(docText: string, sentStart: number, sentEnd: number, ctx: PlaceContext): Candidate[] {
  const s = docText.slice(sentStart, sentEnd);
  const out: Candidate[] = [];
  const seen = new Set<number>();
  const add: Add = (start, end, nameAt, loc, cue, travel = false) => {
    if (!loc || seen.has(nameAt)) return;
    // "President Erdogan", "Erdogan said": a person or a speaker, not a place
    if (PERSON_BEFORE.test(s.slice(Math.max(0, nameAt - 40), nameAt))) return;
    if (loc.precision === 'town' && PERSON_AFTER.test(s.slice(end, end + 20))) return;
    seen.add(nameAt);
    out.push({ start: sentStart + start, end: sentStart + end, loc: { ...loc, text: s.slice(start, end) }, cue, travel,
      // "officials in Pakistan said" is where a speaker is; "negotiators flew to Geneva" is where they went
      source: !travel && SOURCE_BEFORE.test(s.slice(Math.max(0, start - 40), start)) });
  };
  possessivePhrases(s, ctx, add);
  const { voided, spans } = chainPhrases(s, ctx, add);
  cuedPhrases(s, ctx, add, voided);
  for (const m of s.matchAll(HEAD_RE)) {
    const { name, head } = m.groups!;
    if (isDemonym(name)) continue;
    // "Kashmir's Kupwara district": the district in the region before it
    const owner = /^(.+?)['’]s\s+(.+)$/.exec(name);
    const loc = resolvePlaceName(owner ? `${owner[2]}, ${owner[1]}` : name, ctx, false, head);
    // "Ohio State", "Michigan State": a university (American news never writes its states so)
    if (head === 'State' && loc?.country === 'US') continue;
    add(m.index!, m.index! + m[0].length, owner ? m.index! + name.length - owner[2].length : m.index!, loc, true);
  }
  directionPhrases(s, ctx, add);
  bareCountries(s, ctx, add);
  // the links of a chain read whole ("Kech district" in "Turbat, Kech district, Balochistan") are no places apart
  return out.filter((c) => !spans.some(([from, to]) => c.start - sentStart > from && c.start - sentStart < to));
}

/** "Malawi's capital Lilongwe", "Iraq's city of Nasiriya": the town in that country. */
function possessivePhrases(s: string, ctx: PlaceContext, add: Add): void {
  for (const m of s.matchAll(CAPITAL_RE)) {
    const { country, town } = m.groups!;
    const c = countryOf(country, { capitals: false });
    const nameAt = m.index! + m[0].length - town.length;
    if (c) add(m.index!, m.index! + m[0].length, nameAt, resolvePlaceName(`${town}, ${c.name}`, ctx, true), true);
  }
}

/**
 * Names with their hierarchy: "Gwoza town (Gwoza LGA, Borno State)", "in Turbat, Kech district, Balochistan", "Nad
 * Ali district of Helmand province". After a cue, any that resolves. With no cue ("shelled Kafr Zita, Hama"), a town
 * the chain holds when its last link is one country, or a division or region of one; else a name with a kind word
 * ("Gwoza LGA, Borno State") when the last link is a division or region of one country.
 * Returns where the names of chains with a link that resolves to nothing start (`voided`: no shorter reading of them
 * is tried), and the spans of the chains taken, from their name to their end.
 */
function chainPhrases(s: string, ctx: PlaceContext, add: Add): { voided: Set<number>; spans: [number, number][] } {
  const voided = new Set<number>();
  const spans: [number, number][] = [];
  const take = (nameAt: number, end: number, text: string, kind: boolean, last: string): boolean => {
    const cue = CUE_BEFORE.exec(s.slice(Math.max(0, nameAt - 60), nameAt));
    const loc = resolvePlaceName(text, ctx);
    // "in Raqqa, Hasakah and Deir ez-Zor": a list's "and" is no part of a name ("Jammu and Kashmir" is)
    const and = text.lastIndexOf(' and ');
    if (!loc && and > text.lastIndexOf(',') && !text.endsWith(')')) {
      return take(nameAt, end - (text.length - and), text.slice(0, and), kind, last.slice(0, last.lastIndexOf(' and ')));
    }
    if (!loc) {
      if (cue && isChain(text)) voided.add(nameAt);
      return false;
    }
    // with no cue, never a dateline's "CANBERRA, Australia" (where the story was filed)
    const held = loc.precision === 'town' ? endsInArea(last, ctx, loc, text) : kind && endsInArea(last, ctx, null, text);
    if (!cue && (/^\p{Lu}{2}/u.test(text) || !held)) return false;
    add(cue ? nameAt - cue[0].length : nameAt, end, nameAt, loc, true, !!cue && TRAVEL_RE.test(cue[1]));
    spans.push([nameAt, end]);
    return true;
  };
  for (const m of s.matchAll(DISTRICT_OF_RE)) {
    const { district, head, division, divisionHead } = m.groups!;
    const last = divisionHead ? `${division} ${divisionHead}` : division;
    take(m.index!, m.index! + m[0].length, `${district} ${head}, ${last}`, true, last);
  }
  const re = CHAIN_RE;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const parts = m[0].replace(/\s*\(\s*/g, ', ').replace(/\s*\)/g, '').split(/\s*,\s*/);
    if (take(m.index, m.index + m[0].length, m[0], !!m.groups!.head, parts[parts.length - 1])) continue;
    // "On Monday, Jowhar, Middle Shabelle": the chain may start at its next link
    re.lastIndex = m.index + m.groups!.name.length;
  }
  return { voided, spans };
}

/** A name with two links or more after it, or one with a division's word ("Kuriga, Chikun LGA"): a hierarchy. */
function isChain(text: string): boolean {
  const links = text.replace(/\s*\(\s*/g, ', ').replace(/\s*\)/g, '').split(/\s*,\s*/).slice(1);
  return links.length > 1 || links.some((l) => isAdminHead(linkOf(l).head) || isAdmin2Head(linkOf(l).head));
}

/** The last link of a chain is a first-level division or a region of one country ("Hama", "North Darfur"); for a
 *  town found in it ("Bamenda, North-West"), a division or region it is in, or its country when the town has the
 *  name as written ("Kidal, Mali"; not "Korea, Japan" read as Kure). */
function endsInArea(last: string, ctx: PlaceContext, town: EventLocation | null, text: string): boolean {
  const areas = resolveChain([linkOf(last)], ctx);
  if (!areas?.length) return false;
  const division = (a: Area) => a.loc.precision === 'admin1' || a.loc.precision === 'region';
  if (!town) return areas.every(division) && new Set(areas.flatMap((a) => a.countries)).size === 1;
  const name = linkOf(text.split(/\s*[,(]\s*/)[0]).name;
  const exact = () => placesByKey(foldKey(name)).some((p) => p.cc === town.country && p.lat === town.lat && p.lon === town.lon);
  return areas.some((a) => a.countries.includes(town.country!) && (division(a) || a.loc.precision === 'country' && exact()));
}

/** "near Saraqeb", "in Idleb province", "the province of Kunduz", "left for Moscow", "in Aleppo Friday"; not a name
 *  in `voided` (a chain that did not resolve). */
function cuedPhrases(s: string, ctx: PlaceContext, add: Add, voided: Set<number>): void {
  for (const m of s.matchAll(CUE_RE)) {
    const all = m[0];
    const { cue, the, direction, name: name0 } = m.groups!;
    // a capitalised cue only as a sentence starts ("In Saraqib, ..."), not in a headline's title case ("Kill 37 In Capital")
    const before = s.slice(0, m.index!);
    if (/^\p{Lu}/u.test(cue) && before.trim() && !/[.!?:;"“”\n]\s*$/u.test(before)) continue;
    // "shelled Homs": the place's text starts at its name
    const from = ATTACK_OBJECT_CUE.test(cue) ? m.index! + all.length - name0.length : m.index!;
    // "in Kenya's largest case", "in Idlib's countryside": the possessive ends the name
    const poss = /['’]s\b/.exec(name0);
    const name = poss ? name0.slice(0, poss.index) : name0;
    const nameAt = m.index! + all.length - name0.length;
    // "in Idlib's Jisr al-Shughur district": the place is the district (read with its owner by HEAD_RE)
    if (voided.has(nameAt) || poss && OWNS_PLACE.test(s.slice(nameAt + poss.index))) continue;
    const words = name.split(/\s+/);
    // "in Turkish drone attacks": a demonym is no place ("in Iraqi Kurdistan" is a region's name)
    if (isDemonym(words[0].replace(/,$/, '')) && !regionNamed(name)) continue;
    // "in Idleb province", "in Idlib's countryside": the head after the name says which kind of place it is
    // "the province of Kunduz", "the town of Goma": the cue's kind word is the head
    const kind = /(\w+)\s+of$/.exec(cue)?.[1] ?? '';
    const headM = HEAD_AFTER.exec(s.slice(nameAt + name.length)) ?? (kind && HEAD_WORDS.has(kind.toLowerCase()) ? ['', kind] as const : null);
    if (headM) {
      const loc = resolvePlaceName(name, ctx, false, headM[1]);
      if (loc) { add(from, nameAt + name.length + headM[0].length, nameAt, loc, true, TRAVEL_RE.test(cue)); continue; }
    }
    const [loc, len] = wholeOrShorter(name, words, !!the, ctx);
    add(from, nameAt + len, nameAt, loc && direction && loc.precision === 'country' ? { ...loc, precision: 'region' } : loc, true, TRAVEL_RE.test(cue));
  }
}

/** The whole name resolved, else a shorter one when only droppable words follow ("in Aleppo Friday"); after a bare
 *  "the", only the whole name ("to the Red Cross" is no "Red"), and no town ("the Pentagon", "the Hague" aside).
 *  Returns the place and the length of the name it was read from. */
function wholeOrShorter(name: string, words: string[], the: boolean, ctx: PlaceContext): [EventLocation | null, number] {
  let loc: EventLocation | null = null;
  let len = name.length;
  for (let n = words.length; n >= 1 && !loc; n--) {
    if (n < words.length && (the || !words.slice(n).every((w) => droppable(w.replace(/,$/, ''))))) break;
    const sub = words.slice(0, n).join(' ').replace(/,$/, '');
    loc = resolvePlaceName(n === words.length ? name : sub, ctx);
    if (the && loc?.precision === 'town' && !/,/.test(name)) loc = null;
    len = n === words.length ? name.length : sub.length;
  }
  return [loc, len];
}

/** "northwestern Syria" (the country as a region), "northern Baghdad" (the town). */
function directionPhrases(s: string, ctx: PlaceContext, add: Add): void {
  for (const m of s.matchAll(REGION_RE)) {
    const { direction, name } = m.groups!;
    const first = name.split(/\s+/)[0].replace(/['’]s$/, '');
    const nameAt = m.index! + direction.length + 1;
    const c = countries().byName.get(foldKey(first));
    if (c) add(m.index!, nameAt + first.length, nameAt, { ...countryLocation(c.code, '')!, precision: 'region' }, true);
    else add(m.index!, m.index! + m[0].length, nameAt, resolvePlaceName(name, ctx), true);
  }
}

/** A country or a region that is no division named anywhere, with no cue: the weakest evidence ("West Bank",
 *  "Saudi Arabia": longest name first; "Gaza militants"). */
function bareCountries(s: string, ctx: PlaceContext, add: Add): void {
  const words = [...s.matchAll(WORD)];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const first = words[i], last = words[i + n - 1];
      const end = last.index! + last[0].length;
      const text = s.slice(first.index!, end);
      if (n > 1 && !/^[A-Z][\p{L}'’-]*(?:\s[A-Z][\p{L}'’-]*)*$/u.test(text)) continue;
      // "South America", "Middle East": a wider region, none of its words a country on its own
      if (n > 1 && NOT_PLACE_KEYS.has(foldKey(text))) { i += n - 1; break; }
      // "Chad Johnson was", "Qatar Airways said": a person's or a company's name, no place; "US aircraft": a nationality
      const next = words[i + n];
      if (n === 1 && next && /^\s+$/.test(s.slice(end, next.index!)) && namesABearer(s, first, next)) { i += 1; break; }
      if (n === 1 && isNationalityAbbreviation(s, first)) break;
      // "Air India", "Bank of Cyprus": a company's name
      if (ORG_BEFORE.test(s.slice(Math.max(0, first.index! - 25), first.index!))) { i += n - 1; break; }
      const c = countries().byAbbreviation.get(text) ?? countries().byName.get(foldKey(text));
      const r = c ? null : regionNamed(text);
      // "Gaza City", "Kuwait City": the town
      const city = (c || r) && /^\s+City\b/.test(s.slice(end, end + 6)) ? resolvePlaceName(`${text} City`, ctx) : null;
      const loc = city ?? (c ? countryLocation(c.code, text) : r ? regionLocation(r, text, regionCountry(r, ctx)) : null);
      if (!loc) continue;
      // "anti-Iran", "Russia-backed", "Russia's": a country named as a side, not a place
      const before = s.slice(Math.max(0, first.index! - 1), first.index!);
      const after = s.slice(end, end + 2);
      if (before !== '-' && !/^['’]s|^-/.test(after) && !text.includes('-')) add(first.index!, city ? end + 5 : end, first.index!, loc, false);
      i += n - 1;
      break;
    }
  }
}
