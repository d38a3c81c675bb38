import { DUTIES, WORK_STATUSES, canonicalOption } from '../profile/options.js';
import { isOngoing, parseDate } from '../profile/dates.js';
import type { Profile, WorkEntry } from '../profile/schema.js';
import type { DocumentTemplate, FieldKey, ResolvedStyle, Token } from './template-file.js';

/**
 * What a paragraph prints: `value` is a profile value (underlined, as if written on the form's
 * line), `blank` a line left to write on, `box` a ☑/☐ check box.
 */
export type Segment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'value'; readonly text: string }
  | { readonly kind: 'blank'; readonly width: number }
  | { readonly kind: 'box'; readonly checked: boolean };

export interface FilledParagraph {
  readonly style: ResolvedStyle;
  readonly segments: readonly Segment[];
}

/** A placeholder the profile could not fill; `day` when only the day of a `YYYY-MM` date is missing. */
export interface BlankField {
  readonly placeholder: FieldKey;
  /** YAML path in profile.yaml, e.g. `work[0].contact.phone`. */
  readonly field: string;
  readonly day?: true;
}

export interface FilledDocument {
  /** File name without extension, before sanitising; undefined parts are left out. */
  readonly fileStem: string;
  readonly title: string;
  readonly paragraphs: readonly FilledParagraph[];
  readonly blanks: readonly BlankField[];
}

/** Widths (in characters of the body size) of the line left for a missing field. */
const DEFAULT_BLANK_WIDTHS = {
  name: 6,
  id_number: 12,
  employer: 16,
  uscc: 12,
  start: 0,
  end: 0,
  status: 3,
  duties: 16,
  contact_name: 5,
  contact_phone: 8,
} as const satisfies Record<FieldKey, number>;

/** The form's own blank date, `____年__月__日` (the appendix), in characters. */
const DATE_BLANK = { year: 3, month: 2, day: 2 } as const;

type FieldValue =
  | { readonly kind: 'text'; readonly text: string }
  /** Continues the sentence rather than filling a line: 今 of 至今. */
  | { readonly kind: 'wording'; readonly text: string }
  | { readonly kind: 'date'; readonly segments: readonly Segment[]; readonly dayMissing: boolean }
  | { readonly kind: 'missing' };

interface FieldSource {
  readonly path: (index: number) => string;
  readonly read: (profile: Profile, entry: WorkEntry) => FieldValue;
}

const text = (value: string | undefined): FieldValue =>
  value === undefined || value.trim() === '' ? { kind: 'missing' } : { kind: 'text', text: value };

const FIELDS = {
  name: { path: () => 'basic.name', read: (p) => text(p.basic?.name) },
  // Printed in full: the employer must see the whole number (work-proof.md); never masked here.
  id_number: { path: () => 'basic.id_number', read: (p) => text(p.basic?.id_number) },
  employer: { path: (i) => `work[${i}].employer`, read: (_, w) => text(w.employer) },
  uscc: { path: (i) => `work[${i}].uscc`, read: (_, w) => text(w.uscc) },
  start: { path: (i) => `work[${i}].start`, read: (_, w) => date(w.start, false) },
  end: { path: (i) => `work[${i}].end`, read: (_, w) => date(w.end, true) },
  status: {
    path: (i) => `work[${i}].status`,
    read: (_, w) => text(w.status && canonicalOption(WORK_STATUSES, w.status)),
  },
  duties: {
    path: (i) => `work[${i}].duties`,
    read: (_, w) => text(canonicalDuties(w).join('、')),
  },
  contact_name: { path: (i) => `work[${i}].contact.name`, read: (_, w) => text(w.contact?.name) },
  contact_phone: {
    path: (i) => `work[${i}].contact.phone`,
    read: (_, w) => text(w.contact?.phone),
  },
} as const satisfies Record<FieldKey, FieldSource>;

