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

/** A waiver written in the profile's `waivers`: the only kind reported when it covers nothing. */
export type ProfileWaiver = WaiverSource & {
  readonly origin: { readonly kind: 'profile'; readonly index: number };
};

/**
 * How `profile/unused-waiver` reports a profile waiver that covered nothing: at its `waivers[i]`.
 * (A config waiver is organisation-wide: one that matches nothing in this folder is normal.) The
 * engine decides which waivers went unused and with what severity the finding comes.
 */
export function unusedWaiverInput(w: ProfileWaiver): FindingInput {
  return {
    field: `waivers[${w.origin.index}]`,
    args: { rule: w.rule, target: w.field ?? w.file ?? '' },
  };
}
