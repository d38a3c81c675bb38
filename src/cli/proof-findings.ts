// Which findings block a work proof: shared by `template` and `batch --template`.
import type { Finding } from '../engine/types.js';

/** The profile fields the proof prints (work-proof.md): a finding on any other field does not block it. */
const PRINTED_FIELD =
  /^(basic\.(name|id_number)|work\[\d+\](\.(employer|uscc|status|start|end|duties(\[\d+\])?|contact(\.(name|phone))?))?)$/;

/**
 * The findings about what the proof prints: the person's identity (name, ID number) and the
 * work entries (employer, USCC, dates, status, duties). Photos, education and the missing photo
 * of the stamped proof itself (`work[i].proof`) do not change this document, so they never block it.
 */
export function mattersForProof(f: Pick<Finding, 'rule' | 'field' | 'waived'>): boolean {
  if (f.waived !== undefined) return false;
  if (f.rule.startsWith('identity/')) return true;
  if (f.rule.startsWith('work/')) return f.field === undefined || !f.field.endsWith('.proof');
  return f.rule.startsWith('profile/') && f.field !== undefined && PRINTED_FIELD.test(f.field);
}
