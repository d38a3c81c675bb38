import { defineRule } from '../../engine/types.js';

/**
 * One image per material (guide 一: 多张证明的需要合并到一张图片中). The exception: an education
 * entry's diploma and degree certificate, which the platform takes as two uploads.
 */
export default defineRule({
  id: 'attachment/merge',
  severity: 'error',
  section: 'materials',
  fillable: false,
  check(facts, report) {
    for (const slot of facts.materials) {
      if (slot.material === 'photo' || slot.files.length < 2) continue;
      if (slot.material === 'education-proof' && slot.files.length === 2) continue;
      report({
        field: slot.field,
        messageId: slot.material === 'education-proof' ? 'education' : 'default',
        args: {
          material: { term: 'material', key: slot.material },
          count: slot.files.length,
          files: slot.files.join('、'),
        },
      });
    }
  },
});
