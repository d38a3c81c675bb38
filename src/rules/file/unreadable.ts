import { defineRule } from '../../engine/types.js';

/** A link that leaves the folder is not followed: the checker reads only the applicant's folder. */
export default defineRule({
  id: 'file/unreadable',
  severity: 'error',
  section: 'materials',
  fillable: false,
  check(facts, report) {
    // The folder itself cannot be listed: say so once, or the only sign is a material "missing".
    const folder = facts.folderProblem;
    if (folder?.kind === 'unreadable')
      report({
        file: './',
        messageId: `folder-${folder.reason}`,
        args: { detail: folder.detail ?? '' },
      });
    for (const f of facts.files.values())
      if (f.access.status === 'unreadable')
        report({
          file: f.name,
          messageId: f.access.reason,
          args: { file: f.name, detail: f.access.detail ?? '' },
        });
  },
});
