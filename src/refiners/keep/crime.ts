// attack:ordinary-crime: violence done by a private person told by age ("a 23-year-old man shot his neighbour",
// "16-year-old Tom Baker ... shot and killed two shoppers") in a document with no armed actor and no conflict setting
// is ordinary crime, which SPEC.md leaves out. Narrow on purpose: the age must open the doer's phrase before an active
// trigger; an armed word in that phrase ("a 19-year-old gunman"), an armed attacker, or a soldier, a militant or a
// conflict setting anywhere in the document keeps the attack (police and a gun are in every crime story). A victim told by age ("soldiers shot a 14-year-old boy", "a
// 14-year-old boy was shot dead") is no doer.
import type { Mention } from '../../rules/mention.js';
import type { KeepRule } from './types.js';
import { hasArmedSideOrSetting, hasArmedWord, hasConflictSetting } from './context.js';
import { isArmedKind } from '../../lexicon/taxonomy.js';

/** "a 23-year-old", "16-year-old": a person told by age (the way police and court reports tell a suspect). */
const AGE = /\b\d{1,2}[\s-]years?[\s-]old\b/gi;
/** A passive just before the trigger: the person told by age is its victim ("was shot", "were reportedly killed"). */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|got)\s+(?:\w+\s+){0,2}$/i;
/** How many words after the age make the doer's phrase ("19-year-old suicide bomber"). */
const DOER_WORDS = 3;

/** Whether the mention's trigger is done by a person told by age with no armed word in the doer's phrase. */
function doneByAgedPerson(m: Mention): boolean {
  const before = m.sentence.text.slice(0, Math.max(0, m.anchor - m.sentence.start));
  const clause = before.split(/[;:]/).pop() ?? '';
  const ages = [...clause.matchAll(AGE)];
  if (!ages.length || PASSIVE_BEFORE.test(before) || hasConflictSetting(m.sentence.text)) return false;
  const at = ages[0].index + ages[0][0].length;
  const doer = clause.slice(at).split(/\s+/).filter(Boolean).slice(0, DOER_WORDS).join(' ');
  return !hasArmedWord(doer);
}

export const ordinaryCrime: KeepRule = {
  id: 'attack:ordinary-crime',
  drop(d, ctx) {
    if (d.type !== 'attack' && d.type !== 'casualties') return null;
    if (d.actors.some((a) => a.role === 'attacker' && isArmedKind(a.kind)) || hasArmedSideOrSetting(ctx.text)) return null;
    const told = d.mentions.filter((m) => m.trigger);
    if (!told.length || !told.every(doneByAgedPerson)) return null;
    return 'attack:ordinary-crime: done by a private person told by age, with nothing armed around';
  },
};
