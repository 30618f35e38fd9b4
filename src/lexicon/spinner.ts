// Spinner substitutions: the synonyms article spinners put for news words. Content farms run wire copy through a
// thesaurus word by word, whatever the sense: "cease-fire" becomes "cease-hearth", "soldiers" "troopers", "human
// rights" "human legal rights", "were killed" "ended up killed", "more than 50" "extra than 50". Data only;
// src/document/reading.ts reads every document through this table once, before anything else (one pattern of all
// the spun forms; an entry's context is checked only where one of its forms is found), so the tagger, the rules and
// the resolvers see the plain word while every span shown to a user keeps the words as written.
//
// Each entry: the plain word (`plain`, what the reading puts in place), the spun forms (`spun`, lower case; a space
// stands for any run of spaces or tabs, a hyphen for any hyphen), and `when`: the contexts in which a spun form is
// read as the plain word. Most spun forms are ordinary words elsewhere ("hearth" by the fire, "state troopers", "the
// National Assembly"), so an entry applies only where the spun form cannot mean anything else. A context is a set of
// regular-expression sources over the text just before the form (`before`, `notBefore`) and just after it (`after`,
// `notAfter`), matched without regard to case and without the `u` flag; an entry without `when` applies everywhere.
// `titleCase`: only when the form is written with capitals ("Key Minister Ali", not "a key minister").
// Order matters where two entries share a spun form: the first whose context holds wins. An "a"/"an" just before a
// replaced form is made to agree with the plain word ("an auto bomb" is read "a car bomb").
//
// Not here: real synonyms the lexicon already lists as words of their own ("slain", "injured", "assault", "in excess
// of"), and words that are ordinary English everywhere ("mostly" alone, "officers" for officials).

interface SpinnerContext {
  before?: string;
  notBefore?: string;
  after?: string;
  notAfter?: string;
}

export interface SpinnerEntry {
  reason: string;
  plain: string;
  spun: string[];
  when?: SpinnerContext[];
  titleCase?: boolean;
  note: string;
}

/** A count that follows: digits or a number word ("6 soldiers", "nine troopers", "dozens of"). */
const COUNT_AFTER = String.raw`[ \t]+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|scores|several|hundreds|at least|more than|about|some)\b)`;
/** A participle that follows, with at most one adverb between: "ended up (also) killed", "wound up wounded". */
const PARTICIPLE_AFTER = String.raw`[ \t]+(?:(?:also|likewise|reportedly|allegedly|all|both|later|then|too|being|subsequently|eventually)[ \t]+)?(?:[a-z]+(?:ed|en|wn)|shot|hit|hurt|struck|slain|held|caught|left)\b`;
/** The fire words spinners write for "fire". */
const FIRE_FORMS = '(?:fire|hearth|fireplace|flame|blaze)';
const WEEKDAYS = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const PERIODS = '(?:hours?|days?|weeks?|months?|years?|decade|weekend)';

