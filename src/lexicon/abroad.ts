// People whose nationality a story names because they are abroad: "American contractors were wounded", "Norwegian
// aid workers were kidnapped", "two Chinese engineers". Their demonym tells who they are, never where the event was
// (src/places/context.ts counts it apart; src/places/fallback.ts sets it aside). Locals are not here: "Afghan
// civilians", "Nigerian soldiers", "Syrian villagers" are at home in the story, and their nationality still counts.
import type { WordEntry } from './words.js';

export const ABROAD_NOUNS: WordEntry[] = [
  { reason: 'hired-abroad', words: ['contractor', 'contractors', 'engineer', 'engineers', 'expatriate', 'expatriates', 'expat', 'expats', 'consultant', 'consultants'] },
  { reason: 'aid-abroad', words: ['aid worker', 'aid workers', 'humanitarian workers', 'missionary', 'missionaries', 'volunteer', 'volunteers', 'nurse', 'nurses', 'doctors'] },
  { reason: 'visiting', words: ['tourist', 'tourists', 'visitor', 'visitors', 'pilgrim', 'pilgrims', 'trekkers', 'climbers', 'backpackers'] },
  { reason: 'nationals', words: ['national', 'nationals', 'citizen', 'citizens', 'passport holder', 'passport holders', 'hostage', 'hostages'] },
  { reason: 'at-sea', words: ['sailor', 'sailors', 'seafarers', 'crew members', 'crewmen', 'fishermen'] },
  { reason: 'serving-abroad', words: ['peacekeeper', 'peacekeepers', 'diplomat', 'diplomats', 'embassy staff', 'envoy'] },
];
