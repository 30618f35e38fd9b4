// The titles people carry before their names ("President Erdogan", "spokesman Dmitry Peskov", "Maj. Gen. Igor
// Konashenkov"): the one list of them. Data only. Two readers use it:
//   - src/places/patterns.ts, case-sensitively and as written: a name after a title is a person's, not a place;
//   - the tagger (src/document/plugin.ts, through PERSON_TITLES in ./actors.ts), which ignores case and dots, and so
//     takes only the titles that stay titles in lower case.
// A word is written as it stands before a name: formal titles capitalised, role nouns ("spokesman", "envoy") in
// lower case, abbreviations without their dot (both readers accept "Gen" and "Gen.").

interface TitleGroup {
  reason: string;
  words: string[];
  /** a title only when capitalised: in lower case it is an ordinary word ("a major attack", "to judge", "justice
   *  was done", "Hun Sen"), so the case-blind tagger leaves it out */
  capitalisedOnly?: boolean;
}

export const TITLE_GROUPS: TitleGroup[] = [
  { reason: 'head-of-state', words: ['President', 'Vice President', 'Prime Minister', 'Premier', 'Chancellor', 'King', 'Queen', 'Prince', 'Emir', 'Sultan', 'Sheikh'] },
  { reason: 'minister', words: ['Minister', 'Foreign Minister', 'Defence Minister', 'Defense Minister', 'Interior Minister', 'Secretary', 'Secretary of State', 'Deputy'] },
  { reason: 'envoy', words: ['Ambassador', 'envoy'] },
  { reason: 'speaker', words: ['spokesman', 'spokeswoman', 'spokesperson'] },
  { reason: 'military-rank', words: ['General', 'Gen', 'Colonel', 'Col', 'Maj', 'Lt', 'Captain', 'Capt', 'Sgt', 'Commander'] },
  { reason: 'office', words: ['Governor', 'Mayor', 'Senator', 'Chairman', 'leader', 'chief'] },
  { reason: 'religious', words: ['Pope', 'Cardinal', 'Bishop', 'Ayatollah', 'Imam', 'Mullah'] },
  { reason: 'honorific', words: ['Mr', 'Mrs', 'Ms', 'Dr'] },
  // capitalised only: the lower-case word is an adjective, a verb, a noun or part of a name
  { reason: 'military-rank', capitalisedOnly: true, words: ['Major'] },
  { reason: 'judicial', capitalisedOnly: true, words: ['Judge', 'Justice'] },
  { reason: 'office-abbreviation', capitalisedOnly: true, words: ['Gov', 'Sen', 'Rep'] },
];