export const SPINNER_SUBSTITUTIONS: SpinnerEntry[] = [
  // ---- fighting and its words
  {
    reason: 'cease-stop', plain: 'cease', spun: ['stop', 'halt'], when: [{ after: `[-‐]${FIRE_FORMS}\\b` }],
    note: '"ceasefire" spun word by word: "stop-fire", "stop-fireplace", "halt-hearth". Only hyphened to a fire word ("stop fire from spreading" stays).',
  },
  {
    reason: 'fire-hearth', plain: 'fire', spun: ['hearth', 'fireplace', 'flame', 'blaze'],
    when: [
      { before: '\\b(?:cease|stop|halt)[-‐ ]' },
      { before: '\\b(?:opened|open|opens|opening|returned|return|returning|exchanged|exchanging|traded|trading|exchange of|exchanges of|came under|come under|comes under|coming under|under heavy|under)[ \\t]+' },
    ],
    note: '"fire" in the sense of shooting: "cease-hearth", "opened fireplace on", "exchange of hearth", "came under flame". A hearth in a house stays.',
  },
  {
    reason: 'drone-unmanned', plain: 'drone', spun: ['unmanned aircraft', 'unmanned aerial vehicle', 'unmanned aerial vehicles', 'unmanned plane'],
    when: [{ after: '[ \\t]+(?:strikes?|attacks?|assaults?|raids?|bombings?)\\b' }],
    note: '"drone strikes" spun "unmanned aircraft strikes". Only before a word of attack, where the drone is a weapon.',
  },
  {
    reason: 'car-bomb', plain: 'car', spun: ['auto', 'automobile', 'motor vehicle', 'motorcar'],
    when: [{ after: '[ \\t]+(?:bombs?|bombings?|bombers?)\\b' }],
    note: '"car bomb" spun "auto bomb", "motor vehicle bomb". Only before bomb words.',
  },
  {
    reason: 'device-system', plain: 'device', spun: ['system', 'unit', 'gadget'],
    when: [{ before: '\\bexplosive[ \\t]+' }],
    note: '"explosive device" spun "explosive system" ("improvised explosive system"). Only after "explosive".',
  },
  {
    reason: 'between-among', plain: 'between', spun: ['in between', 'amongst', 'among'],
    when: [{ before: '\\b(?:clash(?:es|ed)?|fighting|battles?|hostilities|war|skirmish(?:es)?|gunfights?)[ \\t]+', after: '[ \\t]+[^,.;:]{1,60}?[ \\t]+and[ \\t]' }],
    note: '"clashes between A and B" spun "clashes among A and B": "among" with "and" after a word of fighting names the two sides.',
  },
  // ---- people and harm
  {
    reason: 'soldiers-troopers', plain: 'soldiers', spun: ['troopers'], when: [{ notBefore: '\\bstate[ \\t]+' }],
    note: '"soldiers" (and "troops") spun "troopers". "State troopers" are American police and stay.',
  },
  {
    reason: 'soldier-trooper', plain: 'soldier', spun: ['trooper'], when: [{ notBefore: '\\bstate[ \\t]+' }],
    note: 'The singular of soldiers-troopers.',
  },
  {
    reason: 'children-little-ones', plain: 'children', spun: ['little ones'],
    note: '"children" spun "little ones"; in news copy the phrase means nothing else.',
  },
  {
    reason: 'dead-lifeless', plain: 'dead', spun: ['lifeless'],
    when: [{ after: '[ \\t]+(?:bod(?:y|ies)|corpses?)\\b' }, { before: '\\b(?:found|left|leaving|lay|lying|were|was|are|is|been|declared|pronounced)[ \\t]+(?:[^\\s.,;:]+[ \\t]+){0,3}' }],
    note: '"dead" spun "lifeless": "lifeless bodies", "left eight people lifeless". Only where it says a person died.',
  },
  {
    reason: 'wounded-harmed', plain: 'wounded', spun: ['harmed'], when: [{ after: COUNT_AFTER }],
    note: '"wounded 6 soldiers" spun "harmed 6 soldiers". Only before a count ("harmed relations" stays).',
  },
  {
    reason: 'hurt-harm', plain: 'hurt', spun: ['harm'], when: [{ before: '\\b(?:was|were|been|being|got|get|gets)[ \\t]+(?:(?:also|badly|seriously|not)[ \\t]+)?' }],
    note: '"no one was hurt" spun "no one was harm": "harm" after a form of "be" can only be the participle.',
  },
  {
    reason: 'were-ended-up', plain: 'were', spun: ['ended up', 'wound up', 'finished up'], when: [{ after: PARTICIPLE_AFTER }],
    note: '"were killed" spun "ended up killed", "wound up also killed". Only before a participle. The singular is read as "were" too; no rule reads number from it.',
  },
  {
    reason: 'death-toll', plain: 'death', spun: ['dying', 'loss of life'], when: [{ after: '[ \\t]+toll\\b' }],
    note: '"death toll" spun "dying toll".',
  },
  {
    reason: 'including-such-as', plain: 'including', spun: ['such as', 'like', 'together with', 'which includes'],
    when: [{ before: ',[ \\t]*', after: COUNT_AFTER }],
    note: '", including 33 soldiers killed" spun ", such as 33", ", like 33": after a comma and before a count it opens a subset of the count before it.',
  },
  // ---- quantities and time
  {
    reason: 'excess-extra', plain: 'excess', spun: ['extra'], when: [{ before: '\\bin[ \\t]+', after: '[ \\t]+of\\b' }],
    note: '"in excess of 50" spun "in extra of 50". Before more-additional, which would read "in more of".',
  },
  {
    reason: 'more-additional', plain: 'more', spun: ['additional', 'extra', 'further'], when: [{ after: '[ \\t]+(?:than|of)\\b' }],
    note: '"more than 50" spun "extra than 50"; "two more of its soldiers" spun "two additional of its". "Additional of" and "extra than" are not English.',
  },
  {
    reason: 'single-one', plain: 'single', spun: ['one', 'solitary', 'sole'],
    when: [{ before: '\\ba[ \\t]+', after: '[ \\t]+[a-z]', notAfter: '[ \\t]+(?:hundred|thousand|million|of|and|or|in|to|another)\\b' }],
    note: '"in a single airstrike" spun "in a one airstrike", "a solitary airstrike".',
  },
  {
    reason: 'past-prior', plain: 'past', spun: ['prior', 'earlier', 'former'],
    when: [{ before: '\\b(?:in|over|during|throughout|within)[ \\t]+the[ \\t]+', after: `[ \\t]+(?:(?:two|three|four|five|six|seven|few|several|\\d+)[ \\t]+)?${PERIODS}\\b` }],
    note: '"in the past month" spun "in the prior month", "in the earlier month": a period that runs up to now.',
  },
  {
    reason: 'last-final', plain: 'last', spun: ['final', 'very last'],
    when: [{ notBefore: '\\b(?:the|a|an|its|their|his|her|this|that|our)[ \\t]+', after: `[ \\t]+(?:week|month|year|weekend|night|${WEEKDAYS})\\b` }],
    note: '"last week" spun "final week". Not after a determiner: "the final week of the campaign" is a final week.',
  },
  {
    reason: 'next-following', plain: 'next', spun: ['following', 'subsequent', 'up coming'],
    when: [{ notBefore: '\\b(?:the|a|an|its|their|his|her|this|that|our)[ \\t]+', after: `[ \\t]+(?:week|month|year|weekend|${WEEKDAYS})\\b` }],
    note: '"next week" spun "following week". Not after a determiner: "the following week" counts from a day already told.',
  },
  {
    reason: 'earlier-previously', plain: 'earlier', spun: ['previously'], when: [{ after: `[ \\t]+(?:on[ \\t]+)?(?:${WEEKDAYS}|today|this week|this month)\\b` }],
    note: '"earlier Wednesday" spun "previously Wednesday".',
  },
  {
    reason: 'also-likewise', plain: 'also', spun: ['likewise'],
    note: '"were also killed" spun "had been likewise killed". The two words mean the same everywhere.',
  },
  // ---- who acts and who speaks
  {
    reason: 'government-governing-administration', plain: 'government', spun: ['governing administration'],
    note: '"government" spun "governing administration"; the phrase is not used otherwise.',
  },
  {
    reason: 'armed-forces-armed-service-forces', plain: 'armed forces', spun: ['armed service forces'],
    note: '"military forces" spun "armed service forces". Before military-armed-service.',
  },
  {
    reason: 'military-armed-service', plain: 'military', spun: ['armed service'], when: [{ notAfter: '[ \\t]*(?:s\\b|committee|member)' }],
    note: '"military" spun "armed service". Not "armed services" nor "armed service members", which are English.',
  },
  {
    reason: 'security-stability', plain: 'security', spun: ['stability', 'safety'],
    when: [{ after: '[ \\t]+(?:forces|force|personnel|services)\\b', notBefore: '\\b(?:road|food|public|fire|traffic|nuclear|aviation|product|patient|water|health)[ \\t]+' }, { before: '\\b(?:un|u\\.n\\.|united nations)[ \\t]+', after: '[ \\t]+council\\b' }],
    note: '"security forces" spun "stability forces", "safety forces"; "UN Security Council" spun "UN Safety Council".',
  },
  {
    reason: 'defense-protection', plain: 'defense', spun: ['protection'],
    when: [{ after: '[ \\t]+(?:ministry|minister|ministers|secretary|forces|department|officials|spokesman)\\b', notBefore: '\\b(?:environment|environmental|consumer|civil|social|data|child|labou?r|wildlife|nature|witness|radiation|plant|fire|health|animal|coastal|border|customs|family|water)[ \\t]+' }],
    note: '"defense ministry" spun "protection ministry". Not Civil Protection, Border Protection, Environmental Protection.',
  },
  {
    reason: 'foreign-overseas', plain: 'foreign', spun: ['overseas', 'international'], when: [{ after: '[ \\t]+(?:minister|ministers|ministry|secretary)\\b' }],
    note: '"foreign minister" spun "overseas minister", "international minister".',
  },
  {
    reason: 'prime-key', plain: 'prime', spun: ['key', 'primary', 'leading'], titleCase: true, when: [{ after: '[ \\t]+minister\\b' }],
    note: '"Prime Minister" spun "Key Minister", "Primary Minister": only written as a title ("a key minister" stays).',
  },
  {
    reason: 'rights-legal-rights', plain: 'rights', spun: ['legal rights'], when: [{ before: '\\bhuman[ \\t]+' }],
    note: '"human rights" spun "human legal rights" (Syrian Observatory for Human Legal Rights, Human Legal Rights Watch).',
  },
  {
    reason: 'based-mostly', plain: 'based', spun: ['based mostly', 'based mainly', 'primarily based', 'mostly based', 'mainly based'], when: [{ before: '(?:[a-z)]|[^\\x00-\\x7f])[-‐]' }],
    note: '"Britain-based" spun "Britain-based mostly", "London-primarily based": only hyphened to a place.',
  },
  {
    reason: 'monitor-keep-track-of', plain: 'monitor', spun: ['keep track of', 'keep an eye on'], when: [{ before: '\\b(?:war|rights|ceasefire|election|independent|opposition)[ \\t]+', after: '[ \\t]*[,.;)]' }],
    note: '"an opposition war monitor," spun "an opposition war keep track of,": the verb where a noun must stand.',
  },
  {
    reason: 'statement-assertion', plain: 'statement', spun: ['assertion', 'assertions'],
    note: '"statement" spun "assertion" ("the ministry\'s assertion said"). Read as "statement" everywhere: nothing is lost.',
  },
  {
    reason: 'health-fitness', plain: 'health', spun: ['health and fitness', 'wellness'],
    when: [{ after: '[ \\t]+(?:ministry|minister|officials?|authorities|department|workers?|facility|facilities|centre|center|services)\\b' }],
    note: '"health ministry" spun "health and fitness ministry".',
  },
  // ---- meetings and agreements
  {
    reason: 'meeting-assembly', plain: 'meeting', spun: ['assembly'],
    when: [{ before: '\\b(?:upcoming|approaching|forthcoming|planned|scheduled|proposed|impending)[ \\t]+' }, { after: '[ \\t]+with[ \\t]' }],
    note: '"the upcoming meeting with" spun "the approaching assembly with". A National Assembly stays.',
  },
  {
    reason: 'meet-satisfy', plain: 'meet', spun: ['satisfy', 'fulfill', 'fulfil'],
    when: [{ before: '\\bto[ \\t]+', after: '[ \\t]+(?:with[ \\t]+)?(?:(?:the|his|her|their|its)[ \\t]+)?(?:[^\\s,.;:]+[ \\t]+)?(?:leaders?|officials?|president|prime minister|ministers?|counterparts?|delegations?|envoys?|representatives|commanders|chiefs?|king|emir|chancellor)\\b' }],
    note: '"to meet Houthi leaders" spun "to satisfy Houthi leaders": only with people who hold office as its object.',
  },
  {
    reason: 'discuss-talk-about', plain: 'discuss', spun: ['talk about', 'talk over'], when: [{ before: '\\bto[ \\t]+' }],
    note: '"to discuss a prisoner swap" spun "to talk about a prisoner swap".',
  },
  {
    reason: 'due-because-of', plain: 'due', spun: ['because of', 'owing'], when: [{ before: '\\b(?:is|are|was|were)[ \\t]+', after: '[ \\t]+to[ \\t]+[a-z]' }],
    note: '"is due to leave" spun "is because of to leave": "because of to" with a verb can only be "due to".',
  },
  {
    reason: 'agreed-concurred', plain: 'agreed', spun: ['concurred'],
    note: '"agreed" spun "concurred".',
  },
  {
    reason: 'agree-concur', plain: 'agree', spun: ['concur'],
    note: '"agree on a set of steps" spun "concur on".',
  },
  {
    reason: 'swap-trade', plain: 'swap', spun: ['trade', 'trades'], when: [{ before: '\\bprisoner[-‐ \\t]+' }],
    note: '"prisoner swap" spun "prisoner trade". Not after "prisoners": "prisoners trade cigarettes" is a verb.',
  },
  {
    reason: 'ahead-of-forward-of', plain: 'ahead of', spun: ['forward of'],
    when: [{ after: '[ \\t]+(?:the|a|an|his|her|its|their|this|next|planned|upcoming|expected|scheduled|talks|elections?)\\b' }],
    note: '"ahead of the talks" spun "forward of the talks".',
  },
  {
    reason: 'near-proximity', plain: 'near', spun: ['in close proximity to', 'in shut proximity to'],
    note: '"near Saraqeb" spun "in close proximity to Saraqeb".',
  },
];
