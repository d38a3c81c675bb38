/**
 * The line of `text` at `line` (1-based) with a caret under `column`, as the yaml library's
 * prettyErrors shows it: for a usage error, which may take two lines. Long lines are cut around
 * the column so the caret stays in view.
 */
export function caretExcerpt(text: string, line: number, column: number, width = 72): string {
  const { shown, caret } = cut(text, line, column, width);
  if (shown === undefined) return '';
  return `  ${shown}\n  ${' '.repeat(caret)}^`;
}

/** The same line on one line, `‸` marking the column: for a finding, whose message is one line. */
export function inlineExcerpt(text: string, line: number, column: number, width = 60): string {
  const { shown, caret } = cut(text, line, column, width);
  if (shown === undefined) return '';
  return `${shown.slice(0, caret)}‸${shown.slice(caret)}`.trim();
}

function cut(
  text: string,
  line: number,
  column: number,
  width: number,
): { shown: string | undefined; caret: number } {
  const raw = text.split(/\r?\n/)[line - 1];
  if (raw === undefined) return { shown: undefined, caret: 0 };
  const at = Math.max(0, Math.min(column - 1, raw.length));
  const start = Math.max(0, Math.min(at - Math.floor(width / 2), raw.length - width));
  const shown = raw.slice(start, start + width);
  return { shown: shown.replace(/\t/g, ' '), caret: at - start };
}
