// The map: country outlines (world-atlas's countries-110m.json, read from node_modules when the report is built)
// projected with d3-geo's Natural Earth projection into SVG paths, and one circle per located event, sized by its
// deaths and coloured by its type. Everything is drawn here in Node: the page loads no tiles and runs no map code.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Event } from '../schema/event.js';
import { escapeHtml } from './escape.js';
import { deathsOf, pointOf, TYPE_COLOURS } from './look.js';

const MAP_WIDTH = 960;
const MAP_HEIGHT = 500;

let countries: GeoJSON.FeatureCollection | null = null;

/** The world's countries as GeoJSON, read once per process. */
function worldCountries(): GeoJSON.FeatureCollection {
  if (!countries) {
    const path = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
    const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
    countries = feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection;
  }
  return countries;
}

/** The projection: the box around the located events with a margin (at least 8 degrees each way, so one town shows
 *  its region), or the whole world when no event is located. */
function projectionFor(points: [number, number][]): GeoProjection {
  const p = geoNaturalEarth1();
  const extent: [[number, number], [number, number]] = [[10, 10], [MAP_WIDTH - 10, MAP_HEIGHT - 10]];
  if (!points.length) return p.fitExtent(extent, { type: 'Sphere' });
  const lons = points.map((q) => q[0]);
  const lats = points.map((q) => q[1]);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const padLon = Math.max(8, (e - w) * 0.1);
  const padLat = Math.max(8, (n - s) * 0.1);
  const [x0, x1] = [Math.max(-180, w - padLon), Math.min(180, e + padLon)];
  const [y0, y1] = [Math.max(-85, s - padLat), Math.min(85, n + padLat)];
  const corners: [number, number][] = [[x0, y0], [x1, y0], [x0, y1], [x1, y1], [(x0 + x1) / 2, y0], [(x0 + x1) / 2, y1]];
  return p.fitExtent(extent, { type: 'MultiPoint', coordinates: corners });
}

/** A circle's radius for `deaths`: 3 px for none, growing with the square root (area with deaths), at most 24 px. */
export function radiusFor(deaths: number): number {
  return Math.min(24, 3 + 1.5 * Math.sqrt(deaths));
}

const round = (x: number) => Math.round(x * 10) / 10;

/** The tooltip of a point: type, subtype, place, date, deaths. */
function pointTitle(e: Event, deaths: number): string {
  const place = e.location ? [e.location.name, e.location.country].filter(Boolean).join(', ') : '';
  return `${e.type} (${e.subtype}), ${place}${e.date?.value ? `, ${e.date.value}` : ''}${deaths ? `, ${deaths} killed` : ''}`;
}

/** The map as one <svg>: outlines, then the points, the largest first so that small ones stay clickable on top. */
export function mapSvg(events: readonly Event[]): string {
  const located = events.map((e) => ({ e, at: pointOf(e), deaths: deathsOf(e) })).filter((x) => x.at !== null);
  const projection = projectionFor(located.map((x) => x.at!));
  const path = geoPath(projection).digits(1);
  const outlines = worldCountries().features.map((f) => path(f)).filter(Boolean).join('');
  const sphere = path({ type: 'Sphere' }) ?? '';
  located.sort((a, b) => b.deaths - a.deaths);
  const circles = located.map(({ e, at, deaths }) => {
    const [x, y] = projection(at!) ?? [NaN, NaN];
    return `<circle class="pt" cx="${round(x)}" cy="${round(y)}" r="${round(radiusFor(deaths))}" fill="${TYPE_COLOURS[e.type]}"><title>${escapeHtml(pointTitle(e, deaths))}</title></circle>`;
  }).join('');
  return `<svg id="map" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="img" aria-label="map of ${located.length} located events">`
    + `<path class="sea" d="${sphere}"/><path class="land" d="${outlines}"/><g class="points">${circles}</g></svg>`;
}
