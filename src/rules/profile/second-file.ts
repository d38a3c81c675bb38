import { defineRule } from '../../engine/types.js';

/** The other spelling of the profile's name (facts/profile.ts reads profile.yaml first). */
const OTHER: Readonly<Record<string, string>> = {
  'profile.yaml': 'profile.yml',
  'profile.yml': 'profile.yaml',
};

/**
 * Both profile.yaml and profile.yml in the folder: only the first is read, and the other may be
 * the one the applicant edited (issue 14 item 7). Silent without a profile.
 */
export default defineRule({
  id: 'profile/second-file',
  severity: 'warning',
  section: 'profile',
  fillable: false,
  check(facts, report) {
    if (facts.profile.status === 'missing') return;
    const used = facts.profile.file;
    const other = OTHER[used];
    if (other === undefined || !facts.folder.some((e) => e.name === other)) return;
    report({ file: other, args: { used, other } });
  },
});
