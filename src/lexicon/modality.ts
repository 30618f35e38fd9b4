// Words that change what a trigger means: future plans, denials, threats and wishes, things going on, and running
// totals. Data only; src/resolvers/modality.ts reads it (the verbs of reported speech are in ./attribution.ts).
// Patterns are regular-expression sources matched regardless of case, each with a reason id.

export interface CuePattern { reason: string; pattern: string }

/** The event lies in the future: status "planned". Matched in the words just before the trigger. */
export const PLANNED_CUES: CuePattern[] = [
  { reason: 'will', pattern: "\\b(?:will|shall|'ll|would)\\b(?:\\s+\\w+){0,3}\\s*$" },
  { reason: 'scheduled-to', pattern: '\\b(?:is|are|was|were)\\s+(?:\\w+\\s+)?(?:scheduled|set|due|expected|slated|planning|planned|poised|going)\\s+to\\b' },
  { reason: 'plans-to', pattern: '\\b(?:plans?|planning|intends?|intending|prepares?|preparing|prepared|ready|readying|poised)\\s+to\\s+(?:\\w+\\s+){0,3}$' },
  // "its long-planned invasion", "the long-expected offensive": planned long ago, told as under way now
  { reason: 'upcoming', pattern: '\\b(?<!long-)(?:upcoming|forthcoming|approaching|planned|proposed|scheduled|expected|future|next|impending|prospective|coming)\\s+(?:\\w+\\s+){0,2}$' },
  { reason: 'to-infinitive-after-be', pattern: '\\b(?:is|are)\\s+to\\s+$' },
];

/** Cues after the trigger that place it in the future ("talks next week", "a summit on Friday" with a future verb). */
export const PLANNED_AFTER_CUES: CuePattern[] = [
  { reason: 'next-period', pattern: '^\\s*(?:\\w+\\s+){0,4}(?:next|later this|later in the)\\s+(?:week|month|year|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)' },
];

/** Before the trigger, after the cues above: the event is being prepared for ("ahead of the talks"): "planned". */
export const AHEAD_OF_CUES: CuePattern[] = [
  { reason: 'ahead-of', pattern: '\\b(?:ahead of|in advance of|in preparation for|to prepare for)\\s+(?:the\\s+|a\\s+)?(?:\\S+\\s+){0,2}$' },
];

/** Anywhere before a noun trigger in its clause: the clause's verb is future ("will host the delegations for talks"). */
export const FUTURE_CLAUSE_CUES: CuePattern[] = [
  { reason: 'future-clause', pattern: '\\b(?:will|shall|is to|are to|is due to|are due to)\\s' },
];

/** At the start of the trigger itself: it carries its own future ("will host", "will meet"). */
export const FUTURE_TRIGGER_CUES: CuePattern[] = [{ reason: 'will', pattern: '^(?:will|would|shall)\\b' }];

/** Just before the trigger, when nothing else decided: the event goes on ("continuing clashes"): status "ongoing". */
export const ONGOING_CUES: CuePattern[] = [
  { reason: 'ongoing', pattern: '\\b(?:continu(?:ing|ed|es)|ongoing|persistent|continual)\\s+(?:\\S+\\s+){0,2}$' },
];

/** The event is denied or did not happen: status "denied". Matched in the clause before the trigger. */
export const DENIAL_CUES: CuePattern[] = [
  { reason: 'denied', pattern: '\\b(?:denied|denies|deny|denying|rejected claims|dismissed claims|refuted)\\b' },
  { reason: 'no-attack', pattern: '\\b(?:no|never)\\s+(?:\\w+\\s+){0,2}$' },
  { reason: 'did-not', pattern: "\\b(?:did not|didn't|has not|hasn't|have not|haven't|had not|was not|were not|wasn't|weren't)\\s+(?:\\w+\\s+){0,1}$" },
];

