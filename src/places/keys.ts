// Lookup keys for place names, so that the spellings news uses meet GeoNames' own:
//   foldKey:     case, accents, apostrophes, hyphens and Arabic articles folded ("Deir ez-Zor" = "Deir Ez Zor",
//                "Ma‘arrat an-Nu‘man" = "Maarrat Numan")
//   skeletonKey: foldKey without vowels and doubled letters, for transliteration variants ("Saraqeb" = "Saraqib",
//                "Idleb" = "Idlib", "Dayr az Zawr" = "Deir ez-Zor"); looser, so it is used only where the article's
//                context (its countries) agrees.

/** Arabic and other articles inside names: "al-", "el-", "ad-", "an-", "ash-", "ez-", ... */
const ARTICLES = new Set(['al', 'el', 'ad', 'an', 'as', 'ar', 'at', 'az', 'ash', 'ath', 'ad', 'ed', 'es', 'ez', 'er', 'et', 'ul', 'il', 'the']);

export function foldKey(name: string): string {
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
  // a final h after a vowel is a transliteration habit: "Basrah" = "Basra", "Ramadieh" = "Ramadie"
  const g = f.replace(/([aeiou])h$/, '$1').replace(/ph/g, 'f').replace(/dj/g, 'j')
    .replace(/([b-df-hj-np-tv-z])h/g, '$1').replace(/[qc]/g, 'k');
  const first = /[aeiou]/.test(g[0]) ? 'a' : g[0];
  const body = g.slice(1).replace(/[aeiouyw]/g, '');
  return (first + body).replace(/(.)\1+/g, '$1');
}
