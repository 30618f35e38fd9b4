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
  // keep the first letter, drop vowels and semi-vowels after it, fold letters transliteration swaps, collapse doubles
  // a final h after a vowel is a transliteration habit: "Basrah" = "Basra", "Ramadieh" = "Ramadie"
  const body = f.slice(1).replace(/([aeiou])h$/, '$1')
    .replace(/kh/g, 'h').replace(/dh/g, 'd').replace(/th/g, 't').replace(/sh/g, 's').replace(/gh/g, 'g')
    .replace(/q/g, 'k').replace(/c/g, 'k').replace(/[aeiouyw]/g, '');
  const first = f[0] === 'q' || f[0] === 'c' ? 'k' : /[aeiou]/.test(f[0]) ? 'a' : f[0];
  return (first + body).replace(/(.)\1+/g, '$1');
}
