import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { DUTIES, WORK_STATUSES, canonicalOption } from '../profile/options.js';

/**
 * A document template (templates/work-proof.yaml): the wording and layout live in a file, not in
 * code, so that a province's variant is a new file (docs/spec/work-proof.md). The format is
 * described in the header comment of templates/work-proof.yaml.
 */
export const DEFAULT_TEMPLATE = fileURLToPath(
  new URL('../../templates/work-proof.yaml', import.meta.url),
);

/** Fields a placeholder can name; each is filled from the profile in fill.ts. */
export const FIELD_KEYS = [
  'name',
  'id_number',
  'employer',
  'uscc',
  'start',
  'end',
  'status',
  'duties',
  'contact_name',
  'contact_phone',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export type Token =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'field'; readonly field: FieldKey }
  | { readonly kind: 'status'; readonly value: string }
  | { readonly kind: 'duty'; readonly value: string }
  | { readonly kind: 'blank'; readonly width: number };

const styleSchema = z.strictObject({
  size_pt: z.number().min(5).max(72).optional(),
  bold: z.boolean().optional(),
  align: z.enum(['left', 'center', 'right', 'justify']).optional(),
  line_spacing: z.number().min(0.5).max(5).optional(),
  first_line_indent_chars: z.number().min(-10).max(20).optional(),
  indent_chars: z.number().min(0).max(40).optional(),
  right_indent_chars: z.number().min(0).max(40).optional(),
  space_before_pt: z.number().min(0).max(400).optional(),
  space_after_pt: z.number().min(0).max(400).optional(),
});
export type StyleProps = z.infer<typeof styleSchema>;

const fontName = z.string().trim().min(1).max(64);

const templateSchema = z.strictObject({
  file_name: z.string().trim().min(1).max(100),
  title: z.string().trim().min(1).max(200),
  fonts: z.strictObject({ latin: fontName, east_asia: fontName, symbol: fontName }),
  page: z.strictObject({ margin_cm: z.number().min(0.5).max(6) }),
  styles: z.record(z.string(), styleSchema).refine((s) => 'default' in s, {
    message: 'styles.default is required',
  }),
  paragraphs: z
    .array(styleSchema.extend({ style: z.string().optional(), text: z.string() }))
    .min(1)
    .max(500),
  blank_widths: z.partialRecord(z.enum(FIELD_KEYS), z.number().int().min(1).max(40)).optional(),
});

export type ResolvedStyle = Required<Pick<StyleProps, 'size_pt' | 'line_spacing'>> &
  Omit<StyleProps, 'size_pt' | 'line_spacing'>;

export interface TemplateParagraph {
  readonly style: ResolvedStyle;
  readonly tokens: readonly Token[];
}

export interface DocumentTemplate {
  readonly fileName: readonly Token[];
  readonly title: string;
  readonly fonts: { readonly latin: string; readonly eastAsia: string; readonly symbol: string };
  readonly marginCm: number;
  readonly paragraphs: readonly TemplateParagraph[];
  readonly blankWidths: Readonly<Partial<Record<FieldKey, number>>>;
}

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

export async function loadTemplate(file: string = DEFAULT_TEMPLATE): Promise<DocumentTemplate> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new TemplateError((error as NodeJS.ErrnoException).code ?? String(error));
  }
  return parseTemplate(text);
}

/** Parses and validates template text; a wrong placeholder fails here, not in a printed page. */
export function parseTemplate(text: string): DocumentTemplate {
  let raw: unknown;
  try {
    raw = parse(text, { schema: 'core', uniqueKeys: true, maxAliasCount: 0 });
  } catch (error) {
    throw new TemplateError(String((error as Error).message).split('\n')[0]);
  }
  const result = templateSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new TemplateError(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const t = result.data;
  const base = t.styles['default']!;
  const paragraphs = t.paragraphs.map((p, i): TemplateParagraph => {
    const { style: name, text: body, ...own } = p;
    const named = name === undefined ? {} : t.styles[name];
    if (named === undefined) throw new TemplateError(`paragraphs.${i}.style: no style "${name}"`);
    const style = { size_pt: 12, line_spacing: 1, ...base, ...named, ...own };
    return { style, tokens: tokenize(body, `paragraphs.${i}.text`) };
  });
  const fileName = tokenize(t.file_name, 'file_name');
  if (fileName.some((tk) => tk.kind !== 'text' && tk.kind !== 'field'))
    throw new TemplateError('file_name: only field placeholders such as {employer} are allowed');
  return {
    fileName,
    title: t.title,
    fonts: { latin: t.fonts.latin, eastAsia: t.fonts.east_asia, symbol: t.fonts.symbol },
    marginCm: t.page.margin_cm,
    paragraphs,
    blankWidths: t.blank_widths ?? {},
  };
}

/** `兹有{name} ({status:在职} 在职)` → text and placeholder tokens. */
export function tokenize(text: string, where: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{([^{}]*)\}/g)) {
    if (m.index > last) tokens.push({ kind: 'text', text: text.slice(last, m.index) });
    tokens.push(placeholder(m[1]!, where));
    last = m.index + m[0].length;
  }
  if (last < text.length) tokens.push({ kind: 'text', text: text.slice(last) });
  for (const tk of tokens)
    if (tk.kind === 'text' && /[{}]/.test(tk.text))
      throw new TemplateError(`${where}: unbalanced brace in "${text}"`);
  return tokens;
}

function placeholder(inner: string, where: string): Token {
  const colon = inner.indexOf(':');
  const key = (colon < 0 ? inner : inner.slice(0, colon)).trim();
  const arg = colon < 0 ? undefined : inner.slice(colon + 1).trim();
  const bad = (why: string): never => {
    throw new TemplateError(`${where}: {${inner}}: ${why}`);
  };
  if (arg === undefined) {
    if ((FIELD_KEYS as readonly string[]).includes(key))
      return { kind: 'field', field: key as FieldKey };
    return bad(`unknown placeholder; known: ${FIELD_KEYS.join(', ')}, status:…, duty:…, blank:N`);
  }
  switch (key) {
    case 'status': {
      const value = canonicalOption(WORK_STATUSES, arg);
      return value === undefined
        ? bad(`not one of ${WORK_STATUSES.values.join('、')}`)
        : { kind: 'status', value };
    }
    case 'duty': {
      const value = canonicalOption(DUTIES, arg);
      return value === undefined
        ? bad(`not one of the nine duty types (${DUTIES.values.join('; ')})`)
        : { kind: 'duty', value };
    }
    case 'blank': {
      const width = Number(arg);
      return Number.isInteger(width) && width >= 1 && width <= 40
        ? { kind: 'blank', width }
        : bad('the width is a whole number of characters, 1 to 40');
    }
    default:
      return bad('unknown placeholder');
  }
}
