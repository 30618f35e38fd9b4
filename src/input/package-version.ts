// The package's version, from package.json: `extract --version` says it, and a fetched URL's user agent carries it
// (url.ts). src/input and dist/src/input both lie three levels below the root.
import { readFileSync } from 'node:fs';

let version: string | undefined;

/** package.json's version, read once. */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return version;
}
