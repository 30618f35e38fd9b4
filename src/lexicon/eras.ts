// Past eras and the words around them: what tells that an attack or a death toll a sentence names is a historical
// reference ("troops shot hundreds of prisoners during the Second World War"), not an event of the document's time.
// Data only: src/refiners/keep/history.ts reads it. Every entry is a regular-expression source matched regardless of
// case, with any run of spaces or a hyphen between its words; an era's words are written without a leading "the"
// (the rule allows one). Each era group carries the last year of the latest era in it (`until`): a document written
// in or before that year may tell the era's events as news. Decades ("the 1940s"), centuries ("the 19th century") and eras named
// with their years ("the civil war of 1975-1990") are read by the rule from their numbers, not listed here.
import type { WordEntry } from './words.js';

/** A group of era names and the last year of the era. */
export interface EraEntry extends WordEntry {
  until: number;
}

/** Named past eras: world wars, older wars, regimes and ages that ended. Names that also say something current are
 *  left out: "the war", "the civil war", "the troubles", "the occupation", "apartheid" (said of today's states too). */
export const NAMED_ERAS: EraEntry[] = [
  { reason: 'world-war-one', until: 1918, words: ['world war (?:one|i|1)', 'ww ?(?:i|1)', 'first world war', 'great war'] },
  { reason: 'world-war-two', until: 1945, words: [
    'world war (?:two|ii|2)', 'ww ?(?:ii|2)', 'second world war', 'great patriotic war', 'nazi (?:era|occupation|rule)',
    'german occupation', 'third reich', 'pacific war',
  ] },
  { reason: 'holocaust', until: 1945, words: ['holocaust', 'shoah'] },
  { reason: 'cold-war', until: 1989, words: ['cold war'] }, // the Berlin Wall fell in 1989: texts after it tell the Cold War as past
  { reason: 'older-wars', until: 1922, words: [
    'napoleonic (?:wars?|era)', 'crusades', "hundred years'? war", "thirty years'? war", 'crimean war', 'american civil war',
    'franco-prussian war', 'boer wars?', 'russian civil war', 'armenian genocide', 'ottoman (?:era|empire|rule|times)',
    'middle ages', 'medieval times', 'roman times',
  ] },
  { reason: 'mid-century-wars', until: 1976, words: [
    'spanish civil war', 'chinese civil war', 'greek civil war', 'korean war', 'vietnam war', 'indochina wars?',
    'algerian war(?: of independence)?', 'partition of india', 'biafran war', 'nigerian civil war', 'six-day war',
    'yom kippur war', 'suez crisis', 'mau mau (?:uprising|rebellion)', 'cultural revolution', 'great leap forward',
    'colonial (?:era|times|period)',
  ] },
  { reason: 'late-century-wars', until: 1990, words: [
    'falklands war', 'iran-iraq war', 'soviet-afghan war', 'soviet occupation of afghanistan', 'lebanese civil war',
    'khmer rouge (?:era|regime|rule|years)', 'pol pot regime',
  ] },
  { reason: 'soviet-era', until: 1991, words: ['soviet (?:era|times|period|rule)', 'stalin era', 'stalinist era', 'great (?:purge|terror)'] },
  { reason: 'apartheid-era', until: 1994, words: ['apartheid era', 'apartheid years'] },
];

/** The words that set an era as the time of what a clause tells: "during", "in", "throughout", "under", and the
 *  parts of an era ("at the height of", "in the final months of"). Each entry is the whole prefix before the era. */
export const ERA_PREFIXES: WordEntry[] = [
  { reason: 'part-of-era', words: [
    '(?:in|during) the (?:early|late|final|last|closing|first|opening|dying) (?:days|weeks|months|years|stages?|phases?) of',
    '(?:at|towards?|near|by|until|in|during) the (?:end|close|height|start|beginning|dawn|eve|outbreak|course|depths) of',
  ] },
  { reason: 'time-of-era', words: ['during', 'in', 'throughout', 'under', 'amid', 'early in', 'late in'] },
];

