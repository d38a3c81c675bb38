import { DUTIES, WORK_STATUSES } from '../../profile/options.js';
import { normaliseText } from './normalise.js';
import type { Grey, OcrLine, ReadField, TickBox, TickGroup } from './types.js';

/**
 * The ☐/☑ boxes of a work proof (在职/退休/离职 in the paragraph, the nine duty lines), judged
 * from the pixels: the engine reads ☐ as `口` and drops ☑, so the text cannot say which is ticked
 * (docs/benchmark.md, "Ticks"). Pure: `measureTicks` works on a grey buffer of the upright page
 * the engine read, `judgeTicks` on the measured densities (recorded for the tests).
 */

export type { Grey, TickBox, TickGroup } from './types.js';

/** Printed width of a character in ems: half-width for ASCII, full for the rest. */
const ems = (s: string) => [...s].reduce((n, c) => n + (c.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);

/** Dark share of the inside above which a square is not a box (ticks fill 0.2–0.4). */
const MAX_INSIDE = 0.55;

/** Where to look for an item's box: around the x where the box is expected, on the line's band. */
interface Spot {
  readonly group: TickGroup;
  readonly item: string;
  /** Expected left edge of the box, and one em, in pixels. */
  readonly x: number;
  readonly em: number;
  readonly y: number;
  readonly height: number;
}

const key = (s: string) => normaliseText(s).replace(/^口/, '');

/** The spots of the items found on confident lines: nothing for an item not found once. */
export function tickSpots(lines: readonly OcrLine[]): Spot[] {
  const spots: Spot[] = [];
  const usable = lines.filter((l) => l.confidence >= 0.8 && l.box.width > 0 && l.text.length > 0);
  // One em for the page: the median over long lines (a two-character line's box may hold a ☑
  // the text dropped, and says little).
  const widths = usable
    .filter((l) => ems(l.text) >= 8)
    .map((l) => l.box.width / ems(l.text))
    .sort((a, b) => a - b);
  if (widths.length === 0) return [];
  const em = widths[Math.floor(widths.length / 2)]!;
  // Duty lines: the line is the item (with `口` in front when the engine saw an empty box).
  for (const duty of DUTIES.values) {
    const found = usable.filter((l) => key(l.text) === normaliseText(duty));
    if (found.length !== 1) continue;
    const l = found[0]!;
    const boxed = normaliseText(l.text).startsWith('口');
    spots.push({
      group: 'duty',
      item: duty,
      x: boxed ? l.box.x : l.box.x - 1.1 * em,
      em,
      y: l.box.y,
      height: l.box.height,
    });
  }
  // Status: inside the paragraph; the box is just left of the item's first character, measured
  // from the nearer end of the line.
  for (const status of WORK_STATUSES.values) {
    const found = usable.filter((l) => l.text.split(status).length === 2);
    if (found.length !== 1) continue;
    const l = found[0]!;
    const [before, after] = l.text.split(status) as [string, string];
    const start =
      ems(before) <= ems(after) + ems(status)
        ? l.box.x + ems(before) * em
        : l.box.x + l.box.width - (ems(after) + ems(status)) * em;
    const boxed = /口$/.test(before);
    spots.push({
      group: 'status',
      item: status,
      x: boxed ? start - em : start - 1.1 * em,
      em,
      y: l.box.y,
      height: l.box.height,
    });
  }
  return spots;
}

/** The page's paper brightness around a spot: a high percentile, so that ink does not count. */
function paper(grey: Grey, x0: number, y0: number, x1: number, y1: number): number {
  const hist = new Uint32Array(256);
  let n = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      hist[grey.data[y * grey.width + x]!]!++;
      n++;
    }
  let seen = 0;
  for (let v = 255; v >= 0; v--) {
    seen += hist[v]!;
    if (seen >= n * 0.2) return v;
  }
  return 255;
}

/**
 * Finds the box near a spot (the square whose outline is darkest, with paper around it) and
 * measures its inside; undefined when no square outline stands out.
 */
