// TSV as PostgreSQL COPY text format: one record per line ended by LF, fields split by a tab, no quoting; a tab, line
// feed, carriage return or backslash inside a field is written as `\t`, `\n`, `\r`, `\\`. So `cut -f`, `awk -F'\t'`
// and `COPY … FROM … (FORMAT text)` read every record as one line with the same number of fields.

const ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\\': '\\\\' };

/** One field in COPY text: the four characters that would break a line or a column, escaped. */
export function escapeTsvField(value: string): string {
  return value.replace(/[\t\n\r\\]/g, (c) => ESCAPES[c]);
}

/** One record as a COPY text line, LF included. */
export function tsvLine(fields: readonly string[]): string {
  return `${fields.map(escapeTsvField).join('\t')}\n`;
}
