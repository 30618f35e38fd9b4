// The table: one plain HTML row per event (no script builds it, so 10,000 rows load as fast as the parser reads
// them), and a small inline script that sorts by the header clicked (again: reverse). A cell's sort key is its
// `data-v` when it has one (the number of deaths), else its text. The rows come in bodies of ROWS_PER_BODY, each
// skipped by the browser while off screen (content-visibility in page.ts): with 10,000 events this halved the CPU
// the page took to load (bench:report), as one containment root per 200 rows costs less than one per row.
import type { Event } from '../schema/event.js';
import { escapeHtml, safeHref } from './escape.js';
import { deathsOf } from './look.js';

const TABLE_COLUMNS = ['date', 'type', 'subtype', 'place', 'country', 'killed', 'evidence', 'article'] as const;

/** "9", "51 or more" style text of the killed count, '' when none. */
function killedText(e: Event): string {
  if (!e.killed) return '';
  const { low, high } = e.killed;
  return high === null ? `${low}+` : high === low ? String(low) : `${low}–${high}`;
}

/** One event's row; every text escaped, the link only for an http(s) URL. */
export function tableRow(e: Event): string {
  const href = safeHref(e.meta?.url);
  const cells = [
    escapeHtml(e.date?.value ?? ''), escapeHtml(e.type), escapeHtml(e.subtype), escapeHtml(e.location?.name ?? ''),
    escapeHtml(e.location?.country ?? ''),
  ].map((c) => `<td>${c}</td>`);
  cells.push(`<td class="n" data-v="${e.killed ? deathsOf(e) : -1}">${escapeHtml(killedText(e))}</td>`);
  cells.push(`<td>${escapeHtml(e.evidence.map((x) => x.text).join(' … '))}</td>`);
  cells.push(`<td>${href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">article</a>` : ''}</td>`);
  return `<tr>${cells.join('')}</tr>`;
}

const ROWS_PER_BODY = 200;

/** Sorts tbody rows by the clicked column: numbers by data-v, text by locale order; a second click reverses. */
export const SORT_SCRIPT = `(function () {
  var table = document.getElementById('events');
  var heads = table.tHead.rows[0].cells;
  var bodies = table.tBodies;
  var key = function (row, i) { var c = row.cells[i]; return c.hasAttribute('data-v') ? Number(c.getAttribute('data-v')) : c.textContent; };
  Array.prototype.forEach.call(heads, function (th, i) {
    th.addEventListener('click', function () {
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      var rows = [];
      Array.prototype.forEach.call(bodies, function (b) { Array.prototype.forEach.call(b.rows, function (r) { rows.push({ r: r, k: key(r, i) }); }); });
      rows.sort(function (a, b) {
        var c = typeof a.k === 'number' ? a.k - b.k : String(a.k).localeCompare(String(b.k));
        return c * dir;
      });
      for (var b = 0; b < bodies.length; b++) {
        var frag = document.createDocumentFragment();
        rows.slice(b * ${ROWS_PER_BODY}, (b + 1) * ${ROWS_PER_BODY}).forEach(function (x) { frag.appendChild(x.r); });
        bodies[b].appendChild(frag);
      }
    });
  });
})();`;

/** The whole table: header (click to sort) and one row per event, ROWS_PER_BODY rows to a <tbody>. */
export function tableHtml(events: readonly Event[]): string {
  const bodies: string[] = [];
  for (let i = 0; i < events.length; i += ROWS_PER_BODY) bodies.push(`<tbody>${events.slice(i, i + ROWS_PER_BODY).map(tableRow).join('')}</tbody>`);
  const head = TABLE_COLUMNS.map((c) => `<th scope="col" title="sort by ${c}">${c}</th>`).join('');
  return `<table id="events"><thead><tr>${head}</tr></thead>${bodies.join('') || '<tbody></tbody>'}</table>`;
}
