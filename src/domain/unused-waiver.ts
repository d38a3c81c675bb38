import type { FindingInput } from '../engine/types.js';

/** A waiver as the engine applies it: from the profile's `waivers`, or the organisation's config. */
export interface WaiverSource {
  readonly rule: string;
  readonly field?: string;
  readonly file?: string;
  readonly reason: string;
  /** Where it was written: `waivers[2]` in the profile, or the config file. */
  readonly origin:
    | { readonly kind: 'profile'; readonly index: number }
    | { readonly kind: 'config'; readonly file: string };
}

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
