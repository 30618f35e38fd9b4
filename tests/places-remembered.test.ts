// Places remembered: what the place code keeps so as not to read a sentence twice gives what the plain path gives,
// asked once, asked again, and asked of another text with the same context.
import { buildPlaceContext, locateEvent } from '../src/places/index.js';
import { candidatesOnce } from '../src/places/locate.js';
import { candidatesIn } from '../src/places/mentions.js';

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
