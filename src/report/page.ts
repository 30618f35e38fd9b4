// The report: one self-contained HTML page (inline style, inline SVG, one inline script; nothing fetched) with the
// map, the events per day, the deaths per week and the sortable table of a set of finished events.
import type { Event } from '../schema/event.js';
import { deathsSvg, timelineSvg } from './charts.js';
import { escapeHtml } from './escape.js';
import { dayOf, deathsOf, pointOf, TYPE_COLOURS, TYPE_ORDER } from './look.js';
import { mapSvg } from './map.js';
import { SORT_SCRIPT, tableHtml } from './table.js';

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:16px auto;max-width:1000px;color:#222}
h1{font-size:20px}h2{font-size:16px;margin:20px 0 6px}svg{width:100%;height:auto;display:block}
.sea{fill:#eef4f8;stroke:#bcd}.land{fill:#e6e2d8;stroke:#fff;stroke-width:.5}.pt{fill-opacity:.65;stroke:#222;stroke-width:.5}
.chart text{font-size:11px;fill:#555}.legend span{display:inline-block;margin-right:14px}.legend i{display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:4px}
#events{display:block;width:100%;font-size:13px}#events thead{display:block;position:sticky;top:0;background:#f4f4f4}#events tbody{display:block;content-visibility:auto;contain-intrinsic-size:auto 12000px}
#events tr{display:grid;grid-template-columns:7.5em 6.5em 8.5em 8em 5.5em 4.5em minmax(0,1fr) 5em;border-bottom:1px solid #ddd}
@media print{#events tbody{content-visibility:visible}}
th,td{display:block;padding:3px 6px;text-align:left;overflow-wrap:anywhere}th{cursor:pointer;white-space:nowrap;overflow-wrap:normal}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}td.n{text-align:right}.empty,.note{color:#666}`;

/** The counts the page states above the map (the tests read the same figures). */
export function reportFigures(events: readonly Event[]) {
  return {
    events: events.length,
    located: events.filter((e) => pointOf(e) !== null).length,
    dated: events.filter((e) => dayOf(e) !== null).length,
    killed: events.reduce((s, e) => s + deathsOf(e), 0),
  };
}

/** The legend of type colours, with the number of events of each type. */
function legend(events: readonly Event[]): string {
  return `<p class="legend">${TYPE_ORDER.map((t) => {
    const n = events.filter((e) => e.type === t).length;
    return `<span><i style="background:${TYPE_COLOURS[t]}"></i>${t} (${n})</span>`;
  }).join('')}</p>`;
}

/** The page for `events`; `title` names it (escaped). */
export function reportPage(events: readonly Event[], title = 'extract: events report'): string {
  const f = reportFigures(events);
  const summary = `${f.events} events, ${f.located} on the map (the others have no coordinates), ${f.dated} dated to the day, ${f.killed} killed (the higher figure of each event).`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(title)}</h1><p class="note" id="summary">${escapeHtml(summary)}</p>
${legend(events)}
<h2>Where</h2>${mapSvg(events)}
<h2>Events per day</h2>${timelineSvg(events)}
<h2>Deaths per week</h2>${deathsSvg(events)}
<h2>Events</h2><p class="note">Click a column header to sort; click again to reverse.</p>
${tableHtml(events)}
<script>${SORT_SCRIPT}</script>
</body></html>
`;
}