export function measureBox(grey: Grey, spot: Spot): number | undefined {
  const { em } = spot;
  const x0 = Math.max(0, Math.round(spot.x - 1.2 * em));
  const x1 = Math.min(grey.width, Math.round(spot.x + 2.2 * em));
  const y0 = Math.max(0, Math.round(spot.y - 0.15 * em));
  const y1 = Math.min(grey.height, Math.round(spot.y + spot.height + 0.15 * em));
  const w = x1 - x0;
  const h = y1 - y0;
  if (w < 8 || h < 8) return undefined;
  const white = paper(grey, x0, y0, x1, y1);
  const cut = white * 0.72;
  // dark: the ink itself; thick: dark widened by one pixel (an outline one pixel off still counts).
  const dark = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      dark[y * w + x] = grey.data[(y0 + y) * grey.width + x0 + x]! < cut ? 1 : 0;
  const thick = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let v = 0;
      for (let dy = -1; dy <= 1 && !v; dy++)
        for (let dx = -1; dx <= 1 && !v; dx++) {
          const yy = y + dy;
          const xx = x + dx;
          if (yy >= 0 && yy < h && xx >= 0 && xx < w && dark[yy * w + xx]) v = 1;
        }
      thick[y * w + x] = v;
    }
  // Sums of `dark` over rectangles, for the inside of each candidate square.
  const sum = new Uint32Array((w + 1) * (h + 1));
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      sum[(y + 1) * (w + 1) + x + 1] =
        dark[y * w + x]! +
        sum[y * (w + 1) + x + 1]! +
        sum[(y + 1) * (w + 1) + x]! -
        sum[y * (w + 1) + x]!;
  const inked = (xa: number, ya: number, xb: number, yb: number) =>
    sum[yb * (w + 1) + xb]! -
    sum[ya * (w + 1) + xb]! -
    sum[yb * (w + 1) + xa]! +
    sum[ya * (w + 1) + xa]!;
  const inner = (x: number, y: number, s: number) => {
    const m = Math.round(s * 0.2);
    const side = s - 2 * m + 1;
    return side <= 0 ? 1 : inked(x + m, y + m, x + s - m + 1, y + s - m + 1) / (side * side);
  };
  const at = (a: Uint8Array, x: number, y: number) =>
    x >= 0 && x < w && y >= 0 && y < h ? a[y * w + x]! : 0;
  let best: { score: number; x: number; y: number; s: number } | undefined;
  const sMin = Math.max(5, Math.round(0.5 * em));
  const sMax = Math.max(sMin, Math.round(1.05 * em));
  for (let s = sMin; s <= sMax; s++)
    for (let y = 0; y + s < h; y++)
      for (let x = 0; x + s < w; x++) {
        let edge = 0;
        let ring = 0;
        for (let i = 0; i <= s; i++) {
          edge += at(thick, x + i, y) + at(thick, x + i, y + s);
          edge += at(thick, x, y + i) + at(thick, x + s, y + i);
          ring += at(dark, x + i, y - 3) + at(dark, x + i, y + s + 3);
          ring += at(dark, x - 3, y + i) + at(dark, x + s + 3, y + i);
        }
        const score = (edge - ring) / (4 * (s + 1));
        // A tick fills well under half of the inside; a square this full is inside a character.
        if (best !== undefined && score <= best.score) continue;
        if (inner(x, y, s) > MAX_INSIDE) continue;
        if (best === undefined || score > best.score) best = { score, x, y, s };
      }
  if (best === undefined || best.score < 0.7) return undefined;
  // The inner 60 %: the border and the anti-aliasing next to it left out.
  return inner(best.x, best.y, best.s);
}

/** Every item's box found on the page, with its density. */
export function measureTicks(grey: Grey, lines: readonly OcrLine[]): TickBox[] {
  return tickSpots(lines).flatMap((spot) => {
    const density = measureBox(grey, spot);
    return density === undefined
      ? []
      : [{ group: spot.group, item: spot.item, density: Math.round(density * 1000) / 1000 }];
  });
}

/**
 * Inside an empty box there is (almost) no ink, a tick fills a good part of it. Measured on the
 * photographed fixtures (docs/benchmark.md): empty 0–0.02, ticked 0.27–0.44. A box between the
 * two (a smudge, a faint or partial mark) is not judged, and then nothing of the page is.
 */
const EMPTY = 0.06;
const TICKED = 0.16;

/**
 * Which boxes are ticked. Only when every item of the group was found and every box of the page
 * is clearly empty or clearly ticked; else undefined (a field not read confidently is not
 * compared).
 */
export function judgeTicks(boxes: readonly TickBox[]): {
  status?: ReadField<string>;
  duties?: ReadField<readonly string[]>;
} {
  if (boxes.length === 0 || boxes.some((b) => b.density >= EMPTY && b.density < TICKED)) return {};
  const ticked = (d: number) => d >= TICKED;
  const ticks = boxes.filter((b) => ticked(b.density)).map((b) => b.density);
  const empties = boxes.filter((b) => !ticked(b.density)).map((b) => b.density);
  // Ticked boxes are the few among the page's twelve: a page where none looks empty is misread.
  if (empties.length === 0) return {};
  const gap = ticks.length ? Math.min(...ticks) - Math.max(...empties) : TICKED;
  const confidence = Math.min(1, gap / TICKED);
  const group = (g: TickGroup, all: readonly string[]) => {
    const found = boxes.filter((b) => b.group === g);
    if (found.length !== all.length) return undefined;
    return all.filter((item) => ticked(found.find((b) => b.item === item)!.density));
  };
  const result: { status?: ReadField<string>; duties?: ReadField<readonly string[]> } = {};
  const status = group('status', WORK_STATUSES.values);
  if (status?.length === 1) result.status = { value: status[0]!, confidence, line: status[0]! };
  const duties = group('duty', DUTIES.values);
  if (duties !== undefined && duties.length > 0)
    result.duties = { value: duties, confidence, line: duties.join('、') };
  return result;
}
