// Finds trigger words in a tagged sentence: runs of terms carrying one of the plugin's trigger tags.
import { TRIGGER_TAGS } from '../document/plugin.js';
import type { TaggedSentence, Term } from '../document/terms.js';
import type { Trigger } from './mention.js';
import { WEAPON_SUBTYPES } from '../lexicon/weapons.js';

function triggerTag(t: Term): string | null {
  for (const tag of t.tags) if (TRIGGER_TAGS.has(tag)) return tag;
  return null;
}

const SPECIFICITY = (subtype: string) => (subtype === 'unspecified' || subtype === 'other' ? 0 : 1);

export function findTriggers(s: TaggedSentence, docText: string): Trigger[] {
  const out: Trigger[] = [];
  const terms = s.terms;
  for (let i = 0; i < terms.length; i++) {
    const tag = triggerTag(terms[i]);
    if (!tag) continue;
    const info = TRIGGER_TAGS.get(tag)!;
    let last = i;
    while (last + 1 < terms.length && terms[last + 1].tags.has(tag) && !/[,;:.]/.test(terms[last].post)) last++;
    const prev = out[out.length - 1];
    // adjacent triggers of one family are one trigger: "stop-fireplace settlement", "rocket attacks"
    if (prev && prev.family === info.family && prev.last === i - 1 && !/[,;:.]/.test(terms[i - 1].post)) {
      const keepPrev = SPECIFICITY(prev.subtype) >= SPECIFICITY(info.subtype);
      prev.subtype = keepPrev ? prev.subtype : info.subtype;
      prev.strength = prev.strength === 'strong' || info.strength === 'strong' || SPECIFICITY(prev.subtype) > 0 ? 'strong' : 'weak';
      prev.verb = prev.verb && info.verb;
      prev.last = last;
      prev.text = docText.slice(terms[prev.first].start, terms[last].end);
      i = last;
      continue;
    }
    out.push({
      family: info.family, subtype: info.subtype, strength: info.strength, verb: info.verb,
      first: i, last, text: docText.slice(terms[i].start, terms[last].end), tag,
    });
    i = last;
  }
  // A weapon word near a generic attack word gives it its kind: "a Turkish drone struck", "mortar and sniper attacks",
  // "gunboats fired six shells". A past-tense verb of firing with its weapon is an attack on its own.
  for (const t of out) {
    if (t.family !== 'attack' || t.subtype !== 'unspecified') continue;
    let sub: string | undefined;
    for (let j = t.first - 1; j >= Math.max(0, t.first - 3) && !sub; j--) {
      sub = WEAPON_SUBTYPES[terms[j].norm];
      if (/[,;:.]/.test(terms[j].post)) break;
    }
    for (let j = t.last + 1; t.verb && !sub && j <= Math.min(terms.length - 1, t.last + 4); j++) {
      sub = WEAPON_SUBTYPES[terms[j].norm];
      if (/[,;:.]/.test(terms[j - 1].post)) break;
    }
    if (!sub) continue;
    t.subtype = sub;
    if (t.verb && terms[t.first].tags.has('PastTense')) t.strength = 'strong';
  }
  return out;
}
