// Causes of death that are no conflict: natural disasters, accidents, blasts at work and illness; the words that say
// a cause is only a comparison or is ruled out ("it sounded like an earthquake", "no accident"); the words of war
// that keep a report a conflict report whatever else it names; and the words of violence and conflict a bare death
// count needs to be one.
// Data only: src/refiners/keep/casualties.ts reads it. Every entry is a regular-expression source matched
// regardless of case, in groups with a reason id.
import type { WordEntry } from './words.js';

/** Natural, accidental, industrial and medical causes of death, named in a sentence. */
export const NON_CONFLICT_CAUSES: WordEntry[] = [
  { reason: 'natural-disaster', words: [
    'earthquakes?', 'quakes?', 'tremors?', 'aftershocks?', 'storms?', 'typhoons?', 'cyclones?', 'hurricanes?',
    'tornado(?:e?s)?', 'floods?', 'flooding', 'floodwaters?', 'flash floods?', 'landslides?', 'mudslides?',
    'avalanches?', 'tsunamis?', 'lightning', 'heat ?waves?', 'blizzards?', 'volcan(?:o|oes|ic eruption)',
    'torrential rains?', 'monsoon rains?', 'wildfires?', 'bushfires?', 'forest fires?',
  ] },
  { reason: 'fire', words: ['fire swept', 'fire broke out', 'fire ripped', 'blaze', 'caught fire', 'burned down', 'gutted by fire'] },
  { reason: 'accident', words: [
    'crash(?:ed|es)?', 'collided', 'collision', 'derail(?:ed|ment)', 'capsized?', 'sank', 'ran aground',
    'plunged into (?:a|the) (?:ravine|river|gorge|canal|sea|valley)', 'overturned', 'veered off',
    '(?:road|traffic|car|bus|train|rail|mining|industrial) accidents?', 'accidents?', 'stampede', 'drowned',
    '(?:building|bridge|roof|stand|wall|dam|tunnel|ceiling) (?:collapsed|collapse)',
  ] },
  { reason: 'industrial-blast', words: [
    '(?:explosion|blast|fire|leak) (?:at|in|ripped through|tore through) (?:a|an|the) (?:[\\w-]+ ){0,2}(?:mines?|colliery|pit|plant|factory|mill|refinery|boiler|warehouse|pipeline|workshop|foundry)',
    'boilers?', 'methane', 'firedamp', 'gas explosions?', 'gas blasts?', 'gas leaks?', 'gas cylinders?', 'coal mines?',
    'fireworks?', 'chemical plant',
  ] },
  { reason: 'illness', words: [
    'epidemics?', 'pandemics?', 'outbreak(?! of (?:fighting|violence|war|hostilities|clashes|unrest))', 'cholera', 'flu', 'influenza', 'ebola', 'malaria', 'measles', 'dengue',
    'meningitis', 'plague', 'virus(?:es)?', 'heart attack', 'cardiac arrest', 'died (?:of|from)', 'natural causes',
    'cancer', 'illness', 'disease', 'food poisoning', 'hypothermia',
  ] },
];

/** Just before a cause (a few words may stand between), these make it a comparison or a cause ruled out, not the
 *  cause: "I thought it was a car crash", "the blast was no accident". */
export const COMPARISON_CUES: WordEntry[] = [
  { reason: 'comparison', words: ['like', 'as if', 'as though', 'thought (?:it was|that)', 'resembl\\w*', 'similar to', 'mistaken for', 'mistook it for', 'sounded'] },
  { reason: 'ruled-out', words: ['not an?', 'was no', 'were no', 'ruled out'] },
];

/** Words of war: a sentence with one of these is a conflict report, whatever cause it also names. Unlike the armed
 *  nouns of keep/context.ts, police (who report accidents), "mine", "air" and "aircraft" are not here. */
export const WAR_WORDS: WordEntry[] = [
  { reason: 'weapon', words: [
    'bomb(?:s|ing|ings|ed|er|ers)?', 'car bombs?', 'suicide', 'rockets?', 'missiles?', 'mortars?', 'shell(?:s|ing|ed)',
    'grenades?', 'ieds?', 'landmines?', 'explosive devices?', 'gunfire', 'artillery', 'air ?strikes?', 'drone strikes?',
    'warplanes?', 'fighter jets?', 'gunships?', 'sabotage',
  ] },
  { reason: 'armed-actor', words: [
    'gunm[ae]n', 'troops', 'soldiers?', 'army', 'military', 'militants?', 'rebels?', 'insurgents?', 'militias?',
    'militiamen', 'fighters', 'terrorists?', 'terror', 'jihadists?', 'guerrillas?', 'security forces', 'armed',
  ] },
];

/** A death count is a conflict report only beside one of these (or an armed word): a verb of violence or a conflict
 *  word. "has died", "X dead" alone tell of a death, not of an attack. */
export const VIOLENCE_WORDS: WordEntry[] = [
  { reason: 'violent-verb', words: [
    'kill(?:s|ed|ing)?', 'shot', 'shoot(?:s|ing|ings)?', 'gunned down', 'stabb(?:ed|ing|ings)', 'behead(?:ed|ing)',
    'executed', 'massacr\\w*', 'slain', 'slaughter\\w*', 'murder\\w*', 'lynch\\w*', 'hacked', 'beaten', 'tortur\\w*',
    'wounded', 'wounds', 'assassinat\\w*', 'kidnap\\w*', 'abduct\\w*', 'hostages?', 'ambush\\w*', 'raid\\w*',
    'blast', 'explosions?', 'explosives?', 'attack(?:s|ed|ers)?',
  ] },
  { reason: 'conflict-word', words: [
    'violence', 'violent', 'clash(?:es|ed)?', 'fighting', 'battles?', 'combat', 'war', 'conflict', 'insurgency',
    'riots?', 'rioting', 'unrest', 'protests?', 'protesters', 'demonstrators', 'operations?', 'offensive', 'crackdown',
  ] },
];
