// Document ids: a file's id is its base name without extension, unless two input files share it; then each of
// them is its path relative to the folder given (the path as given for a file named directly, or when two
// folders given hold the same relative path). JSONL records bring their own ids: a repeat is warned about.
import { basename, extname, relative } from 'node:path';

/** An input file and the folder it was found in (none when it was named directly). */
interface FileInput { path: string; root?: string }

const bareId = (path: string) => basename(path, extname(path)) || path;

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = m.get(k);
    if (list) list.push(t); else m.set(k, [t]);
  }
  return m;
}

/** Each file's document id, by path. Give only the files read as one document each (not JSONL files, whose
 *  records carry their own ids). */
export function fileIds(files: FileInput[]): Map<string, string> {
  const ids = new Map<string, string>();
  // a path given twice is one file, not a collision
  const named = [...new Map(files.map((f) => [f.path, f])).values()];
  for (const group of groupBy(named, (f) => bareId(f.path)).values()) {
    if (group.length === 1) { ids.set(group[0].path, bareId(group[0].path)); continue; }
    const rel = (f: FileInput) => (f.root === undefined ? f.path : relative(f.root, f.path));
    for (const same of groupBy(group, rel).values()) {
      for (const f of same) ids.set(f.path, same.length === 1 ? rel(f) : f.path);
    }
  }
  return ids;
}

/** Remembers every document id of a run; `repeat` names the source that first used an id, or undefined. */
export function idRegister(): { repeat(id: string, source: string): string | undefined } {
  const seen = new Map<string, string>();
  return {
    repeat(id, source) {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, source);
      return first;
    },
  };
}
