// The regular expressions of the start-up snapshot, moved back to V8's normal course at run time. The snapshot is
// built with V8 running patterns on bytecode only (its serializer cannot write machine code:
// scripts/build-snapshot.mjs), and a pattern the build ran (compromise's tagger, our rules: the made-up article runs them all) keeps that state in
// the snapshot: at run time V8 never compiles it to machine code (node 20; measured: a word pattern ran 4× slower from
// the snapshot than the same pattern made at run time; a CPU profile of a wire run showed V8's pattern interpreter at
// 6% of all instructions). A pattern recompiled at run time (RegExp.prototype.compile with its own source and flags:
// the same pattern, the same object) starts afresh: bytecode for its first run, machine code after.
import { Session } from 'node:inspector';

/** Every RegExp in the heap now, found through the inspector (Runtime.queryObjects on RegExp.prototype). */
export function regExpsInHeap(): RegExp[] {
  const session = new Session();
  session.connect();
  // an in-process session answers at once, inside post
  const post = <T>(method: string, params: object): T => {
    let answer: { error: Error | null; result?: T } = { error: new Error(`inspector: ${method} gave no answer`) };
    session.post(method, params, (error, result) => { answer = { error, result: result as T }; });
    if (answer.error) throw answer.error;
    return answer.result as T;
  };
  const key = Symbol.for('extract.regExpsInHeap');
  let found: unknown[] = [];
  try {
    const prototype = post<{ result: { objectId: string } }>('Runtime.evaluate', { expression: 'RegExp.prototype' });
    const all = post<{ objects: { objectId: string } }>('Runtime.queryObjects', { prototypeObjectId: prototype.result.objectId });
    (globalThis as Record<symbol, unknown>)[key] = (list: unknown[]) => { found = list; };
    // the array of them is handed over through a global function called on it
    const handOver = 'function () { globalThis[Symbol.for("extract.regExpsInHeap")](this); }';
    post('Runtime.callFunctionOn', { objectId: all.objects.objectId, functionDeclaration: handOver });
  } finally {
    delete (globalThis as Record<symbol, unknown>)[key];
    session.disconnect();
  }
  return found.filter((re): re is RegExp => re instanceof RegExp);
}

/** Recompiles each pattern not in use (a global or sticky one between two runs keeps its lastIndex: left as it is). */
export function recompile(patterns: RegExp[]): void {
  for (const re of patterns) {
    if (re.lastIndex !== 0) continue;
    try {
      re.compile(re.source, re.flags);
    } catch {
      // a pattern whose lastIndex cannot be written (frozen) stays as it is
    }
  }
}
