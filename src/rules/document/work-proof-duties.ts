import { defineRule } from '../../engine/types.js';
import { canonicalOption, DUTIES } from '../../profile/options.js';
import { workProofReadings } from './reading-helpers.js';

/**
 * The ticked duty boxes on the proof are not `work[i].duties`: names the ticked ones the profile
 * lacks and the profile's ones not ticked. Judged from the boxes' pixels
 * (src/deep/documents/ticks.ts); not compared when the boxes do not clearly split into ticked and
 * empty, or when a profile value is not one of the nine (work/duties reports that).
 */
export default defineRule({
  id: 'document/work-proof-duties',
  severity: 'warning',
  section: 'work',
  needs: ['deep'],
  fillable: false,
  check(facts, report) {
    for (const { image, entry } of workProofReadings(facts)) {
      const read = image.fields.duties;
      if (read === undefined || entry?.duties === undefined || entry.duties.length === 0) continue;
      const profile = entry.duties.map((d) => canonicalOption(DUTIES, d));
      if (profile.some((d) => d === undefined)) continue;
      const extra = read.value.filter((d) => !profile.includes(d));
      const missing = DUTIES.values.filter((d) => profile.includes(d) && !read.value.includes(d));
      if (extra.length === 0 && missing.length === 0) continue;
      const messageId =
        extra.length && missing.length ? 'both' : extra.length ? 'extra' : 'missing';
      report({
        messageId,
        field: `work[${image.index}].duties`,
        file: image.file,
        args: { file: image.file, extra: extra.join('；'), missing: missing.join('；') },
      });
    }
  },
});
