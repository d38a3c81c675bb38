import { defineRule } from '../../engine/types.js';
import type { BackgroundStats } from '../../facts/image-types.js';
import { photoPixels, slotFiles } from './helpers.js';

/**
 * Calibrated on sharp-made portraits and the three real ones in test/fixtures/portraits
 * (test/rules/photo/calibration.test.ts); the measured values are in the rule's notes.
 */
export const BACKGROUND_LIMITS = {
  /** Below this mean brightness the background is clearly not white (the spec's "about 200"). */
  darkBelow: 200,
  /** Below this it is nearly white but off (light grey). */
  offWhiteBelow: 230,
  /** A spread of the mean colour's channels above this is a clearly coloured background. */
  tintedAbove: 30,
  /** Above this, a visible cast (cream, pink, bluish). */
  castAbove: 15,
  /** Bands whose brightness differs by more than this are unevenly lit. */
  unevenAbove: 20,
  /** A background tone whose brightness varies more than this is mottled or shaded. */
  deviationAbove: 10,
  /** Under this share of the band in one tone, the edge is a scene, not a backdrop. */
  coverageBelow: 0.6,
} as const;

export type BackgroundVerdict = 'not-white' | 'tinted' | 'off-white' | 'cast' | 'uneven';

/** The one verdict on a background, worst first; undefined when it is white. */
export function judgeBackground(bg: BackgroundStats): BackgroundVerdict | undefined {
  const t = BACKGROUND_LIMITS;
  if (bg.tint > t.tintedAbove) return 'tinted';
  if (bg.brightness < t.darkBelow) return 'not-white';
  if (bg.brightness < t.offWhiteBelow) return 'off-white';
  if (bg.tint > t.castAbove) return 'cast';
  const { top, left, right } = bg.bands;
  if (
    Math.max(top, left, right) - Math.min(top, left, right) > t.unevenAbove ||
    bg.deviation > t.deviationAbove ||
    bg.coverage < t.coverageBelow
  )
    return 'uneven';
  return undefined;
}

export default defineRule({
  id: 'photo/background',
  severity: 'error',
  section: 'materials',
  fillable: false,
  needs: ['images'],
  check(facts, report) {
    for (const f of slotFiles(facts, 'photo')) {
      const bg = photoPixels(f)?.background;
      if (!bg) continue;
      const verdict = judgeBackground(bg);
      if (!verdict) continue;
      report({
        field: f.slot.field,
        file: f.name,
        messageId: verdict,
        ...(verdict === 'not-white' || verdict === 'tinted' ? {} : { severity: 'warning' }),
        args: {
          file: f.name,
          r: bg.r,
          g: bg.g,
          b: bg.b,
          brightness: bg.brightness,
          tint: bg.tint,
          top: bg.bands.top,
          left: bg.bands.left,
          right: bg.bands.right,
          dark: BACKGROUND_LIMITS.darkBelow,
          offWhite: BACKGROUND_LIMITS.offWhiteBelow,
        },
      });
    }
  },
});
