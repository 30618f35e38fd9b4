// Whether the start-up snapshot (dist/snapshot/, made by scripts/build-snapshot.mjs in `npm run build`) can start a
// node now: read by bin/extract.js (an extraction in one thread starts from it) and by the worker pool (pool.ts: each
// worker process starts from it). Node's own modules only: bin/extract.js loads this before anything else.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (this file is dist/src/pipeline/snapshot-blob.js). */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

interface Snapshot {
  /** the blob (node --snapshot-blob) */
  blob: string;
  /** the node flags it was built with: a node loads it only with these */
  flags: string[];
}

/** Whether every file a build output was made from is as it was then (path under the root → modification time):
 *  a later `tsc` or gazetteer build makes the output stale. Throws when a file is gone. */
export function unchanged(files: Record<string, number>): boolean {
  return Object.entries(files).every(([file, mtimeMs]) => statSync(join(ROOT, file)).mtimeMs === mtimeMs);
}

/** The snapshot, when this node can start from it: built by this very node (version, executable, arch) in this
 *  project, from the files now in dist/ and data/, and not turned off (EXTRACT_SNAPSHOT=0) nor overridden by node
 *  options (NODE_OPTIONS: a V8 flag there makes node refuse the blob). Else null: start the usual way. */
export function startupSnapshot(): Snapshot | null {
  if (process.env.EXTRACT_SNAPSHOT === '0' || process.env.NODE_OPTIONS) return null;
  try {
    const dir = join(ROOT, 'dist', 'snapshot');
    const meta = JSON.parse(readFileSync(join(dir, 'extract.json'), 'utf8'));
    if (meta.version !== process.version || meta.execPath !== process.execPath || meta.arch !== process.arch || meta.root !== ROOT) return null;
    if (!unchanged(meta.files)) return null;
    return { blob: join(dir, 'extract.blob'), flags: meta.flags ?? [] };
  } catch {
    return null;
  }
}
