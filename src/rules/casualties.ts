// Casualty counts: a number of people said to be killed or wounded, with the words that say so.
// Rules, in order (each tagged with its id in the event's `rule` trace):
//   count-victim-harm   "nine Syrian troopers were killed", "33 soldiers killed", "two of its soldiers were killed"
//   count-harm          "at least 12 dead", "five killed", "two were killed"
//   harm-count          "killed 9 Syrian soldiers", "killing at least 20 people", "wounding six"
//   toll                "the death toll rose to 12"
//   count-deaths        "12 deaths", "five fatalities"
//   zero                "no one was hurt", "no casualties were reported"
// A number that is followed by other words ("hundreds of troops into", "9-year conflict") is not a count.
import type { TaggedSentence, Term } from '../document/terms.js';
import type { SentenceSpan } from '../document/sentences.js';
import { findCountPhrases, isNonCountContext } from '../resolvers/count.js';
import { ZERO_CASUALTY_PATTERNS, VICTIM_NOUNS, SINGULAR_VICTIM_NOUNS } from '../lexicon/casualties.js';
import { countryOf } from '../places/index.js';
import { actorFromPhrase } from '../resolvers/actors.js';
import type { CountMention } from './mention.js';
import type { Actor, Count } from '../schema/event.js';

/** Words that may stand between a victim noun and its word of harm: "were", "ended up also", "have been reportedly". */
const BRIDGE = new Set([
  'were', 'was', 'been', 'be', 'being', 'have', 'has', 'had', 'are', 'is', 'got', 'get', 'also', 'reportedly',
  'allegedly', 'later', 'all', 'both', 'ended', 'up', 'end', 'finally', 'subsequently', 'since', 'now', 'then',
  'confirmed', 'said', 'feared', 'still', 'initially', 'eventually', 'apparently', 'officially', 'tragically', 'believed', 'thought', 'reported', 'to', 'either', 'seriously', 'critically',
  'severely', 'badly', 'fatally', 'lightly', 'slightly', 'mortally', 'instantly', 'immediately', 'just', 'already', 'who', 'that', 'which',
]);
/** Words that may stand between a count and its victim noun: "two additional of its soldiers", "nine Syrian troopers". */
const VICTIM_MODIFIER = new Set(['of', 'its', 'their', 'the', 'his', 'her', 'our', 'additional', 'more', 'other', 'further', 'fellow', 'them', 'whom', 'those', 'these', 'innocent', 'unarmed', 'armed', 'top', 'senior', 'junior', 'young', 'local', 'foreign', 'elderly', 'ethnic', 'security', 'government', 'army', 'police', 'rebel', 'militia', 'aid', 'un', 'civilian', 'military']);

const DEATH_NOUNS = new Set(['deaths', 'fatalities', 'dead']);

/** A people noun a count can qualify: the lexicon's, or a plural demonym ("three ethnic Albanians", "4 Iraqis"). */
function isVictim(t: Term): boolean {
  if (t.tags.has('Victim') || t.tags.has('VictimOne')) return true;
  return /s$/.test(t.norm) && (t.tags.has('Demonym') || t.tags.has('ProperNoun')) && !!countryOf(t.text.replace(/s$/, ''));
}

