// Readers for checking what the csv/tsv formatters wrote (tests only): RFC 4180 for csv (the product writes it with
// csv-stringify), PostgreSQL COPY text for tsv (a tab between fields, LF after each record, \t \n \r \\ escapes).
export function parseCopyText(s: string): string[][] {
  if (!s) return [];
  if (!s.endsWith('\n') || s.includes('\r')) throw new Error('COPY text ends every record with a bare LF');
  const unescape = (f: string) => f.replace(/\\(.)/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r', '\\': '\\' })[c] ?? c);
  return s.slice(0, -1).split('\n').map((line) => line.split('\t').map(unescape));
}

export function parseDelimited(s: string, sep: string): string[][] {
  if (sep === '\t') return parseCopyText(s);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length;) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i += 2; } else if (c === '"') { quoted = false; i++; } else { field += c; i++; }
      continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === sep) { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && s[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    // a bare line break outside quotes would split a record in a spreadsheet
    if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    field += c; i++;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
