// Keep rule for reactions to violence: a draft all of whose mentions are the object of a protest, a vigil, mourning,
// a condemnation, a complaint, a demand, a lawsuit or a retaliation ("marched to protest the killing of a teacher")
// names an event only as the reaction's topic. Such a mention joins the event where the document tells it (merge),
// but founds none. The modality resolver marks the mentions (cues in lexicon/reactions.ts).
import type { Draft } from '../merge.js';
import type { KeepRule } from './types.js';

export const reactionOnly: KeepRule = {
  id: 'mention:reaction',
  drop(d: Draft) {
    return d.mentions.every((m) => m.reaction) ? 'mention:reaction' : null;
  },
};