/** A word that may stand between a count and its people noun: "nine Syrian", "six U.S. service", "two of its". */
function isVictimModifier(t: Term): boolean {
  if (VICTIM_MODIFIER.has(t.norm)) return true;
  if (harmField(t) || t.tags.has('Value') || t.tags.has('Date') || t.tags.has('Unit') || t.tags.has('Conjunction')) return false;
  if (t.tags.has('Preposition') || t.tags.has('Determiner') || t.tags.has('Pronoun') && !t.tags.has('Possessive')) return false;
  if (t.tags.has('Copula') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('PastTense') && !t.tags.has('Adjective') || t.tags.has('Gerund')) return false;
  return /^[\p{L}][\p{L}.'’-]*$/u.test(t.text);
}

function harmField(t: Term): 'killed' | 'wounded' | 'other' | null {
  if (t.tags.has('KillWord')) return 'killed';
  if (t.tags.has('WoundWord')) return 'wounded';
  if (t.tags.has('OtherFate')) return 'other';
  return null;
}

function termRange(terms: Term[], start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (const t of terms) {
    if (t.end > start && t.start < end) {
      if (first < 0) first = t.i;
      last = t.i;
    }
  }
  return first < 0 ? null : [first, last];
}

interface Context { sentence: TaggedSentence; previous: SentenceSpan | null; docText: string }

function victimActor(first: number, last: number, c: Context): Actor | null {
  const head = c.sentence.terms[last];
  const kind = VICTIM_NOUNS[head.norm] ?? SINGULAR_VICTIM_NOUNS[head.norm];
  return actorFromPhrase(first, last, {
    role: 'target', defaultKind: kind ?? 'civilian', sentence: c.sentence, previous: c.previous, docText: c.docText,
  });
}

export function findCasualtyCounts(s: TaggedSentence, previous: SentenceSpan | null, docText: string): CountMention[] {
  const c: Context = { sentence: s, previous, docText };
  const terms = s.terms;
  const out: CountMention[] = [];
  const phrases = findCountPhrases(s.text);
  const used = new Set<number>();
  const findCountAt = (i: number) => phrases.some((p) => { const r = termRange(terms, s.start + p.start, s.start + p.end); return r && r[0] >= i && r[0] <= i + 2; });

  // zero: "no one was hurt"
  const lower = s.text.toLowerCase();
  for (const z of ZERO_CASUALTY_PATTERNS) {
    const m = new RegExp(z.pattern).exec(lower);
    if (!m) continue;
    const range = termRange(terms, s.start + m.index, s.start + m.index + m[0].length);
    if (!range) continue;
    const text = s.text.slice(m.index, m.index + m[0].length);
    const fields: ('killed' | 'wounded')[] = z.field === 'both' ? ['killed', 'wounded'] : [z.field];
    for (const field of fields) {
      out.push({
        field, count: { low: 0, high: 0, text }, start: s.start + m.index, end: s.start + m.index + m[0].length,
        harmAt: range[1], first: range[0], last: range[1], victims: null, rule: 'zero', toll: false,
      });
    }
    for (let i = range[0]; i <= range[1]; i++) used.add(i);
    break;
  }
  for (let pi = 0; pi < phrases.length; pi++) {
    const p = phrases[pi];
    if (isNonCountContext(s.text, p.start, p.end)) continue;
    const range = termRange(terms, s.start + p.start, s.start + p.end);
    if (!range) continue;
    const [cf, cl] = range;
    if (used.has(cf) || used.has(cl)) continue;
    const mention = (field: 'killed' | 'wounded', harmAt: number, last: number, victims: Actor | null, rule: string, count: Count = p.count): CountMention => ({
      field, count, start: s.start + p.start, end: s.start + p.end, harmAt, first: cf, last, victims, rule, toll: false,
    });

    // count [modifiers] victim ...
    let j = cl + 1;
    let mods = 0;
    while (j < terms.length && mods < 5 && !isVictim(terms[j]) && !/[,;:.]/.test(terms[j - 1].post) && isVictimModifier(terms[j])) { j++; mods++; }
    const victimAt = j < terms.length && isVictim(terms[j]) && !/[,;:.]/.test(terms[j - 1].post) ? j : -1;

    // count-deaths: "12 deaths", "five fatalities", "12 dead"
    const afterCount = terms[cl + 1];
    if (afterCount && DEATH_NOUNS.has(afterCount.norm) && !/[,;:]/.test(terms[cl].post)) {
      out.push(mention('killed', cl + 1, cl + 1, null, 'count-deaths'));
      used.add(cf);
      continue;
    }

    // the word of harm after the victim noun (or after the count itself)
    let k = victimAt >= 0 ? victimAt + 1 : cl + 1;
    if (victimAt >= 0 && /[,;:]/.test(terms[victimAt].post)) k = -1;
    let bridged = 0;
    while (k >= 0 && k < terms.length && BRIDGE.has(terms[k].norm) && bridged < 5 && !/[,;:.]/.test(terms[k - 1].post)) { k++; bridged++; }
    const harm = k >= 0 && k < terms.length && !/[,;:.]/.test(terms[k - 1].post) ? harmField(terms[k]) : null;
    if (harm === 'other') continue; // "five soldiers were captured"
    // "20 people were killed or wounded": one figure for both, neither count
    if (harm && /^(?:or|and)$/.test(terms[k + 1]?.norm ?? '') && harmField(terms[k + 2] ?? terms[k]) && harmField(terms[k + 2] ?? terms[k]) !== harm && !findCountAt(k + 2)) continue;
    // "Two suicide bombers killed 23 people": a count right before an active verb with an object is the killers
    const object = terms[k + 1];
    if (harm && bridged === 0 && victimAt >= 0 && object && !terms[k].tags.has('Passive') && !/[,;:.]/.test(terms[k].post)
      && (object.tags.has('Value') || object.tags.has('Determiner') || isVictim(object) || object.tags.has('ProperNoun'))) continue;
    if (harm && (victimAt >= 0 || bridged > 0 || k === cl + 1)) {
      const victims = victimAt >= 0 ? victimActor(cl + 1, victimAt, c) : null;
      out.push(mention(harm, k, victimAt >= 0 ? victimAt : cl, victims, victimAt >= 0 ? 'count-victim-harm' : 'count-harm'));
      used.add(cf);
      continue;
    }

    // harm-count: "killed 9 Syrian soldiers", "killing at least 20 people", "wounding six"
    let h = cf - 1;
    while (h >= 0 && /^(?:also|reportedly|an|another|a|the|further|additional|instantly|immediately)$/.test(terms[h].norm)) h--;
    // "the slaying of seven demonstrators", "the deaths of 12 people"
    if (h > 0 && terms[h].norm === 'of' && harmField(terms[h - 1]) === 'killed' && terms[h - 1].tags.has('Noun') && victimAt >= 0) h--;
    const before = h >= 0 && !/[,;:.]/.test(terms[h].post) ? harmField(terms[h]) : null;
    if (before === 'killed' || before === 'wounded') {
      const endsClause = cl + 1 >= terms.length || /[,;:.]/.test(terms[cl].post) || /^(?:and|in|on|at|during|while|when|after|as|including|near|since|over)$/.test(terms[cl + 1].norm);
      // a noun that is not a victim ("killed 20 cattle", "wounded 3 times") makes it no count of people
      if (victimAt >= 0 || endsClause) {
        if (!/^(?:kill|dead)$/.test(terms[h].norm) && !(terms[h].norm === 'death' || terms[h].norm === 'deaths') || terms[h + 1]?.norm === 'of') {
          let count = p.count;
          let last = victimAt >= 0 ? victimAt : cl;
          let victims = victimAt >= 0 ? victimActor(cl + 1, victimAt, c) : null;
          // "killing 3 soldiers and 2 civilians": one total, several groups
          const next = phrases[pi + 1];
          if (victimAt >= 0 && next && terms[last + 1]?.norm === 'and') {
            const nr = termRange(terms, s.start + next.start, s.start + next.end);
            const nv = nr ? nr[1] + 1 : -1;
            if (nr && nr[0] === last + 2 && terms[nv] && isVictim(terms[nv])) {
              count = {
                low: count.low + next.count.low,
                high: count.high === null || next.count.high === null ? null : count.high + next.count.high,
                text: docText.slice(s.start + p.start, terms[nv].end),
              };
              used.add(nr[0]);
              last = nv;
              const v2 = victimActor(nr[1] + 1, nv, c);
              if (victims && v2 && victims.country !== v2.country) victims = { ...victims, country: victims.country ?? v2.country };
            }
          }
          out.push(mention(before, h, last, victims, 'harm-count', count));
          used.add(cf);
          continue;
        }
      }
    }

    // toll: "the death toll rose to 12", "the toll from last week's massacre in X has risen to 37": a verb of
    // change (with "to"/"at") right before the count, and a toll word earlier in the clause
    let v = cf - 1;
    // "a death toll of 11"
    if (v > 0 && terms[v].norm === 'of' && terms[v - 1].tags.has('TollWord')) {
      const m = mention('killed', v - 1, cl, null, 'toll');
      m.toll = true;
      out.push(m);
      used.add(cf);
      continue;
    }
    if (v >= 0 && /^(?:to|at)$/.test(terms[v].norm)) v--;
    while (v >= 0 && /^(?:now|further|reportedly|already|officially|later|since|subsequently|eventually)$/.test(terms[v].norm)) v--;
    if (v >= 0 && /^(?:rose|risen|rises|climbed|climbs|jumped|increased|reached|reaches|hit|stood|stands|mounted|soared|is|was)$/.test(terms[v].norm)) {
      for (let t = v - 1; t >= Math.max(0, v - 15); t--) {
        if (terms[t].tags.has('TollWord')) {
          const m = mention('killed', t, cl, null, 'toll');
          m.toll = true;
          out.push(m);
          used.add(cf);
          break;
        }
        if (/[;:]/.test(terms[t].post)) break;
      }
    }
  }

  // one person: "a prominent journalist has been killed", "killed the deputy chief", "a civilian died"
  for (let i = 0; i < terms.length; i++) {
    const det = terms[i].norm;
    if (!/^(?:a|an|the)$/.test(det) || used.has(i)) continue;
    let j = i + 1;
    while (j < terms.length && j - i <= 4 && !terms[j].tags.has('VictimOne') && !/[,;:.]/.test(terms[j - 1].post)
      && (terms[j].tags.has('Adjective') || terms[j].tags.has('Demonym') || terms[j].tags.has('ProperNoun') && !terms[j].tags.has('Person') || terms[j].tags.has('Noun') && !harmField(terms[j]) && !terms[j].tags.has('Victim'))) j++;
    if (j >= terms.length || !terms[j].tags.has('VictimOne') || terms[j].tags.has('Plural')) continue;
    if (/[,;:.]/.test(terms[j - 1].post)) continue;
    const nounAt = j;
    // "the deputy chief of Israel's militia": the noun's own complement belongs to it
    let after = nounAt + 1;
    if (terms[after]?.norm === 'of') { while (after < terms.length && after - nounAt < 6 && !harmField(terms[after]) && !/[,;:.]/.test(terms[after - 1].post)) after++; }
    const text = docText.slice(terms[i].start, terms[nounAt].end);
    const one = (field: 'killed' | 'wounded', harmAt: number, rule: string): CountMention => ({
      field, count: { low: 1, high: 1, text }, start: terms[i].start, end: terms[nounAt].end, harmAt, first: i, last: nounAt,
      victims: victimActor(i + 1, nounAt, c), rule, toll: false,
    });
    // passive: "a journalist has been killed", "a prisoner died"
    if (det !== 'the') {
      let k = after;
      let bridged = 0;
      while (k < terms.length && BRIDGE.has(terms[k].norm) && bridged < 4 && !/[,;:.]/.test(terms[k - 1].post)) { k++; bridged++; }
      const harm = k < terms.length && !/[,;:.]/.test(terms[k - 1].post) ? harmField(terms[k]) : null;
      if ((harm === 'killed' || harm === 'wounded') && (bridged > 0 || terms[k].tags.has('PastTense'))) { out.push(one(harm, k, 'one-victim-harm')); used.add(i); continue; }
    }
    // active: "killed the deputy chief", "wounding a policeman"
    const h = i - 1;
    const before = h >= 0 && !/[,;:.]/.test(terms[h].post) ? harmField(terms[h]) : null;
    if ((before === 'killed' || before === 'wounded') && terms[h].tags.has('Verb') && !terms[h].tags.has('Passive') && !out.some((o) => o.field === before && o.harmAt === h)) {
      out.push(one(before, h, 'harm-one-victim'));
      used.add(i);
    }
  }

  // a named person: "Major General Vyacheslav Gladkikh died", "Tamerlan was killed in a gun battle"
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (!(t.tags.has('Person') || t.tags.has('ProperNoun') || t.tags.has('PersonTitle') && /^[A-Z]/.test(t.text)) || i > 0 && (terms[i - 1].tags.has('Person') || terms[i - 1].tags.has('PersonTitle') || terms[i - 1].tags.has('ProperNoun'))) continue;
    if (i > 0 && /^(?:by|of|from|with|to|for|against)$/.test(terms[i - 1].norm)) continue;
    let j = i;
    while (j + 1 < terms.length && (terms[j + 1].tags.has('Person') || terms[j + 1].tags.has('ProperNoun') || terms[j + 1].tags.has('PersonTitle')) && !/[,;:.]/.test(terms[j].post)) j++;
    // a name: tagged as a person, or a capitalised name that is no place, group or country ("Tamerlan was killed")
    const run = terms.slice(i, j + 1);
    const named = run.some((x) => x.tags.has('Person'))
      || run.every((x) => x.tags.has('ProperNoun') && !x.tags.has('Place') && !x.tags.has('Organization') && !x.tags.has('Demonym')
        && !x.tags.has('NamedActor') && !x.tags.has('Date') && !countryOf(x.text));
    if (!named) continue;
    let k = j + 1;
    let bridged = 0;
    while (k < terms.length && BRIDGE.has(terms[k].norm) && bridged < 4 && !/[,;:.]/.test(terms[k - 1].post)) { k++; bridged++; }
    if (k >= terms.length || /[,;:.]/.test(terms[k - 1].post)) continue;
    const harm = harmField(terms[k]);
    if (harm !== 'killed' && harm !== 'wounded') continue;
    if (!(bridged > 0 && terms[k].tags.has('PastTense') || /^(?:died|perished)$/.test(terms[k].norm))) continue;
    if (out.some((o) => o.harmAt === k)) continue;
    const text = docText.slice(terms[i].start, terms[j].end);
    out.push({
      field: harm, count: { low: 1, high: 1, text }, start: terms[i].start, end: terms[j].end, harmAt: k, first: i, last: j,
      victims: actorFromPhrase(i, j, { role: 'target', defaultKind: 'person', sentence: s, previous, docText }), rule: 'person-harm', toll: false,
    });
    i = k;
  }

  return out;
}
