// Event detection per family: type, subtype and status each sentence must yield, and texts that must yield none.
import { eventsOf } from './helpers/extract.js';

type Row = [text: string, type: string, subtype: string, status: string];

const POSITIVE: Row[] = [
  ['Russian warplanes carried out airstrikes on the village of Kafr Nabl on Monday, killing four civilians.', 'attack', 'airstrike', 'occurred'],
  ['A Turkish drone attack killed nine soldiers near Saraqeb.', 'attack', 'drone_strike', 'occurred'],
  ['Government forces shelled rebel positions in the south on Tuesday.', 'attack', 'shelling', 'occurred'],
  ['A roadside bomb exploded next to an army convoy in Helmand.', 'attack', 'bombing', 'occurred'],
  ['A teenage suicide bomber blew himself up outside a bus depot, killing five commuters.', 'attack', 'suicide_bombing', 'occurred'],
  ['Heavy clashes erupted between the army and Islamic State militants near Palmyra.', 'attack', 'armed_clash', 'occurred'],
  ['Unidentified gunmen kidnapped 20 students from a school in Kaduna state.', 'attack', 'abduction', 'occurred'],
  ['Erdogan is scheduled to travel to Moscow for talks with Russian President Vladimir Putin.', 'meeting', 'visit', 'planned'],
  ['Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Tuesday.', 'meeting', 'talks', 'occurred'],
  ['Russia and Turkey agreed a cease-fire in Idlib on Thursday.', 'agreement', 'ceasefire', 'occurred'],
  ['The warring parties signed a peace deal in Juba, officials said.', 'agreement', 'peace_deal', 'occurred'],
  ['Russia and Ukraine carried out a prisoner exchange on Saturday.', 'agreement', 'prisoner_exchange', 'occurred'],
  ['The army denied carrying out the airstrike on the hospital.', 'attack', 'airstrike', 'denied'],
  ['The African Union envoy undertook a mediation mission between Ethiopia and Eritrea.', 'meeting', 'talks', 'occurred'],
  ['Ghana has offered to send 300 engineers to rebuild the bridge, a radio station said.', 'agreement', 'other', 'planned'],
  ['Navy gunboats fired six shells at fishing villages near the coast on Friday.', 'attack', 'shelling', 'occurred'],
  ['Artillery crews prepared to resume shelling the separatist-held ridge.', 'attack', 'shelling', 'planned'],
  ['Uganda shut its western border because of fighting between Congolese and Rwandans.', 'attack', 'armed_clash', 'occurred'],
  ['The UN envoy is expected to meet Houthi officials in Muscat next week.', 'meeting', 'talks', 'planned'],
  ['The foreign ministers of Armenia and Azerbaijan will meet in Almaty next week.', 'meeting', 'talks', 'planned'],
  ['Leaders of the ruling alliance agreed to delay the vote until January.', 'agreement', 'other', 'occurred'],
  ['Russia and Ukraine exchanged 140 prisoners of war in a swap brokered by the Emirates.', 'agreement', 'prisoner_exchange', 'occurred'],
  ['Chadian soldiers recaptured a desert outpost after three days of fighting, a military spokesman said on Friday.', 'attack', 'territory_regained', 'occurred'],
  ['The rebels threatened to attack the city.', 'attack', 'unspecified', 'none'],
  // a weak attack word near a word of markets or politics, with an armed side: still an attack
  ['Israeli jets launched strikes on targets in Gaza overnight.', 'attack', 'airstrike', 'occurred'],
  ['Gunmen targeting the market in Mopti opened fire on Tuesday.', 'attack', 'unspecified', 'occurred'],
  // a chemical agent names the kind of the attacks of its own clause only
  ['Government jets bombed the market in Douma; meanwhile troops used chlorine gas near the border, wounding 12 people.', 'attack', 'airstrike', 'occurred'],
  ['Government jets bombed the market in Douma; meanwhile troops used chlorine gas near the border, wounding 12 people.', 'attack', 'chemical_weapon', 'occurred'],
  ['Aircraft struck the town with sarin, killing dozens.', 'attack', 'chemical_weapon', 'occurred'],
];

const NO_AGREEMENT: string[] = [
  'The premier phoned the rebel chief on Sunday in a bid to secure a truce.',
  'Norway will not fund the new dam, the minister said.',
  'The rebels refused to agree to a truce.',
  'The foreign ministers of Armenia and Azerbaijan will meet in Almaty next week.',
];

describe('texts with no agreement', () => {
  test.each(NO_AGREEMENT)('%s', (text) => {
    expect(eventsOf(text).filter((e) => e.type === 'agreement')).toEqual([]);
  });
});

const NO_ATTACK: string[] = [
  'Thousands of protesters marched through the capital demanding the resignation of the government.',
  'Police arrested 30 demonstrators after the rally on Sunday.',
  'The United States imposed new sanctions on Iranian oil exports.',
  'The rebels threatened to attack the city if the army did not withdraw.',
  'The minister condemned the decision and called for calm.',
  'The striker scored twice as the home side beat their rivals 3-1.',
  'Lawmakers killed the bill in committee on Tuesday.',
  'The company plans to cut 2,000 jobs next year.',
  'Abductions and shootings are common in the border towns.',
  'Insurgents have been turning old artillery shells into roadside bombs.',
  'Defence chiefs met to discuss limits on cruise missiles in Asia.',
  'The defendant stands trial for murder and kidnapping this week.',
  'The old regime ran torture camps in the capital.',
  'The army bought new attack helicopters last year.',
  'Ecuador gave refuge to four ministers who had fled since last year\'s invasion, its foreign office said.',
  // a weak attack word ("launched") beside an everyday one, each near a word of markets, computers or politics
  'A software maker launched a new phone and struck back at critics of its battery life.',
  'The carmaker launched a takeover bid and attacked the rival plan.',
];

describe('event detection', () => {
  test.each(POSITIVE)('%s', (text, type, subtype, status) => {
    const ev = eventsOf(text);
    if (status === 'none') expect(ev.filter((e) => e.type === type)).toEqual([]);
    else expect(ev.map((e) => `${e.type}/${e.subtype}/${e.status}`)).toContain(`${type}/${subtype}/${status}`);
  });
});

describe('texts with no attack', () => {
  test.each(NO_ATTACK)('%s', (text) => {
    expect(eventsOf(text).filter((e) => e.type === 'attack' || e.type === 'casualties')).toEqual([]);
  });
});
