// The parties of meetings and agreements (issue 9): a firm, a team, a court or a private person is no state party;
// states, officials, armed and political bodies, international bodies and mediators are. Tables of our own sentences:
// how the actor resolver reads a phrase, which meetings and agreements the keep rules `party:no-state-party` and
// `agreement:commitment-without-state-party` drop (with that reason), and which stand.
import { extractEvents } from '../src/pipeline/extract.js';
import { eventsOf, REF_DATE } from './helpers/extract.js';

/** The reasons the drafts of a text were dropped for, as --explain gives them. */
function dropReasons(text: string): string[] {
  const r = extractEvents({ id: 't', text, date: REF_DATE }, { explain: true });
  return (r.explain?.candidates ?? []).filter((c) => c.outcome === 'dropped').map((c) => c.reason);
}

const kinds = (text: string) => eventsOf(text).flatMap((e) => e.actors.map((a) => `${a.text}=${a.kind}`));

/** Actor phrases, mostly of meetings and agreements, and the kind each must be read as. */
const ACTOR_KINDS: [text: string, actor: string][] = [
  // a company or team marker wins over the demonym before it
  ['The Kenyan government held talks with Thai Airways on landing rights in Nairobi on Monday.', 'Thai Airways=organization'],
  ['The Polish coach met the Ukrainian defence minister in Lviv on Friday.', 'Polish coach=organization'],
  ['The French Bank of Provence signed a deal with the Senegalese finance ministry in Dakar.', 'French Bank of Provence=organization'],
  // international bodies are named actors, the marker list does not touch them
  ['OPEC oil ministers met in Vienna on Thursday to discuss output quotas.', 'OPEC oil ministers=organization'],
  ['IMF officials held talks with the Zambian government in Lusaka on Tuesday.', 'IMF officials=government'],
  ['The World Bank signed a loan agreement with Nepal on Wednesday.', 'World Bank=organization'],
  // a place or a warship whose name ends in a marker word stays what it was
  ['Houthi rebels fired missiles at an American aircraft carrier in the Red Sea on Monday.', 'American aircraft carrier=military'],
  // an armed word wins over a marker: a battalion's side is no sports side
  ['The Malian army side and the rebel side met in Algiers on Monday.', 'Malian army side=military'],
];

describe('actor kinds of meeting and agreement parties', () => {
  test.each(ACTOR_KINDS)('%s', (text, actor) => {
    expect(kinds(text)).toContain(actor);
  });
});

/** Meetings and agreements whose parties are firms, teams, courts or private people: dropped by party:no-state-party. */
const NO_STATE_PARTY: string[] = [
  'Lufthansa Group and the Portuguese Motors company held talks on a joint venture in Lisbon on Monday.',
  'The Danish shipping giant signed an agreement with a Korean shipbuilder on Tuesday.',
  'The Spanish club agreed a deal with the Dutch midfielder on Thursday.',
  'The Italian insurer met the Brazilian lender in Sao Paulo on Wednesday to discuss a merger.',
  'Shareholders of the Swiss conglomerate met in Basel on Friday.',
  'The newspaper\'s board held talks with the printers\' union in Dublin on Monday.',
  'The Australian carrier and the Japanese airline signed a code-sharing agreement in Sydney on Monday.',
  'The Star airline alliance held talks with the Indian carrier in Mumbai on Monday.',
];

/** Commitments of firms, clubs and private people: dropped by agreement:commitment-without-state-party. */
const COMMITMENT_WITHOUT_STATE_PARTY: string[] = [
  'The Swedish furniture maker will build two stores in Manila.',
  'The Norwegian bank offered to lend 300 million crowns to the shipyard.',
  'The Scottish football club has pledged to invest 40 million pounds in its training ground.',
  'The German software company will open an office in Nairobi next year.',
  // a private person named alone, in a sentence that names no state (the state named in the next one)
  'Mark Hollins has offered to fund a new library in his home town. He made his fortune in Canada.',
];

describe.each([
  ['party:no-state-party', NO_STATE_PARTY],
  ['agreement:commitment-without-state-party', COMMITMENT_WITHOUT_STATE_PARTY],
])('%s: no meeting or agreement', (rule, texts) => {
  test.each(texts)('%s', (text) => {
    expect(eventsOf(text).filter((e) => e.type === 'meeting' || e.type === 'agreement').map((e) => e.rule)).toEqual([]);
    expect(dropReasons(text).some((r) => r.startsWith(rule))).toBe(true);
  });
});

type Row = [text: string, type: string];

/** Meetings and agreements between state parties: each must stand. */
const STATE_PARTIES: Row[] = [
  ['G20 finance ministers met in Rio de Janeiro on Friday to discuss debt relief.', 'meeting'],
  ['The Arab League held an emergency summit in Cairo on Sunday on the war in Gaza.', 'meeting'],
  ['President Ruto met the Tanzanian president in Arusha on Monday.', 'meeting'],
  ['The opposition party held talks with the ruling coalition in Harare on Tuesday.', 'meeting'],
  ['Kenya and Ethiopia signed a security agreement in Nairobi on Thursday.', 'agreement'],
  ['ASEAN foreign ministers met in Jakarta on Wednesday to discuss the crisis in Myanmar.', 'meeting'],
  ['The Qatari mediator met Sudanese army officers in Jeddah on Saturday.', 'meeting'],
  // exempt: a truce and talks about peace imply conflict parties, whoever is named
  ['The two militias agreed a truce in Tripoli on Monday.', 'agreement'],
];

/** Commitments of state parties: each must stand as an agreement. */
const STATE_COMMITMENTS: Row[] = [
  ['Japan has offered to help rebuild the port of Beira.', 'agreement'],
  ['The Turkish government will support the reconstruction of the bridge in Mostar.', 'agreement'],
  ['Members of the ruling coalition agreed to postpone the budget vote until March.', 'agreement'],
  // an armed group named before the body's name: the body is that armed group
  ['The largest loyalist paramilitary group, the Eastside Defence Association, has pledged to disband by the summer.', 'agreement'],
];

describe.each([
  ['meetings and agreements between state parties', STATE_PARTIES],
  ['commitments of state parties', STATE_COMMITMENTS],
])('%s: the event stands', (_family, rows) => {
  test.each(rows)('%s', (text, type) => {
    expect(eventsOf(text).map((e) => e.type)).toContain(type);
  });
});

test('a dateline place in capitals is no participant', () => {
  const text = 'NAIROBI (Reuters) - Kenyan and Somali officials met on Tuesday to discuss border security.';
  const actors = eventsOf(text).flatMap((e) => e.actors.map((a) => a.text));
  expect(actors.some((a) => /NAIROBI/.test(a))).toBe(false);
  expect(actors.length).toBeGreaterThan(0);
});
