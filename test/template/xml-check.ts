/**
 * The well-formedness errors of an XML document, as a strict parser would report them: characters
 * outside XML 1.0's `Char` production (raw or as a character reference), unknown entities, and
 * tags that do not nest. Enough for what the docx package writes; no dependency.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const bad = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
  for (const m of xml.matchAll(bad))
    problems.push(`character U+${m[0].codePointAt(0)!.toString(16).toUpperCase()} at ${m.index}`);
  for (const m of xml.matchAll(/&(#x[0-9a-fA-F]+|#\d+|\w+);?/g)) {
    const ref = m[1]!;
    if (!m[0].endsWith(';')) problems.push(`unterminated reference ${m[0]} at ${m.index}`);
    else if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const ok =
        code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      if (!ok) problems.push(`reference ${m[0]} at ${m.index}`);
    } else if (!['lt', 'gt', 'amp', 'quot', 'apos'].includes(ref))
      problems.push(`unknown entity ${m[0]} at ${m.index}`);
  }
  const open: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)[^<>]*?(\/?)>|<[?!][^>]*>/g)) {
    const [, close, name, empty] = m;
    if (name === undefined || empty === '/') continue;
    if (close === '/') {
      const top = open.pop();
      if (top !== name) problems.push(`</${name}> closes <${top ?? ''}> at ${m.index}`);
    } else open.push(name);
  }
  if (open.length > 0) problems.push(`unclosed <${open.join('>, <')}>`);
  return problems;
}