/** Nouns of a violent event or period that a year or a span of years may name as past: "the 1994 genocide", "the
 *  civil war of 1975-1990", "the 1982 massacre killed thousands". */
export const HISTORIC_EVENT_NOUNS: WordEntry[] = [
  { reason: 'wars-and-regimes', words: [
    'wars?', 'civil wars?', 'conflicts?', 'insurgency', 'occupation', 'dictatorship', 'regime', 'junta', 'rule', 'invasion',
    'uprisings?', 'rebellions?', 'revolution', 'intifada', 'crackdown', 'purges?',
  ] },
  { reason: 'atrocities', words: ['genocide', 'massacres?', 'pogroms?', 'bombings?', 'attacks?', 'riots', 'killings', 'siege'] },
];

/** Before an era in its clause, these make it a comparison, not the time of the event: "the worst attack since World
 *  War Two", "more dead than during the Cold War", "scenes not seen since the Balkan wars". */
export const ERA_COMPARISON_CUES: WordEntry[] = [
  { reason: 'comparison', words: [
    'since', 'than', 'like', 'unlike', 'compared', 'comparable', 'reminiscent', 'recall(?:s|ed|ing)?', 'echo(?:es|ed|ing)?',
    'evok(?:e|es|ed|ing)', 'resembl\\w*', 'rivals?', 'not seen', 'unseen', 'unprecedented',
  ] },
  { reason: 'superlative', words: [
    'worst', 'deadliest', 'bloodiest', 'biggest', 'largest', 'heaviest', 'greatest', 'fiercest', 'first', 'only',
  ] },
];

/** Words that set a clause in the document's own time: a clause with one tells today's event whatever era it names. */
export const PRESENT_CUES: WordEntry[] = [
  { reason: 'now', words: ['now', 'today', 'tonight', 'currently', 'nowadays', 'these days', 'this (?:week|month|year|morning|evening)', 'yesterday', 'latest'] },
];

/** Nouns an era may modify: "the Holocaust memorial", "a World War Two bomb", "Vietnam War veterans". An era right
 *  before one of them names a thing, not the time of the event ("shot a guard in the Holocaust museum"). */
export const ERA_MODIFIED_NOUNS: WordEntry[] = [
  { reason: 'places-of-memory', words: ['memorials?', 'museums?', 'monuments?', 'cemetery', 'cemeteries', 'graves?', 'sites?', 'bunkers?', 'archives?', 'exhibitions?'] },
  { reason: 'people', words: ['veterans?', 'survivors?', 'generation', 'victims?', 'refugees?', 'hero(?:es)?'] },
  { reason: 'relics', words: ['bombs?', 'shells?', 'mines?', 'ordnance', 'munitions?', 'ammunition', 'grenades?', 'wrecks?', 'relics?', 'planes?', 'aircraft', 'ships?', 'vintage'] },
  { reason: 'stories', words: ['films?', 'movies?', 'novels?', 'games?', 'documentar(?:y|ies)', 'dramas?', 'epic', 'history', 'histories', 'books?'] },
  { reason: 'echoes', words: ['style', 'tactics', 'rhetoric', 'mentality', 'thinking', 'rivalry', 'rivals?', 'ally', 'allies', 'foes?', 'enemies'] },
];

/** Where a clause ends: punctuation, a conjunction or a relative word opens another clause, whose era is not the
 *  trigger's ("killed 30 villagers, who had fled during the Korean War"). An en dash is no break: it joins years
 *  ("1975–1990"); "as" is none either ("as many as 300"). A relative word before an era in the words before a trigger
 *  puts the era in a clause about a noun ("veterans who fought in World War Two were attacked"). */
export const CLAUSE_BREAKS: WordEntry[] = [
  { reason: 'punctuation', words: [';', ':', '—', '\\(', '"'] },
  { reason: 'conjunction', words: [
    'but', 'while', 'whereas', 'although', 'though', 'because', 'when', 'after', 'before', 'until', 'since', 'and then',
  ] },
  { reason: 'relative', words: ['who', 'whom', 'whose', 'which', 'that', 'where'] },
];
