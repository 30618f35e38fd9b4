// Merging across sentences: one real-world event per event, counts on the attack they belong to,
// running totals apart from incidents — and distinct events kept distinct.
import { eventsOf } from './helpers/extract.js';

describe('merge refiner', () => {
  test('a rising toll updates the attack it belongs to', () => {
    const ev = eventsOf('A suicide car bomber struck a checkpoint on Saturday, killing at least 12 soldiers. '
      + 'Al-Shabaab claimed responsibility for the assault. The death toll later rose to 15, hospital officials said.');
    const attacks = ev.filter((e) => e.type === 'attack' || e.type === 'casualties');
    expect(attacks).toHaveLength(1);
    expect(attacks[0].killed).toMatchObject({ low: 15, high: 15 });
    expect(attacks[0].actors).toContainEqual(expect.objectContaining({ role: 'attacker', name: 'al-Shabaab' }));
    expect(attacks[0].evidence).toHaveLength(3);
  });

  test('"the latest attack ... also wounded" joins the attack told before', () => {
    const ev = eventsOf('Two soldiers were killed on Wednesday in a rebel assault on an army post. '
      + 'The army said the latest attack on its troops also wounded six soldiers.');
    const attacks = ev.filter((e) => e.type === 'attack');
    expect(attacks).toHaveLength(1);
    expect(attacks[0].killed).toMatchObject({ low: 2 });
    expect(attacks[0].wounded).toMatchObject({ low: 6 });
  });

  test('the same strike reported twice is one event', () => {
    const ev = eventsOf('A monitor said nine soldiers were killed in Turkish drone attacks. '
      + 'The Observatory said Turkish drone strikes near the town killed nine soldiers.');
    expect(ev.filter((e) => e.type === 'attack')).toHaveLength(1);
  });

  test('a running total stays apart from the incident inside it', () => {
    const ev = eventsOf('Clashes have killed more than 50 soldiers in the past month, including 33 soldiers killed Thursday in a single airstrike.');
    const total = ev.find((e) => e.aggregate);
    const strike = ev.find((e) => e.subtype === 'airstrike');
    expect(total).toMatchObject({ type: 'casualties', killed: { low: 51, high: null } });
    expect(strike).toMatchObject({ aggregate: false, killed: { low: 33, high: 33 } });
  });

  test('two sides attacking each other are two events', () => {
    const ev = eventsOf('Turkish drone strikes killed nine Syrian soldiers. Syrian shelling killed two Turkish soldiers.');
    expect(ev.filter((e) => e.type === 'attack')).toHaveLength(2);
  });

  test('a toll of one does not merge two unrelated killings', () => {
    const ev = eventsOf('A lawyer died when a parcel bomb exploded at his office. Gunmen killed a policeman in another province.');
    expect(ev.filter((e) => e.type === 'attack' && e.killed)).toHaveLength(2);
  });
});
