// Lookup keys for names (places, countries, demonyms), so that the spellings news uses meet GeoNames' own:
//   foldKey:     case, accents, apostrophes, hyphens and Arabic articles folded ("Deir ez-Zor" = "Deir Ez Zor",
//                "Ma‘arrat an-Nu‘man" = "Maarrat Numan")
//   skeletonKey: foldKey without vowels and doubled letters, for transliteration variants ("Saraqeb" = "Saraqib",
//                "Idleb" = "Idlib", "Dayr az Zawr" = "Deir ez-Zor"); looser, so it is used only where the article's
//                context (its countries) agrees.
//   near:        whether two fold keys are one name spelled two ways ("basra"/"basrah").
// scripts/build-gazetteer.mjs builds the data's keys with foldKey and skeletonKey: a change to them needs a rebuild.
import { KEY_ARTICLES } from './places.js';

/** Arabic and other articles inside names: "al-", "el-", "ad-", "an-", "ash-", "ez-", ... */
const ARTICLES = new Set(KEY_ARTICLES.flatMap((g) => g.words));

/** A name of ASCII letters alone: one word with nothing to fold away, its key its lower case (most words looked up). */
const ONE_ASCII_WORD = /^[A-Za-z]+$/;

export function foldKey(name: string): string {
  if (ONE_ASCII_WORD.test(name)) return name.toLowerCase();
  const words = name
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’'`´ʿʾ"“”.]/g, '')
    .split(/[\s\-‐–_/,()]+/)
    .filter(Boolean);
  const kept = words.filter((w, i) => !(ARTICLES.has(w) && (words.length > 1 && i < words.length - 1 || i > 0)));
  return (kept.length ? kept : words).join('');
}

export function skeletonKey(name: string): string {
  const f = foldKey(name);
  if (!f) return '';
  // fold letters transliteration swaps (a consonant's h: kh/k, th/t, dh/d, sh/s, gh/g; ph/f, dj/j, q/k, c/k),
  // keep the first letter (any vowel as "a"), drop vowels and semi-vowels after it, collapse doubles;
  // a final h after a vowel is a transliteration habit: "Halabjah" = "Halabja", "Ramadieh" = "Ramadie"
  const g = f.replace(/([aeiou])h$/, '$1').replace(/ph/g, 'f').replace(/dj/g, 'j')
    .replace(/([b-df-hj-np-tv-z])h/g, '$1').replace(/[qc]/g, 'k');
  const first = /[aeiou]/.test(g[0]) ? 'a' : g[0];
  const body = g.slice(1).replace(/[aeiouyw]/g, '');
  return (first + body).replace(/(.)\1+/g, '$1');
}

/** Vowels and semi-vowels collapsed to one "a" per group: "hodeidah"/"hudaydah" → "hadadah". */
const vowelless = (k: string) => k.replace(/[aeiouyw]+/g, 'a');

/**
 * Two fold keys close enough to be one name spelled two ways ("basra"/"basrah", "saraqeb"/"saraqib",
 * "dayrzawr"/"deirzor"): after collapsing vowels, a small edit distance and the same number of syllables (one more
 * or less only in long names), so that a name with an extra syllable ("Peskov") is no variant of "Pskov".
 */
export function near(a: string, b: string): boolean {
  const x = vowelless(a), y = vowelless(b);
  const sx = x.split('a').length, sy = y.split('a').length;
  if (sx !== sy && (Math.min(sx, sy) < 4 || Math.abs(sx - sy) > 1)) return false;
  if (Math.abs(x.length - y.length) > 2) return false;
  const limit = Math.max(1, Math.floor(Math.min(a.length, b.length) / 4));
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length] <= limit;
}
