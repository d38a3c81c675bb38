import {
  AlignmentType,
  Document,
  LineRuleType,
  Packer,
  PageOrientation,
  Paragraph,
  TextRun,
  type IRunOptions,
} from 'docx';
import { parseDate } from '../profile/dates.js';
import type { FilledDocument, Segment } from './fill.js';
import type { DocumentTemplate, ResolvedStyle } from './template-file.js';
import { setZipDates } from './zip-dates.js';

/** A4 portrait in twips (work-proof.md): 210 × 297 mm. */
export const A4 = { width: 11906, height: 16838 } as const;
const TWIPS_PER_CM = 1440 / 2.54;
const TWIPS_PER_PT = 20;
/** An ideographic space is one character wide in any CJK font: a blank line N characters long. */
const BLANK_CHAR = '\u3000';
/**
 * Ends every blank: LibreOffice hangs trailing spaces of a right-aligned line (承诺人（签名）：____)
 * past the margin, underline and all; a no-break space is not trailing space to it.
 */
const BLANK_END = '\u00a0';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<NonNullable<ResolvedStyle['align']>, unknown>;

export interface DocxOptions {
  /** `YYYY-MM-DD`: the document's created/modified date and the zip entries' date, for stable bytes. */
  readonly date: string;
}

/** Builds the .docx bytes of a filled template. Same input, same bytes. */
export async function renderDocx(
  filled: FilledDocument,
  template: DocumentTemplate,
  options: DocxOptions,
): Promise<Uint8Array> {
  const { latin, eastAsia, symbol } = template.fonts;
  // Every run names its fonts (not only the defaults), so that w:eastAsia="宋体" is in
  // document.xml itself: otherwise Word takes the theme's font for Chinese (work-proof.md).
  const textFont = { ascii: latin, hAnsi: latin, cs: latin, eastAsia };
  const boxFont = { ascii: symbol, hAnsi: symbol, cs: symbol, eastAsia: symbol };
  const margin = Math.round(template.marginCm * TWIPS_PER_CM);

  const run = (segment: Segment, style: ResolvedStyle): TextRun => {
    const common: IRunOptions = {
      size: Math.round(style.size_pt * 2),
      ...(style.bold ? { bold: true } : {}),
    };
    switch (segment.kind) {
      case 'text':
        return new TextRun({ ...common, font: textFont, text: xmlText(segment.text) });
      case 'value':
        return new TextRun({
          ...common,
          font: textFont,
          text: xmlText(segment.text),
          underline: {},
        });
      case 'blank':
        return new TextRun({
          ...common,
          font: textFont,
          text: BLANK_CHAR.repeat(segment.width) + BLANK_END,
          underline: {},
        });
      case 'box':
        return new TextRun({ ...common, font: boxFont, text: segment.checked ? '☑' : '☐' });
    }
  };

  const paragraphs = filled.paragraphs.map(({ style, segments }) => {
    const char = style.size_pt * TWIPS_PER_PT;
    const runs = segments.map((s, i) => {
      // A box stays on the line of its label (`☐ 离职`): the space after it does not break.
      const previous = segments[i - 1];
      return s.kind === 'text' && previous?.kind === 'box' && s.text.startsWith(' ')
        ? run({ kind: 'text', text: `\u00a0${s.text.slice(1)}` }, style)
        : run(s, style);
    });
    return new Paragraph({
      alignment: ALIGN[style.align ?? 'left'],
      spacing: {
        line: Math.round(240 * style.line_spacing),
        lineRule: LineRuleType.AUTO,
        before: Math.round((style.space_before_pt ?? 0) * TWIPS_PER_PT),
        after: Math.round((style.space_after_pt ?? 0) * TWIPS_PER_PT),
      },
      indent: {
        left: Math.round((style.indent_chars ?? 0) * char),
        right: Math.round((style.right_indent_chars ?? 0) * char),
        firstLine: Math.round((style.first_line_indent_chars ?? 0) * char),
      },
      children: runs,
    });
  });

  const title = xmlText(filled.title);
  const doc = new Document({
    creator: 'ausm-check',
    lastModifiedBy: 'ausm-check',
    title,
    styles: {
      default: {
        document: {
          run: { font: textFont, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        },
      },
    },
    // A blank at the end of a line (单位名称: ____) is underlined spaces: Word drops the
    // underline of trailing spaces unless told not to.
    compatibility: { underlineTrailingSpaces: true },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
            margin: { top: margin, right: margin, bottom: margin, left: margin },
          },
        },
        children: paragraphs,
      },
    ],
  });

  const core = coreXml(title, options.date);
  const bytes = new Uint8Array(
    await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: core }]),
  );
  const d = parseDate(options.date);
  if (d === undefined) throw new Error(`bad date ${options.date}`);
  setZipDates(bytes, d);
  return bytes;
}

/** docProps/core.xml as docx writes it, with fixed dates instead of the clock's. */
function coreXml(title: string, date: string): string {
  const when = `${date}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>ausm-check</dc:creator>` +
    '<cp:lastModifiedBy>ausm-check</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * What XML 1.0 does not allow (its `Char` production): C0 controls other than tab, newline and CR,
 * lone surrogates, U+FFFE and U+FFFF. Word refuses to open a document.xml holding one, so they
 * are left out, whatever the profile or the template holds (issue 13, item 13): none of them
 * prints as anything.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(s: string): string {
  return s.replace(NOT_XML_CHAR, '');
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
