// Teaches compromise our domain words. Every lexicon entry becomes a tag on the terms that carry it, so the
// rules read tags ("#AttackTrigger") instead of matching strings. Tag names are registered here with the data
// they stand for (family, subtype, strength), which the rules look up through `triggerOfTag`.
import {
  ATTACK_TRIGGERS, MEETING_TRIGGERS, AGREEMENT_TRIGGERS, type TriggerEntry,
} from '../lexicon/triggers.js';
import {
  VICTIM_NOUNS, SINGULAR_VICTIM_NOUNS, KILL_WORDS, WOUND_WORDS, OTHER_FATE_WORDS, TOLL_WORDS, IRREGULAR_PLURAL_PEOPLE,
} from '../lexicon/casualties.js';
import { ACTOR_HEADS, NAMED_ACTORS, PERSON_TITLES } from '../lexicon/actors.js';
import { REPORT_VERBS } from '../lexicon/attribution.js';
import { alternation, wordsOf } from '../lexicon/words.js';

type TriggerFamily = 'attack' | 'meeting' | 'agreement';

export interface TriggerTag {
  family: TriggerFamily;
  subtype: string;
  strength: 'strong' | 'weak';
  verb: boolean;
}

/** tag name → what it stands for */
export const TRIGGER_TAGS = new Map<string, TriggerTag>();

/** Forms as compromise stores them: lower case, hyphens as spaces (it splits "cease-fire" into two terms). */
function lexiconForm(form: string): string {
  return form.toLowerCase().replace(/[-‐–]/g, ' ').replace(/\s+/g, ' ').trim();
}

function tagName(family: TriggerFamily, e: TriggerEntry & { subtype: string }): string {
  const cap = (s: string) => s.replace(/(^|_)(\w)/g, (_m, _u, c: string) => c.toUpperCase());
  return `${cap(family)}${cap(e.subtype)}${e.strength === 'strong' ? 'Strong' : 'Weak'}${e.verb ? 'Verb' : 'Noun'}`;
}

/** One lexicon entry for compromise's sweep: the match (compromise match syntax) and the tag it gives. */
interface LexiconMatch { match: string; tag: string[]; reason: string }

/** Compromise match syntax for a surface form: words separated by spaces; syntax characters escaped away. */
function matchOf(form: string): string {
  return lexiconForm(form).replace(/\./g, '').replace(/[#@()[\]?*+!~/{}^$|<>]/g, '').trim();
}

/** A plural people noun: it ends in -s or in an irregular plural ("policemen", "people"). */
const PLURAL_ENDING = new RegExp(`(?:s|${alternation(IRREGULAR_PLURAL_PEOPLE)})$`);

function build() {
  const tags: Record<string, { isA?: string }> = {
    Trigger: {}, AttackTrigger: { isA: 'Trigger' }, MeetingTrigger: { isA: 'Trigger' }, AgreementTrigger: { isA: 'Trigger' },
    Victim: {}, VictimOne: {}, KillWord: {}, WoundWord: {}, OtherFate: {}, TollWord: {}, ActorHead: {}, NamedActor: {},
    PersonTitle: {}, ReportVerb: {},
  };
  // one match per form, carrying every tag the form has (a word can be a title and an actor head)
  const byForm = new Map<string, LexiconMatch>();
  // Later lists do not claim a form an earlier list claimed for the same kind of tag: the order below is the priority.
  const add = (form: string, tag: string, reason: string) => {
    const m = matchOf(form);
    if (!m) return;
    const entry = byForm.get(m) ?? { match: m, tag: [], reason };
    if (entry.tag.some((t) => tagFamily(t) === tagFamily(tag))) return;
    entry.tag.push(tag);
    byForm.set(m, entry);
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
      for (const f of e.forms) add(f, name, `${family}:${e.subtype}`);
    }
  }
  for (const w of wordsOf(KILL_WORDS)) add(w, 'KillWord', 'harm:killed');
  for (const w of wordsOf(WOUND_WORDS)) add(w, 'WoundWord', 'harm:wounded');
  for (const w of wordsOf(OTHER_FATE_WORDS)) add(w, 'OtherFate', 'harm:other');
  for (const w of wordsOf(TOLL_WORDS)) add(w, 'TollWord', 'toll');
  for (const w of Object.keys(VICTIM_NOUNS)) add(w, 'Victim', 'victim');
  for (const w of Object.keys(SINGULAR_VICTIM_NOUNS)) add(w, 'VictimOne', 'victim-one');
  for (const a of NAMED_ACTORS) for (const al of a.aliases) if (al.length > 3 || al.includes(' ')) add(al, 'NamedActor', 'named-actor');
  for (const w of Object.keys(ACTOR_HEADS)) add(w, 'ActorHead', 'actor-head');
  for (const t of PERSON_TITLES) add(t, 'PersonTitle', 'title');
  for (const v of wordsOf(REPORT_VERBS)) add(v, 'ReportVerb', 'report-verb');
  // Words compromise tags wrongly out of the box: plural people nouns it takes for uncountable or singular.
  const words: Record<string, string> = {};
  for (const w of Object.keys(VICTIM_NOUNS)) if (PLURAL_ENDING.test(w)) words[w] = 'Plural';
  return { plugin: { tags, words }, matches: [...byForm.values()] };
}

/** Each word may carry one tag of each kind: a trigger tag, a harm tag, an actor tag. */
function tagFamily(tag: string): string {
  if (TRIGGER_TAGS.has(tag)) return 'trigger';
  if (/^(?:KillWord|WoundWord|OtherFate)$/.test(tag)) return 'harm';
  return tag;
}

const built = build();
export const extractPlugin = built.plugin;
export const LEXICON_MATCHES = built.matches;
