// Tests of a whole document's text, asked once per event draft: with many events in a long document, scanning the
// text for each draft made a document's keep rules quadratic (a 5 MB article took minutes). The answer is kept for
// the last document text seen (the drafts of one document are kept one after another), so each text is read once.

/** `test(text, key)`, remembered for each key of the last text it was asked about. */
export function perDocumentAndKey<K, T>(test: (text: string, key: K) => T): (text: string, key: K) => T {
  let lastText: string | null = null;
  let answers = new Map<K, T>();
  return (text, key) => {
    if (text !== lastText) { lastText = text; answers = new Map(); }
    if (answers.has(key)) return answers.get(key)!;
    const answer = test(text, key);
    answers.set(key, answer);
    return answer;
  };
}

/** `test(text)`, remembered for the last text it was asked about. */
export function perDocument<T>(test: (text: string) => T): (text: string) => T {
  const keyed = perDocumentAndKey((text: string) => test(text));
  return (text) => keyed(text, null);
}
