import type { Finding } from '../engine/types.js';
import { findRule } from '../rules/index.js';

/**
 * A finding that an answer typed at a prompt can fix: an unwaived error on a profile field, of a
 * rule not marked `fillable: false` (those about the files, and YAML syntax errors).
 */
export function isFillable(f: Finding): boolean {
  return (
    f.severity === 'error' &&
    f.waived === undefined &&
    f.field !== undefined &&
    findRule(f.rule)?.fillable !== false
  );
}
