import type { DeepFacts } from '../deep/types.js';
import type { MaterialKind } from '../platform/materials.js';
import type { Profile } from '../profile/schema.js';
import type { TextFlaw } from '../profile/text.js';
import type { ImageFacts } from './image-types.js';

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A problem found while reading profile.yaml, before any rule runs. */
export type ProfileProblem =
  | {
      readonly kind: 'parse';
      /** empty | too-large | encoding | syntax | duplicate-key | alias | not-a-map | read */
      readonly messageId: string;
      readonly detail?: string;
      readonly position?: Position;
      /** The bad line, `‸` at the column (syntax and duplicate-key). */
      readonly excerpt?: string;
    }
  | { readonly kind: 'unknown-key'; readonly path: string; readonly suggestion?: string }
  | {
      readonly kind: 'invalid-value';
      /** type | not-allowed | quote-number | too-small | too-big */
      readonly messageId: string;
      readonly path: string;
      readonly args: Readonly<Record<string, string | number>>;
    }
  | { readonly kind: 'invalid-date'; readonly path: string; readonly value: string }
  | {
      /** A control, invisible or noncharacter, a lone surrogate, or a value over its length limit. */
      readonly kind: 'invalid-text';
      readonly path: string;
      readonly flaw: TextFlaw;
      /** The value as a finding may quote it (see `showText`). */
      readonly shown: string;
      /** Where the bad character is in profile.yaml (or where the value starts). */
      readonly position?: Position;
    };

/** A value the loader rewrote to its canonical spelling (`本科` → `大学本科`). */
export interface Normalisation {
  readonly path: string;
  readonly from: string;
  readonly to: string;
}

export type ProfileFacts =
  | { readonly status: 'missing' }
  | {
      readonly status: 'unusable';
      readonly file: string;
      readonly problems: readonly ProfileProblem[];
    }
  | {
      readonly status: 'ok';
      readonly file: string;
      /** The profile with every invalid value removed: rules see only values that passed the schema. */
      readonly data: Profile;
      readonly problems: readonly ProfileProblem[];
      /** Paths whose value was present but invalid (removed from `data`). */
      readonly invalidPaths: ReadonlySet<string>;
      readonly normalisations: readonly Normalisation[];
      /** Position of a field, or of its nearest present parent. */
      readonly locate: (path: string) => Position | undefined;
    };

export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

/** One entry of the applicant folder (not deeper). */
export interface FolderEntry {
  readonly name: string;
  readonly kind: EntryKind;
}

export type FileAccess =
  | { readonly status: 'ok'; readonly size: number }
  | { readonly status: 'missing' }
  | {
      readonly status: 'unreadable';
      readonly reason:
        'directory' | 'permission' | 'broken-link' | 'outside-link' | 'special' | 'io';
      readonly detail?: string;
    };

/** Why the listing of the applicant folder is not the whole folder. */
export type FolderProblem =
  /** The folder cannot be listed (EACCES on opendir …): nothing is found by name. */
  | {
      readonly kind: 'unreadable';
      readonly reason: 'permission' | 'io';
      readonly detail?: string;
    }
  /** More than `max` entries (`count` counted, at least): only the first `max` names, sorted, were looked at. */
  | { readonly kind: 'too-large'; readonly count: number; readonly max: number };

/** Facts about one file a material uses. */
export interface FileFacts {
  /** Name relative to the applicant folder, as the profile or the folder gives it. */
  readonly name: string;
  readonly access: FileAccess;
  /** Image facts (issue: image checks); absent when not gathered or the file is not readable. */
  readonly image?: ImageFacts;
}

export type MaterialNeed = 'required' | 'recommended' | 'optional' | 'not-needed';

/** One material slot (a photo, one work entry's proof …) and the files that fill it. */
export interface MaterialSlot {
  readonly material: MaterialKind;
  /** The profile field that names it, e.g. `work[0].proof`. */
  readonly field: string;
  readonly need: MaterialNeed;
  /** Why it is needed: a message id of `material/missing` (`scope-1-work`, `not-working` …). */
  readonly reason: string;
  /** Files named in the profile for it. */
  readonly named: readonly string[];
  /** Files found by name when the profile names none (several = ambiguous). */
  readonly found: readonly string[];
  /** The files the checks look at: `named`, or the single `found` one. */
  readonly files: readonly string[];
  /** A work proof's `.docx` from `template` found in the folder: printed and stamped yet? */
  readonly printed?: string;
}

export interface Facts {
  /** The applicant folder as given on the command line. */
  readonly target: string;
  /** The date rules compare against (`--today`), YYYY-MM-DD. */
  readonly today: string;
  readonly profile: ProfileFacts;
  readonly folder: readonly FolderEntry[];
  /** Folder listing was cut short (a folder of many thousand files). */
  readonly folderTruncated: boolean;
  /** Why the folder listing is incomplete (absent when it is whole). */
  readonly folderProblem?: FolderProblem;
  readonly materials: readonly MaterialSlot[];
  /** Every file some material uses, by name. */
  readonly files: ReadonlyMap<string, FileFacts>;
  /** What `--deep` read in the images; absent when it did not run. */
  readonly deep?: DeepFacts;
}
