import { toHalfWidth } from '../../ids/normalise.js';
import type { PrintedDate } from './types.js';

/**
 * Text as compared between a document and the profile (docs/spec/documents.md): full-width forms
 * half-width, every space gone, brackets of any kind round, the middle dots of minority and
 * foreign names one dot. Pure: rules use it too.
 */
export function normaliseText(text: string): string {
  return toHalfWidth(text)
    .normalize('NFKC')
    .replace(/[\s\u00a0]/g, '')
    .replace(/[[{【〔〖［]/g, '(')
    .replace(/[\]}】〕〗］]/g, ')')
    .replace(/[·•・‧∙]/g, '·');
}

/** An ID or credit-code number as read: half-width, upper case, no spaces. */
export function normaliseCode(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0]/g, '')
    .toUpperCase();
}

const DIGIT: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  '○': 0,
  O: 0,
  o: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** `二〇〇九` → 2009 (digit by digit); `12` stays 12. */
function yearNumber(text: string): number | undefined {
  if (/^\d{4}$/.test(text)) return Number(text);
  const chars = [...text];
  if (chars.length !== 4 || chars.some((c) => DIGIT[c] === undefined)) return undefined;
  return Number(chars.map((c) => DIGIT[c]).join(''));
}

/** `七` → 7, `十二` → 12, `二十一` → 21, `三十` → 30; Arabic digits as they are. */
function smallNumber(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const m = /^([一二三]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || text === '') return undefined;
  const [, tens, ten, ones] = m;
  if (ten === '' && tens !== '') return ones === '' ? DIGIT[tens!] : undefined;
  const t = ten === '' ? 0 : tens === '' ? 1 : DIGIT[tens!]!;
  return t * 10 + (ones === '' ? 0 : DIGIT[ones!]!);
}

const YEAR = '(\\d{4}|[〇零○Oo一二三四五六七八九]{4})';
const SMALL = '(\\d{1,2}|[一二三]?十?[一二三四五六七八九]?)';

/** A printed date anywhere in `text` (after `normaliseText`), with `prefix` right before it. */
export function findDate(text: string, prefix = ''): PrintedDate | undefined {
  const re = new RegExp(`${prefix}${YEAR}年${SMALL}月(?:${SMALL}日)?`);
  const m = re.exec(text);
  if (!m) return undefined;
  return toDate(m[1]!, m[2]!, m[3]);
}

/** Every printed date in `text`, in order. */
export function findDates(text: string): PrintedDate[] {
  const re = new RegExp(`${YEAR}年${SMALL}月(?:${SMALL}日)?`, 'g');
  return [...text.matchAll(re)]
    .map((m) => toDate(m[1]!, m[2]!, m[3]))
    .filter((d): d is PrintedDate => d !== undefined);
}

/** `2016.03.05`, `2016-03-05`, `2016/3/5`: the dotted dates of an ID card. */
export function findDottedDates(text: string): PrintedDate[] {
  return [...text.matchAll(/(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})/g)]
    .map((m) => toDate(m[1]!, m[2]!, m[3]))
    .filter((d): d is PrintedDate => d !== undefined);
}

function toDate(y: string, mo: string, d: string | undefined): PrintedDate | undefined {
  const year = yearNumber(y);
  const month = smallNumber(mo);
  const day = d === undefined || d === '' ? undefined : smallNumber(d);
  if (year === undefined || month === undefined || month < 1 || month > 12) return undefined;
  if (year < 1900 || year > 2200) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  return day === undefined ? { year, month } : { year, month, day };
}

/** `2015-07-01`, or `2015-07` for a date without a day. */
export function formatPrinted(d: PrintedDate): string {
  const mm = String(d.month).padStart(2, '0');
  return d.day === undefined
    ? `${d.year}-${mm}`
    : `${d.year}-${mm}-${String(d.day).padStart(2, '0')}`;
}
