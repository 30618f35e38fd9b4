// Places remembered: what the place code keeps so as not to read a sentence or look a name up twice gives what the
// plain path gives, asked once, asked again, and asked of another text with the same context.
import { buildPlaceContext, locateEvent, resolvePlaceName } from '../src/places/index.js';
import { candidatesOnce } from '../src/places/locate.js';
import { candidatesIn } from '../src/places/mentions.js';
import { countryNamed, foldKeyOnce } from '../src/places/remember.js';
import { remembered } from '../src/document/remembered.js';
import { countryOf } from '../src/lexicon/countries.js';
import { hasPlaceKey, placesByKey, placesBySkeleton } from '../src/places/gazetteer.js';
import { admin1sNamed, admin2sNamed } from '../src/places/divisions.js';
import { regionNamed } from '../src/places/regions.js';
import { foldKey, skeletonKey } from '../src/lexicon/keys.js';

// [article (its first sentence is read), trigger word, the place's name or null]
const SENTENCES: [string, string, string | null][] = [
  ['Shelling hit villages near Saraqeb in Idleb province on Monday. Syria said so.', 'Shelling', 'Saraqib'],
  ['Gunmen attacked a checkpoint in Kech district, Balochistan, killing two. Pakistan said.', 'attacked', 'Kech District'],
  ['Talks on a truce opened in Doha on Tuesday, officials in Cairo said.', 'Talks', 'Doha'],
  ['A car bomb exploded in northern Baghdad. Iraq.', 'exploded', 'Baghdad'],
  ['The minister met reporters after the vote.', 'met', null],
  ['President Erdogan said troops would stay in Syria.', 'stay', 'Syria'],
];

describe('a sentence\'s place phrases read once per context', () => {
  test.each(SENTENCES)('%s', (article, trigger, name) => {
    const end = article.includes('. ') ? article.indexOf('. ') + 1 : article.length;
    const anchor = article.indexOf(trigger);
    const fresh = () => buildPlaceContext(article);
    const plain = candidatesIn(article, 0, end, fresh());
    const ctx = fresh();
    expect(candidatesOnce(article, 0, end, ctx)).toEqual(plain);
    expect(candidatesOnce(article, 0, end, ctx)).toEqual(plain); // remembered
    const first = locateEvent(article, 0, end, anchor, ctx);
    const again = locateEvent(article, 0, end, anchor, ctx);
    expect(first?.name ?? null).toBe(name);
    expect(again).toEqual(first);
    expect(again).toEqual(locateEvent(article, 0, end, anchor, fresh()));
    if (again) { again.name = 'changed'; expect(locateEvent(article, 0, end, anchor, ctx)?.name).toBe(name); } // a copy each time
  });

  test('the same context asked about another text reads that text', () => {
    const ctx = buildPlaceContext('Syria and Iraq.');
    const a = 'Clashes erupted in Raqqa on Monday.';
    const b = 'Clashes erupted in Mosul on Monday.';
    expect(locateEvent(a, 0, a.length, 0, ctx)?.name).toBe('Raqqa');
    expect(locateEvent(b, 0, b.length, 0, ctx)?.name).toBe('Mosul');
    expect(locateEvent(a, 0, a.length, 0, ctx)?.name).toBe('Raqqa');
  });
});

describe('a lookup remembered by its key', () => {
  // [key, what the lookup gives]
  const LENGTHS: [string, number][] = [['Aleppo', 6], ['', 0], ['Kech district', 13], ['Aleppo', 6], ['', 0]];
  test('gives what the lookup gives, and looks each key up once', () => {
    const asked: string[] = [];
    const length = remembered((k) => { asked.push(k); return k.length; });
    for (const [key, n] of LENGTHS) expect(length(key)).toBe(n);
    expect(asked).toEqual(['Aleppo', '', 'Kech district']);
  });
  test('remembers a lookup that found nothing (null, false)', () => {
    let n = 0;
    const nothing = remembered(() => { n++; return null; });
    expect([nothing('x'), nothing('x')]).toEqual([null, null]);
    expect(n).toBe(1);
  });
});

