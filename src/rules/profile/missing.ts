import { defineRule } from '../../engine/types.js';

/** Sub-folders named in the message; the rest are counted. */
const NAMED = 3;

export default defineRule({
  id: 'profile/missing',
  severity: 'error',
  section: 'profile',
  check(facts, report) {
    if (facts.profile.status !== 'missing') return;
    const subfolders = facts.applicantSubfolders ?? [];
    // A folder of applicant folders given to check: it is batch that was meant (issue 14 item 7).
    if (subfolders.length > 0)
      report({
        file: 'profile.yaml',
        messageId: 'batch-root',
        args: {
          count: subfolders.length,
          folders: subfolders.slice(0, NAMED).join('、'),
          dir: facts.target,
        },
      });
    else report({ file: 'profile.yaml' });
  },
});
