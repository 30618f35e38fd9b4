import { detectFormat, parseGoldJsonl, parseGoldRecord } from '../src/eval/gold.js';

const plover = { id: 'p1', text: 'Rebels attacked a convoy, killing 3.', gold: { event_type: 'ASSAULT', sub_event_type: 'explosives', source_actors: [{ actorText: 'Rebels', code: 'JAP', sector: 'REB' }], target_actors: [], location: 'Kabul', fatalities: 3, injured: null } };
const wiki = { id: 'w1', text: 'A bomb exploded and killed two.', gold: { events: [{ event_type: 'Conflict.Attack.DetonateExplode', trigger: 'exploded', trigger_char_span: [7, 15], arguments: [{ role: 'Place', text: 'Kabul', char_span: [0, 5] }] }] } };
const agnews = { id: 'a1', text: 'Harbour Hawks sign a new striker.', gold: { category: 'Sports' } };
const plain = { id: 'o1', text: 'Two soldiers were killed.', date: '2024-01-02', events: [{ type: 'attack', killed: 2, location: { name: 'Kabul', country: 'AF' } }, { type: 'meeting', status: 'planned' }] };

describe('detectFormat', () => {
  test.each([
    [plover, 'plover'], [wiki, 'wikievents'], [plain, 'plain'], [agnews, 'agnews'],
    [{ id: 'x', text: 'y', gold: { category: 7 } }, null],
    [{ id: 'x', text: 'y' }, null], [[1, 2], null], ['text', null], [{ id: 'x', gold: {} }, null],
  ])('%#', (v, want) => expect(detectFormat(v)).toBe(want));
});

describe('parseGoldRecord', () => {
  test('PLOVER fields', () => {
    const r = parseGoldRecord(plover);
    expect(r.ok && r.record.format === 'plover' && r.record).toMatchObject({
      id: 'p1', eventType: 'ASSAULT', location: 'Kabul', fatalities: 3, injured: null,
      sourceActors: [{ text: 'Rebels', code: 'JAP', sector: 'REB' }],
    });
  });
  test('WikiEvents mentions with spans', () => {
    const r = parseGoldRecord(wiki);
    expect(r.ok && r.record).toMatchObject({ format: 'wikievents', mentions: [{ eventType: 'Conflict.Attack.DetonateExplode', span: [7, 15], arguments: [{ role: 'Place', text: 'Kabul', span: [0, 5] }] }] });
  });
  test('plain: a bare number is an exact count; fields kept as given', () => {
    const r = parseGoldRecord(plain);
    expect(r.ok && r.record).toMatchObject({
      format: 'plain', date: '2024-01-02',
      events: [{ type: 'attack', killed: { low: 2, high: 2 }, location: { name: 'Kabul', country: 'AF' } }, { type: 'meeting', status: 'planned' }],
    });
    const r2 = parseGoldRecord({ id: 'o2', text: 't', events: [{ type: 'attack', killed: { low: 20, high: null }, wounded: null }] });
    expect(r2.ok && r2.record.format === 'plain' && r2.record.events[0]).toEqual({ type: 'attack', killed: { low: 20, high: null }, wounded: null });
  });
  test('AG News: the category is kept, nothing else is gold', () => {
    const r = parseGoldRecord(agnews);
    expect(r.ok && r.record).toEqual({ format: 'agnews', id: 'a1', text: 'Harbour Hawks sign a new striker.', category: 'Sports' });
  });
  test.each([
    [{ ...agnews, gold: { category: 'Weather' } }, /category must be one of World, Sports, Business, Sci\/Tech/],
    [{ ...agnews, gold: { category: 'sports' } }, /category must be one of/],
    [{ id: 'a2', gold: { category: 'World' } }, /text/],
    [{ id: 'o', text: 't', events: [{ type: 'protest' }] }, /type must be one of/],
    [{ id: 'o', text: 't', events: [{ type: 'attack', killed: 'many' }] }, /killed/],
    [{ id: 'o', text: 't', events: [{ type: 'attack', killed: { low: 5, high: 2 } }] }, /high/],
    [{ id: 'o', text: 't', events: [{ type: 'attack', location: { country: 'Syria' } }] }, /alpha-2/],
    [{ text: 't', events: [] }, /id/],
    [{ id: 'o', events: [] }, /text/],
    [{ id: 'o', text: 't', date: '5 May', events: [] }, /date/],
    [{ ...wiki, gold: { events: [{ event_type: 'Life.Die', trigger_char_span: [3] }] } }, /trigger_char_span/],
  ])('rejects bad record %#', (v, msg) => {
    const r = parseGoldRecord(v);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(msg);
  });
});

describe('parseGoldJsonl', () => {
  test('reports bad lines by number and keeps the others', () => {
    const text = [JSON.stringify(plover), '', '{not json', JSON.stringify({ id: 'z', text: 'q' }), JSON.stringify(wiki), JSON.stringify(plover)].join('\n');
    const r = parseGoldJsonl(text);
    expect(r.records.map((x) => x.id)).toEqual(['p1', 'w1']);
    expect(r.errors.map((e) => e.line)).toEqual([3, 4, 6]);
    expect(r.errors[2]!.error).toMatch(/duplicate id/);
  });
});
