// Place phrases in a sentence, resolved: cued ones ("near Saraqeb", "the town of Goma", "left for Moscow"),
// named with a head ("Idleb province"), with a direction ("northern Baghdad"), after a country's possessive ("Iraq's
// port city Umm Qasr"), and bare country names, the weakest. A name after a title or before "said" is a person's.
import type { EventLocation } from '../schema/event.js';
import type { PlaceContext } from './context.js';
import { foldKey } from '../lexicon/keys.js';
import { countries, countryOf, isDemonym } from '../lexicon/countries.js';
import { countryLocation } from './locations.js';
import { resolvePlaceName } from './resolve.js';
import {
  NOT_PLACE_KEYS, WORD, HEAD_WORDS, CUE_RE, HEAD_RE, HEAD_AFTER, TRAVEL_RE, REGION_RE, CAPITAL_RE, droppable,
  PERSON_BEFORE, PERSON_AFTER, SOURCE_BEFORE,
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
    out.push({ start: sentStart + start, end: sentStart + end, loc: { ...loc, text: s.slice(start, end) }, cue, travel, source: SOURCE_BEFORE.test(s.slice(Math.max(0, start - 40), start)) });
  };
  possessivePhrases(s, ctx, add);
  cuedPhrases(s, ctx, add);
  for (const m of s.matchAll(HEAD_RE)) {
    if (isDemonym(m[1])) continue;
    add(m.index!, m.index! + m[0].length, m.index!, resolvePlaceName(m[1], ctx, false, m[2]), true);
  }
  directionPhrases(s, ctx, add);
  bareCountries(s, add);
  return out;
}

/** "Malawi's capital Lilongwe", "Iraq's city of Nasiriya": the town in that country. */
function possessivePhrases(s: string, ctx: PlaceContext, add: Add): void {
  for (const m of s.matchAll(CAPITAL_RE)) {
    const c = countryOf(m[1], { capitals: false });
    const nameAt = m.index! + m[0].length - m[2].length;
    if (c) add(m.index!, m.index! + m[0].length, nameAt, resolvePlaceName(`${m[2]}, ${c.name}`, ctx, true), true);
  }
}

/** "near Saraqeb", "in Idleb province", "the province of Kunduz", "left for Moscow", "in Aleppo Friday". */
function cuedPhrases(s: string, ctx: PlaceContext, add: Add): void {
  for (const m of s.matchAll(CUE_RE)) {
    const [all, cue, the, direction, name0] = m;
    // "in Kenya's largest case", "in Idlib's countryside": the possessive ends the name
    const poss = /['’]s\b/.exec(name0);
    const name = poss ? name0.slice(0, poss.index) : name0;
    const nameAt = m.index! + all.length - name0.length;
    const words = name.split(/\s+/);
    // "in Turkish drone attacks": a demonym is no place
    if (isDemonym(words[0].replace(/,$/, ''))) continue;
    // "in Idleb province", "in Idlib's countryside": the head after the name says which kind of place it is
    // "the province of Kunduz", "the town of Goma": the cue's kind word is the head
    const kind = /(\w+)\s+of$/.exec(cue)?.[1] ?? '';
    const headM = HEAD_AFTER.exec(s.slice(nameAt + name.length)) ?? (kind && HEAD_WORDS.has(kind.toLowerCase()) ? ['', kind] as const : null);
    if (headM) {
      const loc = resolvePlaceName(name, ctx, false, headM[1]);
      if (loc) { add(m.index!, nameAt + name.length + headM[0].length, nameAt, loc, true, TRAVEL_RE.test(cue)); continue; }
    }
    const [loc, len] = wholeOrShorter(name, words, !!the, ctx);
    add(m.index!, nameAt + len, nameAt, loc && direction && loc.precision === 'country' ? { ...loc, precision: 'region' } : loc, true, TRAVEL_RE.test(cue));
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
    const first = m[2].split(/\s+/)[0].replace(/['’]s$/, '');
    const nameAt = m.index! + m[1].length + 1;
    const c = countries().byName.get(foldKey(first));
    if (c) add(m.index!, nameAt + first.length, nameAt, { ...countryLocation(c.code, '')!, precision: 'region' }, true);
    else add(m.index!, m.index! + m[0].length, nameAt, resolvePlaceName(m[2], ctx), true);
  }
}

/** A country named anywhere, with no cue: the weakest evidence ("West Bank", "Saudi Arabia": longest name first). */
function bareCountries(s: string, add: Add): void {
  const words = [...s.matchAll(WORD)];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const first = words[i], last = words[i + n - 1];
      const end = last.index! + last[0].length;
      const text = s.slice(first.index!, end);
      if (n > 1 && !/^[A-Z][\p{L}'’-]*(?:\s[A-Z][\p{L}'’-]*)*$/u.test(text)) continue;
      // "South America", "Middle East": a wider region, none of its words a country on its own
      if (n > 1 && NOT_PLACE_KEYS.has(foldKey(text))) { i += n - 1; break; }
      const c = countries().byAbbreviation.get(text) ?? countries().byName.get(foldKey(text));
      if (!c) continue;
      // "anti-Iran", "Russia-backed", "Russia's": a country named as a side, not a place
      const before = s.slice(Math.max(0, first.index! - 1), first.index!);
      const after = s.slice(end, end + 2);
      if (before !== '-' && !/^['’]s|^-/.test(after) && !text.includes('-')) add(first.index!, end, first.index!, countryLocation(c.code, text), false);
      i += n - 1;
      break;
    }
  }
}
