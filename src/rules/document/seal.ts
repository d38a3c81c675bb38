import { defineRule } from '../../engine/types.js';
import { isDamaged, slotFiles } from '../photo/helpers.js';

/**
 * The image given as a 会计工作（经历）证明 shows no red seal (guide 三（四）6: the proof is
 * "加盖单位公章或人事部门章后拍照上传"). The pixels are searched by the image facts
 * (src/facts/image/seal.ts) on the small copy every attachment is decoded to; no model.
 * Silent when the pixels were not decoded (wrong format or size: attachment/format and
 * attachment/size speak first, and the file must be exported again anyway).
 */
export default defineRule({
  id: 'document/seal',
  severity: 'warning',
  section: 'materials',
  fillable: false,
  needs: ['images'],
  check(facts, report) {
    for (const f of slotFiles(facts, 'attachment')) {
      if (f.slot.material !== 'work-proof' || isDamaged(f.image)) continue;
      const seal = f.image?.pixels?.seal;
      if (!seal || seal.found) continue;
      report({ field: f.slot.field, file: f.name, args: { file: f.name } });
    }
  },
});
