// Text cut to fit a table cell or a line, for the formats a person reads (table, --explain).

/** Whitespace collapsed, cut to `n` characters with an ellipsis. */
export function shorten(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= n ? flat : `${flat.slice(0, Math.max(0, n - 1))}…`;
}
