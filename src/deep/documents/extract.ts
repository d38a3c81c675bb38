import type { DocumentKind } from '../types.js';
import { findDate, findDates, findDottedDates, normaliseText } from './normalise.js';
import { judgeTicks, type TickBox } from './ticks.js';
import type { DocumentFields, OcrLine, PrintedDate, ReadField, ValidUntil } from './types.js';

/**
 * The fields of a document from its OCR lines (docs/spec/documents.md). Pure, so that it is
 * tested on recorded engine output. A field from a line read with less than `MIN_CONFIDENCE` is
 * left out: a field not read confidently is never compared.
 */
export const MIN_CONFIDENCE = 0.8;

interface Text {
  /** normaliseText of the line (or of two neighbouring lines joined). */
  readonly text: string;
  /** Two lines joined: a field that wraps. */
  readonly joined?: true;
  readonly confidence: number;
  readonly raw: string;
}

/** The lines, and each line joined with the next: a field may wrap onto the next line. */
function texts(lines: readonly OcrLine[]): Text[] {
  const one = lines
    .filter((l) => l.confidence >= MIN_CONFIDENCE)
    .map((l) => ({ text: normaliseText(l.text), confidence: l.confidence, raw: l.text }));
  const two = one.slice(0, -1).map((t, i) => {
    const next = one[i + 1]!;
    return {
      text: t.text + next.text,
      confidence: Math.min(t.confidence, next.confidence),
      raw: `${t.raw} ${next.raw}`,
      joined: true as const,
    };
  });
  return [...one, ...two];
}

/** The first line (single lines before joined pairs) where `pick` finds a value. */
function first<T>(
  all: readonly Text[],
  pick: (text: string) => T | undefined,
): ReadField<T> | undefined {
  for (const t of all) {
    const value = pick(t.text);
    if (value !== undefined) return { value, confidence: t.confidence, line: t.raw };
  }
  return undefined;
}

function group(re: RegExp, n = 1): (text: string) => string | undefined {
  return (text) => {
    const v = re.exec(text)?.[n];
    return v === undefined || v === '' ? undefined : v;
  };
}

/** A person's name: 2–20 characters, no digits, no punctuation but a middle dot. */
function personName(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  return /^[\p{Script=Han}A-Za-z·]{2,20}$/u.test(v) ? v : undefined;
}

const ID = /(\d{17}[\dXx])(?!\d)/;
const USCC = /(?:统一社会信用代码|社会统一信用代码|社会信用代码|信用代码)[:：]?([0-9A-Za-z]{18})/;