/** The trigger names something wished, threatened or called for, not an event: no event at all. */
export const NON_EVENT_CUES: CuePattern[] = [
  { reason: 'threat', pattern: '(?<![-\\w])(?:threaten(?:ed|s|ing)?|vow(?:ed|s|ing)?|warn(?:ed|s|ing)?|pledg(?:ed|es|ing)|promis(?:ed|es|ing))\\s+(?:\\w+\\s+){0,5}$' },
  { reason: 'wish', pattern: '\\b(?:aims?|aimed|hopes?|hoped|hoping|seeks?|seeking|sought|wants?|wanted|push(?:es|ed)? for|calls? for|called for|calling for|urg(?:ed|es|ing)|demand(?:ed|s|ing)?|propos(?:ed|es|ing)|offer(?:ed|s|ing)?|could|might|would like|ready)\\s+(?:\\w+\\s+){0,4}$' },
  { reason: 'to-prevent', pattern: '\\b(?:to prevent|to avoid|to stop|to deter|prevent(?:ed|s)?|against (?:a|any|future)|fear(?:s|ed)? of|risk of|possibility of|threat of|in case of)\\s+(?:\\w+\\s+){0,3}$' },
  { reason: 'purpose', pattern: '\\b(?:efforts?|bid|plans?|moves?|ways?|order) to\\s+(?!a\\b|an\\b|the\\b)[a-z]+\\s+(?:\\w+\\s+){0,2}$' },
  { reason: 'to-forge', pattern: '\\bto\\s+(?:forge|broker|reach|negotiate|secure|achieve|seal|salvage|revive|restore|discuss|conclude|finalize|finalise|sign|implement|carry out|launch|stage|mount|conduct|plan)\\s+(?:\\w+\\s+){0,2}$' },
  { reason: 'refused', pattern: '\\b(?:refus(?:ed|es|ing)|reject(?:ed|s|ing)|declin(?:ed|es|ing)|turn(?:ed|s)? down|rul(?:ed|es) out)\\b(?:\\s+\\w+){0,4}\\s*$' },
  { reason: 'topic', pattern: '\\b(?:talks|negotiations|discussions|meeting|meetings|summit|consultations|proposals?|plans?|framework|push|bid|efforts?|hopes?|calls?|demands?)\\s+(?:on|about|over|for|toward|towards|to reach|to secure)\\s+(?:\\w+[-\\s]+){0,6}$' },
  { reason: 'legal', pattern: '\\b(?:charges? of|charged with|accused of|convicted of|guilty of|trial for|on trial|sentenced for|indicted for|suspected of|arrested for|investigation into)\\s+(?:\\w+\\s+){0,3}$' },
  { reason: 'if', pattern: '\\b(?:if|unless|whether)\\b(?:\\s+\\S+){0,8}\\s*$' },
  { reason: 'condemn-generic', pattern: '\\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|criticiz(?:ed|es|ing)|criticis(?:ed|es|ing))\\s+(?:all\\s+|any\\s+)$' },
];

/** Phrases that make a count a running total over a period, not one incident. */
export const AGGREGATE_CUES: CuePattern[] = [
  { reason: 'past-period', pattern: '\\b(?:in|over|during|throughout)\\s+the\\s+(?:past|previous|last|preceding)\\s+(?:\\w+\\s+)?(?:days?|weeks?|months?|years?|decade)\\b' },
  { reason: 'since', pattern: '\\bsince\\s+(?:the\\s+)?(?:start|beginning|outbreak|january|february|march|april|may|june|july|august|september|october|november|december|\\d{4}|last)\\b' },
  { reason: 'so-far', pattern: '\\b(?:so far this|so far in|so far|this year|to date|in total|in all|altogether|overall)\\b' },
  { reason: 'whole-war', pattern: '\\b(?:since the (?:war|conflict|fighting|uprising|offensive) (?:began|started|erupted)|over the course of the (?:war|conflict))\\b' },
];
