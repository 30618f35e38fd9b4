// Senses of meeting and agreement words that name no meeting and no new agreement: a press conference, the
// Conference Board, "meet expectations"; signing a bill into law; a ceasefire named as violated, monitored or fragile
// (an agreement made before, not one made now). Data only: src/refiners/keep/senses-talks.ts reads it. Patterns are
// regular-expression sources matched regardless of case, each with a reason id; `before` patterns are matched
// against the sentence up to the trigger (so they end in `$`), `after` patterns from the trigger's end (they start
// with `^`).
import type { CuePattern } from './modality.js';

/** A meeting trigger read with the words right around it that make it no meeting between parties. */
export const NOT_A_MEETING_BEFORE: CuePattern[] = [
  { reason: 'press-conference', pattern: '\\b(?:press|news|media|video-?link)\\s+$' },
];
/** Matched with their capitals: the names of bodies that hold no talks ("the Conference Board said"). */
export const NOT_A_MEETING_NAMES_AFTER: CuePattern[] = [
  { reason: 'conference-board', pattern: '^\\s+Board\\b' },
];
/** Matched with its capital against the sentence up to and with the trigger: a headline's "Meet the ..." */
export const NOT_A_MEETING_HEADLINE: CuePattern[] = [{ reason: 'meet-headline', pattern: '^\\s*Meet$' }];
export const NOT_A_MEETING_AFTER: CuePattern[] = [
  { reason: 'assembly-line', pattern: '^\\s+(?:[\\w\'’-]+\\s+){0,2}assembly\\s+lines?\\b' },
  { reason: 'meet-a-target', pattern: '^\\s+(?:(?:the|its|their|our|his|her|analysts\'?|market|wall\\s+street|investors\'?|consensus|growth|sales|profit|earnings|revenue|production|rising|strong|growing|high|all|these|those|such)\\s+){0,3}(?:expectations|consensus|targets?|demands?|forecasts?|estimates|deadlines?|needs|requirements|criteria|standards|goals?|quotas?|obligations|costs|challenges?)\\b' },
];

/** Right before a signing verb: "legislation signed by the governor". */
export const LAW_SIGNING_BEFORE: CuePattern[] = [
  { reason: 'bill-signed', pattern: '\\b(?:bills?|laws?|legislation|measures?|amendments?|budget|decrees?|executive\\s+orders?|statutes?|ordinances?)\\s+(?:(?:was|were|is|has been|had been|being)\\s+)?$' },
];
/** After a signing verb: a bill, a law or a measure, which is enacted, not agreed between parties. */
export const LAW_SIGNING_AFTER: CuePattern[] = [
  { reason: 'into-law', pattern: '^\\s+(?:[\\w\'’-]+\\s+){0,8}into\\s+law\\b' },
  { reason: 'a-bill', pattern: '^\\s+(?:[\\w\'’-]+\\s+){0,3}(?:bills?|laws?|legislation|measures?|amendments?|budget|decrees?|executive\\s+orders?|statutes?|ordinances?)\\b' },
];

/** In the sentence of a ceasefire or peace-plan noun: the agreement already exists and is being kept or broken. */
export const EXISTING_AGREEMENT_CUES: CuePattern[] = [
  { reason: 'violated', pattern: '\\b(?:violat\\w*|breach\\w*|broke(?:n)?|flout\\w*)\\b' },
  { reason: 'monitored', pattern: '\\b(?:monitor\\w*|overse\\w*|observ(?:er|ers|ing)|enforc\\w*|uphold\\w*|upheld)\\b' },
  { reason: 'fragile', pattern: '\\b(?:shaky|fragile|tenuous|precarious|collaps\\w*|crumbl\\w*|unravel\\w*)\\b' },
  { reason: 'which-ended', pattern: '\\b(?:which|that)\\s+ended\\b' },
];

/** In the same sentence, these make the ceasefire or peace plan one made now: an agreement verb or its coming
 *  into force. */
export const AGREEMENT_MADE_CUES: CuePattern[] = [
  { reason: 'agreement-verb', pattern: '\\b(?:agree[ds]?|agreeing|sign(?:s|ed|ing)?|reach(?:ed|es)?|broker(?:ed|s)?|struck|conclud(?:ed|es)|declar(?:ed|es)|announc(?:ed|es)|accept(?:ed|s)|negotiat(?:ed|es)|clinch(?:ed|es)|seal(?:ed|s)|mediat(?:ed|es))\\b' },
  { reason: 'into-force', pattern: '\\b(?:took|takes|came|comes|went|goes|entered|enters)\\s+(?:into\\s+)?(?:effect|force)\\b' },
];