/** `2009-08-01` → ` 2009 `年` 8 `月` 1 `日 (the guide's `YYYY 年 M 月 D 日`); `至今` → 今. */
function date(value: string | undefined, allowOngoing: boolean): FieldValue {
  if (value === undefined) return { kind: 'missing' };
  if (allowOngoing && isOngoing(value)) return { kind: 'wording', text: '今' };
  const d = parseDate(value);
  if (d === undefined) return { kind: 'missing' };
  const day: Segment = d.monthOnly
    ? { kind: 'blank', width: DATE_BLANK.day }
    : { kind: 'value', text: ` ${d.day} ` };
  return {
    kind: 'date',
    dayMissing: d.monthOnly,
    segments: [
      { kind: 'value', text: ` ${d.year} ` },
      { kind: 'text', text: '年' },
      { kind: 'value', text: ` ${d.month} ` },
      { kind: 'text', text: '月' },
      day,
      { kind: 'text', text: '日' },
    ],
  };
}

function blankDate(): Segment[] {
  return [
    { kind: 'blank', width: DATE_BLANK.year },
    { kind: 'text', text: '年' },
    { kind: 'blank', width: DATE_BLANK.month },
    { kind: 'text', text: '月' },
    { kind: 'blank', width: DATE_BLANK.day },
    { kind: 'text', text: '日' },
  ];
}

function canonicalDuties(entry: WorkEntry): string[] {
  const out: string[] = [];
  for (const d of entry.duties ?? []) {
    const c = canonicalOption(DUTIES, d);
    if (c !== undefined && !out.includes(c)) out.push(c);
  }
  // In the order of the nine types, as the form lists them.
  return out.sort((a, b) => DUTIES.values.indexOf(a) - DUTIES.values.indexOf(b));
}

/** Fills `template` from `profile.basic` and `profile.work[index]`. Pure. */
export function fillTemplate(
  template: DocumentTemplate,
  profile: Profile,
  index: number,
): FilledDocument {
  const entry = profile.work?.[index] ?? {};
  const blanks = new Map<string, BlankField>();
  const noteBlank = (placeholder: FieldKey, day = false): void => {
    const field = FIELDS[placeholder].path(index);
    if (!blanks.has(field)) blanks.set(field, { placeholder, field, ...(day ? { day } : {}) });
  };
  const status = entry.status && canonicalOption(WORK_STATUSES, entry.status);
  const duties = canonicalDuties(entry);

  const segmentsOf = (token: Token): Segment[] => {
    switch (token.kind) {
      case 'text':
        return [{ kind: 'text', text: token.text }];
      case 'blank':
        return [{ kind: 'blank', width: token.width }];
      case 'status':
        if (status === undefined) noteBlank('status');
        return [{ kind: 'box', checked: status === token.value }];
      case 'duty':
        if (duties.length === 0) noteBlank('duties');
        return [{ kind: 'box', checked: duties.includes(token.value) }];
      case 'field': {
        const value = FIELDS[token.field].read(profile, entry);
        if (value.kind === 'text') return [{ kind: 'value', text: ` ${value.text} ` }];
        if (value.kind === 'wording') return [{ kind: 'text', text: value.text }];
        if (value.kind === 'date') {
          if (value.dayMissing) noteBlank(token.field, true);
          return [...value.segments];
        }
        noteBlank(token.field);
        if (token.field === 'start' || token.field === 'end') return blankDate();
        const width = template.blankWidths[token.field] ?? DEFAULT_BLANK_WIDTHS[token.field];
        return [{ kind: 'blank', width }];
      }
    }
  };

  const paragraphs = template.paragraphs.map((p) => ({
    style: p.style,
    segments: p.tokens.flatMap(segmentsOf),
  }));

  // A name part the profile lacks becomes the entry's number, so files stay apart and in order.
  const fileStem = template.fileName
    .map((tk) => {
      if (tk.kind === 'text') return tk.text;
      if (tk.kind !== 'field') return '';
      const v = FIELDS[tk.field].read(profile, entry);
      return v.kind === 'text' ? v.text : `工作经历${index + 1}`;
    })
    .join('');

  return { fileStem, title: template.title, paragraphs, blanks: [...blanks.values()] };
}