describe('gazetteer lookups asked again give what they gave the first time', () => {
  // [name as written, a place of that name's country or '' for none, a first-level division's country or '']
  const NAMES: [string, string, string][] = [
    ['Aleppo', 'SY', 'SY'], ['Saraqeb', '', ''], ['Idleb', '', ''], ['Kech', '', ''], ['Darfur', '', ''],
    ['North Darfur', '', 'SD'], ['Nowhereville', '', ''], ['Mosul', 'IQ', ''],
  ];
  test.each(NAMES)('%s', (name, town, division) => {
    const k = foldKey(name);
    const first = {
      byKey: placesByKey(k).map((p) => `${p.name}|${p.cc}|${p.viaAlias}`), bySkel: placesBySkeleton(skeletonKey(name)).map((p) => p.line),
      has: [hasPlaceKey(k), hasPlaceKey(k, true)], admin1: admin1sNamed(name, false).map((a) => a.cc),
      admin1Variants: admin1sNamed(name, true).map((a) => a.cc), admin2: admin2sNamed(name, true).map((a) => `${a.cc}|${a.name}`),
      region: regionNamed(name)?.name ?? null,
    };
    expect(first.byKey.some((p) => p.endsWith(`|${town}|false`))).toBe(town !== '');
    expect(first.admin1.includes(division)).toBe(division !== '');
    for (let i = 0; i < 2; i++) {
      expect({
        byKey: placesByKey(k).map((p) => `${p.name}|${p.cc}|${p.viaAlias}`), bySkel: placesBySkeleton(skeletonKey(name)).map((p) => p.line),
        has: [hasPlaceKey(k), hasPlaceKey(k, true)], admin1: admin1sNamed(name, false).map((a) => a.cc),
        admin1Variants: admin1sNamed(name, true).map((a) => a.cc), admin2: admin2sNamed(name, true).map((a) => `${a.cc}|${a.name}`),
        region: regionNamed(name)?.name ?? null,
      }).toEqual(first);
    }
  });
});

describe('names resolved in a finished context are remembered', () => {
  // [article (the context), name as written, kind word after it, loose, the place's name or null]
  const NAMES: [string, string, string, boolean, string | null][] = [
    ['Syria and Turkey.', 'Saraqeb', '', false, 'Saraqib'],
    ['Syria and Turkey.', 'Idleb', 'province', false, 'Idlib'],
    ['Syria and Turkey.', 'northern Aleppo', '', false, 'Aleppo'],
    ['Pakistan.', 'Turbat, Kech district, Balochistan', '', false, 'Turbat'],
    ['Afghanistan.', 'Kabul, Taliban officials said', '', false, 'Kabul'],
    ['Nigeria.', 'Gwoza', 'town', false, 'Gwoza'],
    ['The minister spoke.', 'Springfield', '', true, 'Springfield'],
    ['The minister spoke.', 'Nowhereville', '', false, null],
    ['Iraq.', 'Monday', '', false, null],
  ];
  test.each(NAMES)('%s %s', (article, name, head, loose, expected) => {
    const ctx = buildPlaceContext(article);
    const unfinished = { ...ctx }; // the same context, not marked finished: resolved afresh every time
    const plain = resolvePlaceName(name, unfinished, loose, head);
    expect(plain?.name ?? null).toBe(expected);
    expect(resolvePlaceName(name, ctx, loose, head)).toEqual(plain);
    const again = resolvePlaceName(name, ctx, loose, head);
    expect(again).toEqual(plain);
    if (again) { again.name = 'changed'; expect(resolvePlaceName(name, ctx, loose, head)).toEqual(plain); } // a copy each time
    expect(resolvePlaceName(name, ctx, !loose, head)).toEqual(resolvePlaceName(name, unfinished, !loose, head)); // loose is part of the key
  });
});

describe('words folded and read as countries once', () => {
  // [word as written, its fold key, the country it names with no capital counted, or null]
  const WORDS: [string, string, string | null][] = [
    ['Deir ez-Zor', 'deirzor', null], ['Turkish', 'turkish', 'TR'], ['Saudi Arabia', 'saudiarabia', 'SA'], ['U.S.', 'us', 'US'],
    ['Moscow', 'moscow', null], ["Ma‘arrat an-Nu‘man", 'maarratnuman', null], ['Syria', 'syria', 'SY'], ['', '', null],
  ];
  test.each(WORDS)('%s', (word, key, code) => {
    for (let i = 0; i < 2; i++) {
      expect(foldKeyOnce(word)).toBe(foldKey(word));
      expect(foldKeyOnce(word)).toBe(key);
      expect(countryNamed(word)).toEqual(countryOf(word, { capitals: false }));
      expect(countryNamed(word)?.code ?? null).toBe(code);
    }
  });
});
