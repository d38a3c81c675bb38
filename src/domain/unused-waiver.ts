import type { WaiverSource } from '../engine/run.js';
import type { FindingInput } from '../engine/types.js';

/**
 * How `profile/unused-waiver` reports a waiver that covered nothing: at the profile's
 * `waivers[i]`, or naming the config file. The engine decides which waivers went unused and
 * with what severity the finding comes.
 */
export function unusedWaiverInput(w: WaiverSource): FindingInput {
  const target = w.field ?? w.file ?? '';
  return w.origin.kind === 'profile'
    ? { field: `waivers[${w.origin.index}]`, args: { rule: w.rule, target } }
    : { messageId: 'config', args: { rule: w.rule, target, config: w.origin.file } };
}
