// WikiEvents articles (../shared/eval/README.md): an attack event of ours finds a gold Conflict.Attack.* mention
// when one of its evidence spans covers the trigger's offset; precision is the share of our attack events whose
// evidence covers some gold Attack/Die/Injure trigger; a Life.Die mention is covered by an event with a killed count.
import { confidenceMeasures, confidenceTally, tickConfidence } from './confidence.js';
import type { Event } from '../schema/event.js';
import { describeEvent, evidenceCovers, f1, hasDeaths, isMeeting, isReportedAttack, rate } from './match.js';
import { countriesNamedIn, resolvePlaceCountry } from './places.js';
import type { Gazetteer } from './places.js';
import type { Diagnostic, Measure, Prediction, Scored, WikiMention, WikiRecord } from './types.js';

const isAttackMention = (m: WikiMention): boolean => m.eventType.startsWith('Conflict.Attack');
const isDieMention = (m: WikiMention): boolean => m.eventType.startsWith('Life.Die');
const isInjureMention = (m: WikiMention): boolean => m.eventType.startsWith('Life.Injure');
/** Contact.Contact.Meet, Contact.RequestCommand.Meet, ...: any KAIROS type whose last but one or last part is Meet. */
const isMeetMention = (m: WikiMention): boolean => /(^|\.)Meet(\.|$)/.test(m.eventType);

const snippet = (text: string, m: WikiMention): string => {
  const [s, e] = m.span;
  const left = text.slice(Math.max(0, s - 40), s).replace(/\s+/g, ' ');
  const right = text.slice(e, e + 40).replace(/\s+/g, ' ');
  return `${m.eventType} "${m.trigger}" @${s}: …${left}[${text.slice(s, e)}]${right}…`;
};

/** The countries of a mention's Place arguments that can be resolved (disambiguated by countries named in the article). */
function mentionCountries(g: Gazetteer, m: WikiMention, articleCountries: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const a of m.arguments) {
    // only names: "the city", "a village", "street" say nothing about the country
    if (a.role !== 'Place' || !/^\p{Lu}/u.test(a.text.trim())) continue;
    const cc = resolvePlaceCountry(g, a.text, articleCountries);
    if (cc) out.add(cc);
  }
  return out;
}

export function scoreWikiEvents(records: WikiRecord[], preds: Map<string, Prediction>, gaz: Gazetteer): Scored {
  const diagnostics: Diagnostic[] = [];
  let goldAttack = 0, foundAttack = 0, ourAttack = 0, ourAttackRight = 0;
  const bands = confidenceTally();
  let goldDie = 0, coveredDie = 0, goldInjure = 0, coveredInjure = 0, goldMeet = 0, foundMeet = 0;
  let ctryGold = 0, ctryRight = 0, ourKilled = 0, ourKilledUnsupported = 0;

  for (const r of records) {
    const p = preds.get(r.id);
    const events = p?.events ?? [];
    if (p?.error) diagnostics.push({ record: r.id, kind: 'extractor_error', gold: `${r.mentions.length} mentions`, ours: p.error });
    const attacks = events.filter(isReportedAttack);
    const covering = (pred: (e: Event) => boolean, m: WikiMention) => events.filter((e) => pred(e) && evidenceCovers(e, m.span[0]));
    const articleCountries = countriesNamedIn(gaz, r.text);

    for (const m of r.mentions) {
      if (isAttackMention(m)) {
        goldAttack++;
        const by = covering(isReportedAttack, m);
        if (by.length) {
          foundAttack++;
          const gold = mentionCountries(gaz, m, articleCountries);
          if (gold.size) {
            ctryGold++;
            if (by.some((e) => e.location?.country && gold.has(e.location.country))) ctryRight++;
            else diagnostics.push({ record: r.id, kind: 'wrong_place', gold: `${snippet(r.text, m)} country ${[...gold].join('/')}`, ours: by.map(describeEvent).join('; ') });
          }
        } else diagnostics.push({ record: r.id, kind: 'miss', gold: snippet(r.text, m), ours: 'no attack event covers it' });
      } else if (isDieMention(m)) {
        goldDie++;
        if (covering(hasDeaths, m).length) coveredDie++;
        else diagnostics.push({ record: r.id, kind: 'miss', gold: snippet(r.text, m), ours: 'no event with a killed count covers it' });
      } else if (isInjureMention(m)) {
        goldInjure++;
        if (covering((e) => !!e.wounded && e.wounded.low > 0, m).length) coveredInjure++;
      } else if (isMeetMention(m)) {
        goldMeet++;
        if (covering(isMeeting, m).length) foundMeet++;
        else diagnostics.push({ record: r.id, kind: 'miss', gold: snippet(r.text, m), ours: 'no meeting event covers it' });
      }
    }

    const supporting = r.mentions.filter((m) => isAttackMention(m) || isDieMention(m) || isInjureMention(m));
    for (const e of attacks) {
      ourAttack++;
      const right = supporting.some((m) => evidenceCovers(e, m.span[0]));
      tickConfidence(bands, e.confidence, right);
      if (right) ourAttackRight++;
      else diagnostics.push({ record: r.id, kind: 'false_positive', gold: 'no Attack/Die/Injure trigger in its evidence', ours: `${e.id} ${describeEvent(e)}: ${e.evidence.map((x) => x.text.replace(/\s+/g, ' ').trim()).join(' | ').slice(0, 200)}` });
    }
    const dies = r.mentions.filter(isDieMention);
    for (const e of events.filter(hasDeaths)) {
      ourKilled++;
      if (!dies.some((m) => evidenceCovers(e, m.span[0]))) {
        ourKilledUnsupported++;
        diagnostics.push({ record: r.id, kind: 'invented_deaths', gold: 'no Life.Die trigger in its evidence', ours: `${e.id} ${describeEvent(e)}` });
      }
    }
  }

  const n = records.length;
  const recall = rate('attack recall (gold Conflict.Attack mentions)', foundAttack, goldAttack, n, undefined, 'higher');
  const precision = rate('attack precision (our attack events on an Attack/Die/Injure trigger)', ourAttackRight, ourAttack, n, undefined, 'higher');
  const measures: Measure[] = [
    recall,
    precision,
    f1('attack F1', precision, recall, n, { op: '>=', value: 0.75 }),
    rate('Life.Die covered by a killed count (mentions)', coveredDie, goldDie, n, { op: '>=', value: 0.8 }),
    rate('Life.Injure covered by a wounded count (mentions)', coveredInjure, goldInjure, n, undefined, 'higher'),
    rate('attack country accuracy (found attack mentions with a resolvable Place)', ctryRight, ctryGold, n, { op: '>=', value: 0.9 }),
    rate('meeting recall (gold *.Meet mentions)', foundMeet, goldMeet, n, undefined, 'higher'),
    rate('killed counts without a Life.Die trigger in their evidence (our events)', ourKilledUnsupported, ourKilled, n, undefined, 'lower'),
    ...confidenceMeasures(bands, n),
  ];
  return { measures, diagnostics };
}
