// Hand-built events for formatter tests: valid by the schema (checked here), so a formatter is tested on what the
// extractor may emit, whatever it emits today.
import { EventSchema, type Event } from '../../src/schema/event.js';

type Overrides = Partial<Omit<Event, 'type' | 'subtype'>> & { type?: Event['type']; subtype?: string };

export function makeEvent(o: Overrides = {}): Event {
  const e = {
    id: 'doc-1:1', doc: 'doc-1', type: 'attack', subtype: 'drone_strike', status: 'occurred', aggregate: false,
    date: { text: 'Wednesday', value: '2020-03-04', precision: 'day' },
    location: { text: 'near Saraqeb', name: 'Saraqib', admin2: 'Idlib', admin1: 'Idlib', country: 'SY', lat: 35.86, lon: 36.8, precision: 'town' },
    actors: [
      { text: 'Turkish drone attacks', name: 'Turkish military', country: 'TR', kind: 'military', role: 'attacker' },
      { text: 'Syrian soldiers', name: 'Syrian military', country: 'SY', kind: 'military', role: 'target' },
    ],
    killed: { low: 9, high: 9, text: 'nine' },
    wounded: null,
    attribution: { source: 'Syrian Observatory for Human Rights', text: 'said' },
    codes: { acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' }, cameo: '195', plover: 'FIGHT' },
    confidence: 0.8,
    evidence: [{ start: 0, end: 52, text: 'Turkish drone attacks killed nine Syrian soldiers.' }],
    rule: 'test:hand-built',
    ...o,
  };
  const r = EventSchema.safeParse(e);
  if (!r.success) throw new Error(`test event is not valid: ${r.error.message}`);
  return r.data;
}

/** One of each type, with the awkward values a formatter must survive. */
export function sampleEvents(): Event[] {
  return [
    makeEvent(),
    makeEvent({
      id: 'doc-1:2', type: 'casualties', subtype: 'report', aggregate: true, date: null, location: null,
      actors: [], killed: { low: 51, high: null, text: 'more than 50' }, wounded: { low: 3, high: 5, text: 'three to five' },
      attribution: null, codes: { acled: null, cameo: null, plover: null }, confidence: 0.4,
      evidence: [{ start: 60, end: 120, text: 'He said, "more than 50\ntroops" died, in the past month.' }],
    }),
    makeEvent({
      id: 'doc-2:1', doc: 'doc-2', type: 'meeting', subtype: 'visit', status: 'planned', killed: null,
      location: { text: 'Moscow', name: 'Moscow', admin2: null, admin1: null, country: 'RU', lat: 55.75, lon: 37.62, precision: 'town' },
      actors: [
        { text: 'Erdogan', name: 'Recep Tayyip Erdogan', country: 'TR', kind: 'person', role: 'participant' },
        { text: 'Putin', name: 'Vladimir Putin', country: 'RU', kind: 'person', role: 'participant' },
        { text: 'the UN', name: 'United Nations', country: null, kind: 'organization', role: 'mediator' },
      ],
      codes: { acled: null, cameo: '036', plover: 'CONSULT' },
      evidence: [{ start: 0, end: 30, text: 'Erdogan\tleaves for Moscow.' }, { start: 40, end: 60, text: 'Talks with Putin.' }],
    }),
    makeEvent({
      id: 'doc-2:2', doc: 'doc-2', type: 'agreement', subtype: 'ceasefire', killed: null, date: { text: '2018', value: '2018', precision: 'year' },
      actors: [], codes: { acled: { event_type: 'Strategic developments', sub_event_type: 'Agreement' }, cameo: '0871', plover: 'AGREE' },
    }),
  ];
}
