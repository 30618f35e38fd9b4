// Divisions by name as written: first-level ones (the gazetteer's admin1s) and districts (its admin2s), by fold key,
// by the other form of a leading cardinal word ("North Darfur" = "Northern Darfur"), and, when asked, by a close
// variant spelling ("Idleb" = "Idlib", "Hiraan" = "Hiiraan"; skeleton key and `near`, see keys.ts).
import { admin1s, admin2s, type Admin1Row, type Admin2Row } from './gazetteer.js';
import { near, skeletonKey } from '../lexicon/keys.js';
import { ADMIN_NAME_SUFFIX } from './patterns.js';
import { remembered } from '../document/remembered.js';
import { foldKeyOnce } from './remember.js';

/** The fold keys a division's name may be written with: as it is, and "North X" as "Northern X" and back. */
function divisionKeys(name: string): string[] {
  const keys = [foldKeyOnce(name)];
  const m = /^(north|south|east|west)(ern)?\s+(\S.{2,})$/i.exec(name.trim());
  if (m) keys.push(foldKeyOnce(`${m[1]}${m[2] ? '' : 'ern'} ${m[3]}`));
  return keys;
}

/** First-level divisions named `name`: exactly, else (with `variants`) by a close variant spelling. */
export function admin1sNamed(name: string, variants: boolean): readonly Admin1Row[] {
  return (variants ? admin1sOrVariants : admin1sExactly)(name);
}

const admin1sExactly = remembered((name) => admin1sRead(name, false));
const admin1sOrVariants = remembered((name) => admin1sRead(name, true));

function admin1sRead(name: string, variants: boolean): Admin1Row[] {
  const { byKey, bySkel } = admin1s();
  const exact = [...new Set(divisionKeys(name).flatMap((k) => byKey.get(k) ?? []))];
  if (exact.length || !variants) return exact;
  const k = foldKeyOnce(name);
  if (k.length < 4) return [];
  return (bySkel.get(skeletonKey(name)) ?? []).filter((a) => a.keys.some((x) => near(x.replace(ADMIN_NAME_SUFFIX, ''), k)));
}

/** Districts named `name` ("Kech", "Masisi", "Nad Ali"): exactly, else (with `variants`) by a close variant. */
export function admin2sNamed(name: string, variants: boolean): readonly Admin2Row[] {
  return (variants ? admin2sOrVariants : admin2sExactly)(name);
}

const admin2sExactly = remembered((name) => admin2sRead(name, false));
const admin2sOrVariants = remembered((name) => admin2sRead(name, true));

function admin2sRead(name: string, variants: boolean): readonly Admin2Row[] {
  const { byKey, bySkel } = admin2s();
  const k = foldKeyOnce(name);
  const exact = byKey.get(k) ?? [];
  if (exact.length || !variants || k.length < 4) return exact;
  return (bySkel.get(skeletonKey(name)) ?? []).filter((a) => a.keys.some((x) => near(x, k)));
}
