import type { DocumentKind } from '../kinds.js';

/**
 * What `--deep` read on one document image (docs/spec/documents.md). Made by
 * `src/deep/documents/engine.ts` (OCR) and `extract.ts` (the fields, pure); read by the
 * `document/*` rules. Nothing here is written to disk.
 */

/** One line of text as the OCR engine read it, in the upright image's pixels. */
export interface OcrLine {
  readonly text: string;
  /** The engine's mean character probability, 0–1. */
  readonly confidence: number;
  readonly box: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
}

/** The ☐/☑ boxes of a work proof (`ticks.ts`). */
export type TickGroup = 'status' | 'duty';

/** One box found left of a printed item, and how much of its inside is ink. */
export interface TickBox {
  readonly group: TickGroup;
  /** The item as the profile spells it (WORK_STATUSES, DUTIES). */
  readonly item: string;
  /** Dark share of the box's inner 60 % (the border left out), 0–1. */
  readonly density: number;
}

export interface Grey {
  /** One byte per pixel, row by row. */
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** A date as a document prints it: `2015 年 7 月 1 日`, `2015 年 7 月`, `二〇〇九年七月`. */
export interface PrintedDate {
  readonly year: number;
  readonly month: number;
  /** Absent when the document gives only year and month. */
  readonly day?: number;
}

/** A field found on the document, from a line read with at least `MIN_CONFIDENCE`. */
export interface ReadField<T> {
  readonly value: T;
  readonly confidence: number;
  /** The text of the line it came from (PII: never printed unmasked). */
  readonly line: string;
}

/** The 有效期限 of an ID card's 国徽面: an end date, or 长期. */
export type ValidUntil = PrintedDate | 'long-term';

export interface DocumentFields {
  /** The title: 会计工作（经历）证明, 工作证明, 承诺书, 毕业证书 … */
  readonly heading?: ReadField<string>;
  readonly name?: ReadField<string>;
  readonly idNumber?: ReadField<string>;
  /** Work proof: 于 YYYY 年 M 月 D 日 (the start of the accounting work). */
  readonly start?: ReadField<PrintedDate>;
  /** Work proof: 单位名称. */
  readonly employer?: ReadField<string>;
  /** Work proof: 统一社会信用代码. */
  readonly uscc?: ReadField<string>;
  /** Diploma / degree: the school (校名, or 在 … 学习). */
  readonly school?: ReadField<string>;
  /** Diploma: the study period's end (至 YYYY 年 M 月). */
  readonly studyEnd?: ReadField<PrintedDate>;
  /** Diploma / degree: the date the certificate was issued (the last date line). */
  readonly issued?: ReadField<PrintedDate>;
  /** Diploma / degree / certificate: 证书编号. */
  readonly number?: ReadField<string>;
  /** ID card 国徽面: 有效期限's end. */
  readonly validUntil?: ReadField<ValidUntil>;
  /** Work proof: the one ticked of 在职/退休/离职 (from the boxes' pixels, `ticks.ts`). */
  readonly status?: ReadField<string>;
  /** Work proof: the ticked duty boxes, in the template's order. */
  readonly duties?: ReadField<readonly string[]>;
}

export type UnreadableReason =
  /** No text found in any orientation. */
  | 'no-text'
  /** Text found, but too little or too unsure to compare anything. */
  | 'unsure'
  /** The image could not be decoded or the engine failed on it. */
  | 'failed';

export type DocumentReading =
  | {
      readonly status: 'read';
      /** What it was read as (from the profile, never guessed). */
      readonly kind: DocumentKind;
      /** Clockwise degrees the image was turned to read it upright. */
      readonly rotation: 0 | 90 | 180 | 270;
      readonly lines: readonly OcrLine[];
      /** Work proof: the ☐/☑ boxes found and the ink inside each (`ticks.ts`). */
      readonly ticks?: readonly TickBox[];
      readonly fields: DocumentFields;
    }
  | {
      readonly status: 'unreadable';
      readonly kind: DocumentKind;
      /** Why, as a key of the `document/unreadable` messages. */
      readonly reason: UnreadableReason;
    };