function workProof(all: readonly Text[]): DocumentFields {
  const heads = all.slice(0, 8);
  return compact({
    heading: first(
      heads,
      group(/(会计工作\(?经历\)?证明|会计工作证明|工作经历证明|工作证明|经历证明|承诺书)/),
    ),
    name: first(all, (t) =>
      personName(/兹(?:有|证明)([^(:,]{2,20}?)(?:同志)?(?:\(|,|身份证)/.exec(t)?.[1]),
    ),
    idNumber: first(all, (t) =>
      /身份证/.test(t) || ID.test(t) ? group(ID)(t)?.toUpperCase() : undefined,
    ),
    start: first(all, (t) => findDate(t, '于')),
    employer: first(all, group(/单位名称[:：]?(.{2,60})$/)),
    uscc: first(all, (t) => group(USCC)(t)?.toUpperCase()),
  });
}

function diploma(all: readonly Text[]): DocumentFields {
  return compact({
    heading: first(
      all.slice(0, 8),
      group(/(毕业证书|学位证书|结业证书|肄业证书|学历证明书?|学位证明书?)/),
    ),
    name: first(all, (t) =>
      personName(
        /(?:学生|姓名[:：]?)([\p{Script=Han}·]{2,20}?)[,，]?(?:性别|[男女][,，])/u.exec(t)?.[1] ??
          /^([\p{Script=Han}·]{2,20}?)[,，][男女][,，]/u.exec(t)?.[1],
      ),
    ),
    studyEnd: first(all, (t) => findDate(t, '至')),
    issued: lastDateLine(all),
    school: school(all),
    number: first(all, (t) => group(/证书编号[:：]?([0-9A-Za-z]{6,})/)(t)?.toUpperCase()),
  });
}

/** The issue date: the lowest date printed alone (`二〇〇九年七月一日`), on its own line or box. */
function lastDateLine(all: readonly Text[]): ReadField<PrintedDate> | undefined {
  let found: ReadField<PrintedDate> | undefined;
  for (const t of all.filter((t) => !t.joined))
    for (const part of t.raw.split(/\s+/)) {
      const m = /^(?:发证日期|日期)?[:：]?(.{6,14}日)$/.exec(normaliseText(part));
      const dates = m ? findDates(m[1]!) : [];
      if (dates.length === 1 && dates[0]!.day !== undefined)
        found = { value: dates[0]!, confidence: t.confidence, line: t.raw };
    }
  return found;
}

const SCHOOL_END = /(?:大学|学院|学校|分校|党校|研究院|研究所|电大)$/;

/**
 * The school: after 校名 up to the next label, else a line that is a school's name and nothing
 * else. A name the engine read as several boxes (a seal or a gap across it) may have lost a
 * glyph: it is not taken.
 */
function school(all: readonly Text[]): ReadField<string> | undefined {
  const lines = all.filter((t) => !t.joined);
  for (const t of lines) {
    const m = /校名[:：]?\s*(.+?)\s*(?:校[(（]院[)）]长|校长|院长|$)/.exec(t.raw);
    if (!m) continue;
    const value = normaliseText(m[1]!);
    if (/\s/.test(m[1]!.trim()) || !SCHOOL_END.test(value)) continue;
    return { value, confidence: t.confidence, line: t.raw };
  }
  for (const t of lines)
    if (
      /^[\p{Script=Han}()]{2,30}$/u.test(t.text) &&
      SCHOOL_END.test(t.text) &&
      !/^普通高等学校$|证书/.test(t.text) // the diploma's own heading
    )
      return { value: t.text, confidence: t.confidence, line: t.raw };
  return undefined;
}

function certificate(all: readonly Text[]): DocumentFields {
  return compact({
    name: first(all, (t) => personName(/^姓名[:：]?([\p{Script=Han}·]{2,20})$/u.exec(t)?.[1])),
    number: first(all, (t) =>
      group(/(?:证书编号|管理号|档案号)[:：]?([0-9A-Za-z]{6,})/)(t)?.toUpperCase(),
    ),
  });
}

function idFront(all: readonly Text[]): DocumentFields {
  return compact({
    name: first(all, (t) => personName(/^姓名[:：]?([\p{Script=Han}·]{2,20})$/u.exec(t)?.[1])),
    idNumber: first(all, (t) => group(ID)(t)?.toUpperCase()),
  });
}

function idBack(all: readonly Text[]): DocumentFields {
  return compact({
    validUntil: first(all, (t): ValidUntil | undefined => {
      if (!t.includes('有效期')) return undefined;
      const dates = findDottedDates(t);
      if (/长期/.test(t) && dates.length >= 1) return 'long-term';
      return dates.length >= 2 ? dates[1] : undefined;
    }),
  });
}

function compact(fields: {
  [K in keyof DocumentFields]: DocumentFields[K] | undefined;
}): DocumentFields {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) as DocumentFields;
}

export function extractFields(
  kind: DocumentKind,
  lines: readonly OcrLine[],
  ticks: readonly TickBox[] = [],
): DocumentFields {
  const all = texts(lines);
  switch (kind) {
    case 'work-proof':
      return { ...workProof(all), ...judgeTicks(ticks) };
    case 'diploma':
    case 'degree':
      return diploma(all);
    case 'certificate':
      return certificate(all);
    case 'id-front':
      return idFront(all);
    case 'id-back':
      return idBack(all);
  }
}
