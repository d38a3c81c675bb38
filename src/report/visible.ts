/*
 * Characters that change what a reader sees without being seen themselves: C0 and C1 controls
 * (an escape sequence repaints a terminal, a newline in a file name prints a line of its own,
 * such as a fake 可以提交), DEL, the line and paragraph separators, and the bidirectional
 * controls (an RLO makes `gpj.exe` read as `exe.jpg`).
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text from a folder, a profile or a merged report as a reader can see it: each invisible
 * character becomes its escape (`\x1b`, `\n`, `\u202e`). Every text format (pretty, Markdown,
 * JUnit, CSV, HTML) runs text from outside through this one function; JSON escapes on its own.
 */
export function visible(text: string): string {
  return text.replace(
    INVISIBLE,
    (c) =>
      NAMED[c] ??
      (c.charCodeAt(0) < 0x100
        ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
        : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}
