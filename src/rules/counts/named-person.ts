// person-harm: a named person killed or wounded, "Colonel Ana Ruiz died", "Okafor was killed in a firefight".
// A name is a run tagged as a person, or capitalised words that are no place, group, country or date.
import type { TaggedSentence, Term } from '../../document/terms.js';
import type { CountMention } from '../mention.js';
import { countryOf } from '../../lexicon/countries.js';
import { BRIDGE, breaks, countMention, harmField } from './shared.js';
import { DEATH_VERBS_ALONE, PREPOSITIONS_BEFORE_OBJECT } from '../../lexicon/casualties.js';
import { wordSet } from '../../lexicon/words.js';

const OBJECT_OF = wordSet(PREPOSITIONS_BEFORE_OBJECT);
const DIED = wordSet(DEATH_VERBS_ALONE);

const nameWord = (t: Term) => t.tags.has('Person') || t.tags.has('ProperNoun') || t.tags.has('PersonTitle');

function isName(run: Term[]): boolean {
  return run.some((x) => x.tags.has('Person'))
    || run.every((x) => x.tags.has('ProperNoun') && !x.tags.has('Place') && !x.tags.has('Organization') && !x.tags.has('Demonym')
      && !x.tags.has('NamedActor') && !x.tags.has('Date') && !countryOf(x.text));
}

export function namedPersonCounts(s: TaggedSentence, docText: string, found: CountMention[]): CountMention[] {
  const terms = s.terms;
  const out: CountMention[] = [];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (!(t.tags.has('Person') || t.tags.has('ProperNoun') || t.tags.has('PersonTitle') && /^[A-Z]/.test(t.text)) || i > 0 && (terms[i - 1].tags.has('Person') || terms[i - 1].tags.has('PersonTitle') || terms[i - 1].tags.has('ProperNoun'))) continue;
    if (i > 0 && OBJECT_OF.has(terms[i - 1].norm)) continue;
    let j = i;
    while (j + 1 < terms.length && nameWord(terms[j + 1]) && !breaks(terms[j])) j++;
    if (!isName(terms.slice(i, j + 1))) continue;
    let k = j + 1;
    let bridged = 0;
    while (k < terms.length && BRIDGE.has(terms[k].norm) && bridged < 4 && !breaks(terms[k - 1])) { k++; bridged++; }
    if (k >= terms.length || breaks(terms[k - 1])) continue;
    const harm = harmField(terms[k]);
    if (harm !== 'killed' && harm !== 'wounded') continue;
    if (!(bridged > 0 && terms[k].tags.has('PastTense') || DIED.has(terms[k].norm))) continue;
    if ([...found, ...out].some((o) => o.harmAt === k)) continue;
    out.push(countMention({
      field: harm, count: { low: 1, high: 1, text: docText.slice(terms[i].start, terms[j].end) }, start: terms[i].start, end: terms[j].end,
      harmAt: k, first: i, last: j, victimSpan: { first: i, last: j, kind: 'person' }, rule: 'person-harm',
    }));
    i = k;
  }
  return out;
}
