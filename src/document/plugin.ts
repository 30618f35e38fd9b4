// Teaches compromise our domain words. Every lexicon entry becomes a tag on the terms that carry it, so the
// rules read tags ("#AttackTrigger") instead of matching strings. Tag names are registered here with the data
// they stand for (family, subtype, strength), which the rules look up through `triggerOfTag`.
import {
  ATTACK_TRIGGERS, MEETING_TRIGGERS, AGREEMENT_TRIGGERS, type TriggerEntry,
} from '../lexicon/triggers.js';
import { VICTIM_NOUNS, KILL_WORDS, WOUND_WORDS, OTHER_FATE_WORDS, TOLL_WORDS } from '../lexicon/casualties.js';
import { ACTOR_HEADS, NAMED_ACTORS, PERSON_TITLES } from '../lexicon/actors.js';
import { REPORT_VERBS } from '../lexicon/modality.js';

export type TriggerFamily = 'attack' | 'meeting' | 'agreement';

export interface TriggerTag {
  family: TriggerFamily;
  subtype: string;
  strength: 'strong' | 'weak';
  verb: boolean;
}

/** tag name → what it stands for */
export const TRIGGER_TAGS = new Map<string, TriggerTag>();

/** Forms as compromise stores them: lower case, hyphens as spaces (it splits "cease-fire" into two terms). */
export function lexiconForm(form: string): string {
  return form.toLowerCase().replace(/[-‐–]/g, ' ').replace(/\s+/g, ' ').trim();
}

function tagName(family: TriggerFamily, e: TriggerEntry & { subtype: string }): string {
  const cap = (s: string) => s.replace(/(^|_)(\w)/g, (_m, _u, c: string) => c.toUpperCase());
  return `${cap(family)}${cap(e.subtype)}${e.strength === 'strong' ? 'Strong' : 'Weak'}${e.verb ? 'Verb' : 'Noun'}`;
}

function build() {
  const words: Record<string, string> = {};
  const tags: Record<string, { isA?: string }> = {
    Trigger: {}, AttackTrigger: { isA: 'Trigger' }, MeetingTrigger: { isA: 'Trigger' }, AgreementTrigger: { isA: 'Trigger' },
    Victim: {}, KillWord: {}, WoundWord: {}, OtherFate: {}, TollWord: {}, ActorHead: {}, NamedActor: {},
    PersonTitle: {}, ReportVerb: {},
  };
  // Later lists do not overwrite a form an earlier list claimed: the order below is the priority.
  const add = (form: string, tag: string) => {
    const f = lexiconForm(form);
    if (f && !(f in words)) words[f] = tag;
  };
  const families: [TriggerFamily, (TriggerEntry & { subtype: string })[]][] = [
    ['attack', ATTACK_TRIGGERS], ['agreement', AGREEMENT_TRIGGERS], ['meeting', MEETING_TRIGGERS],
  ];
  for (const [family, entries] of families) {
    for (const e of entries) {
      const name = tagName(family, e);
      if (!TRIGGER_TAGS.has(name)) {
        TRIGGER_TAGS.set(name, { family, subtype: e.subtype, strength: e.strength, verb: !!e.verb });
        tags[name] = { isA: `${family[0].toUpperCase()}${family.slice(1)}Trigger` };
      }
      for (const f of e.forms) add(f, name);
    }
  }
  for (const w of KILL_WORDS) add(w, 'KillWord');
  for (const w of WOUND_WORDS) add(w, 'WoundWord');
  for (const w of OTHER_FATE_WORDS) add(w, 'OtherFate');
  for (const w of TOLL_WORDS) add(w, 'TollWord');
  for (const w of Object.keys(VICTIM_NOUNS)) add(w, 'Victim');
  for (const a of NAMED_ACTORS) for (const al of a.aliases) if (al.length > 3 || al.includes(' ')) add(al, 'NamedActor');
  for (const w of Object.keys(ACTOR_HEADS)) add(w, 'ActorHead');
  for (const t of PERSON_TITLES) add(t, 'PersonTitle');
  for (const v of REPORT_VERBS) add(v, 'ReportVerb');
  return { tags, words };
}

export const extractPlugin = build();
