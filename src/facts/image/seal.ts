/**
 * Is there a red seal on a photographed page? Pure arithmetic on the small sRGB copy the image
 * facts already decode for an attachment's colour (COLOUR_BOX), no model (docs/spec/documents.md,
 * `document/seal`).
 *
 * A 单位公章 is a red ring (or a disc) about 38–42 mm across on a 210 mm page, i.e. roughly
 * 8–30 % of the page width once a phone frames the page with some desk around it. So:
 * 1. white balance on the page's own paper (the brightest tenth of each channel), so that a warm
 *    lamp or an evening room does not turn the paper red nor the seal brown;
 * 2. mark the pixels whose colour is red (hue within about ±25° of red, clearly saturated):
 *    orange wood, gold borders and skin are outside that hue, grey toner has no hue at all;
 * 3. join touching red pixels (a ring broken by the text under it is joined by one pixel of
 *    closing) and keep a group that is seal-sized, round (as wide as high, little red in the
 *    corners of its box) and red all around its centre (a ring or disc, not a C or a word).
 * Red text, a red heading bar or a small red logo fail the size or the shape; a grey photocopy
 * has no red at all.
 */

/** What the seal search found on one image. */
export interface SealStats {
  /** A round red mark of seal size was found. */
  readonly found: boolean;
  /** The largest round red mark's diameter as a share of the image's short side (0 when none). */
  readonly diameter: number;
  /** Share of the image's pixels that are seal red, 0–1. */
  readonly redShare: number;
}

/** The seal's diameter as a share of the image's short side (the page width in a phone photo). */
export const SEAL_DIAMETER = { min: 0.06, max: 0.34 } as const;

/** A group's box may be this much wider than high (or higher than wide): a tilted photo. */
const MAX_ASPECT = 1.5;
/**
 * Share of a group's red pixels allowed outside the ellipse inscribed in its box (× 1.06): a ring
 * or disc has next to none there, a filled square 15 %.
 */
const MAX_CORNER_SHARE = 0.08;
/** Of 16 sectors around the centre, this many must hold red near the rim. */
const MIN_SECTORS = 11;
/** Red pixels this close (in the analysed copy) belong to one mark. */
const JOIN_RADIUS = 2;

export function findSeal(
  data: Uint8Array,
  width: number,
  height: number,
  channels: number,
): SealStats {
  const n = width * height;
  const [wr, wg, wb] = paperWhite(data, n, channels);
  const red = new Uint8Array(n);
  let redCount = 0;
  for (let i = 0, p = 0; i < n; i++, p += channels) {
    const r = Math.min(1, data[p] / wr);
    const g = Math.min(1, data[p + 1] / wg);
    const b = Math.min(1, data[p + 2] / wb);
    const level = sealRed(r, g, b);
    if (level > 0) {
      red[i] = level;
      if (level === STRONG) redCount++;
    }
  }
  const redShare = redCount / Math.max(1, n);
  if (redCount === 0) return { found: false, diameter: 0, redShare: 0 };
  const joined = grow(red, width, height, JOIN_RADIUS);
  const short = Math.min(width, height);
  let best = 0;
  let found = false;
  for (const grown of groups(joined, width, height)) {
    const group = redPart(grown, red, width);
    if (!group) continue;
    const w = group.x1 - group.x0 + 1;
    const h = group.y1 - group.y0 + 1;
    const diameter = Math.max(w, h) / short;
    if (diameter < SEAL_DIAMETER.min || diameter > SEAL_DIAMETER.max) continue;
    if (Math.max(w, h) / Math.min(w, h) > MAX_ASPECT) continue;
    if (!isRound(group, red, width)) continue;
    if (strongCount(group, red) < MIN_STRONG) continue;
    found = true;
    best = Math.max(best, diameter);
  }
  return { found, diameter: round(best), redShare: round(redShare) };
}

const WEAK = 1;
const STRONG = 2;
/** A mark must hold this many clearly red pixels: a blurred seal keeps its star and its thick parts. */
const MIN_STRONG = 8;

/**
 * Red after white balance: the red channel above both others (STRONG: well above; WEAK: a
 * blurred or pale ring, counted only in a group that has strong red too), and green not far above
 * blue (that would be orange, brown or gold). Seal ink under a warm lamp stays (0.8, 0.15, 0.2)
 * or so; the pale edge of a thin ring at a small size still has red 0.15 above the rest.
 */
function sealRed(r: number, g: number, b: number): 0 | typeof WEAK | typeof STRONG {
  const other = Math.max(g, b);
  const chroma = r - other;
  if (chroma < 0.07) return 0;
  if (chroma < 0.35 * r) return 0;
  // Hue: g − b against the chroma; 0.45 ≈ 25° towards orange.
  if (g - b >= 0.45 * chroma) return 0;
  return chroma >= 0.14 ? STRONG : WEAK;
}

function strongCount(group: Group, red: Uint8Array): number {
  let count = 0;
  for (const i of group.pixels) if (red[i] === STRONG) count++;
  return count;
}

/** The paper's colour: the 90th percentile of each channel (the page is most of a phone photo). */
function paperWhite(data: Uint8Array, n: number, channels: number): [number, number, number] {
  const out: number[] = [];
  for (let c = 0; c < 3; c++) {
    const hist = new Uint32Array(256);
    for (let i = 0, p = c; i < n; i++, p += channels) hist[data[p]]++;
    let seen = 0;
    let v = 255;
    for (; v > 0; v--) {
      seen += hist[v];
      if (seen >= n * 0.1) break;
    }
    // A dark or empty picture has no paper to balance on.
    out.push(Math.max(v, 48));
  }
  return out as [number, number, number];
}

/**
 * Grows the mask by `radius` pixels (a square): at the analysed size a seal's ring is a pixel or
 * two wide and broken wherever the black text under it shows through; grown, ring, star and the
 * seal's own words form one group.
 */
function grow(mask: Uint8Array, width: number, height: number, radius: number): Uint8Array {
  const rows = new Uint8Array(mask.length);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      if (!mask[y * width + x]) continue;
      for (let xx = Math.max(0, x - radius); xx <= Math.min(width - 1, x + radius); xx++)
        rows[y * width + xx] = 1;
    }
  const out = new Uint8Array(mask.length);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      if (!rows[y * width + x]) continue;
      for (let yy = Math.max(0, y - radius); yy <= Math.min(height - 1, y + radius); yy++)
        out[yy * width + x] = 1;
    }
  return out;
}

interface Group {
  readonly pixels: Int32Array;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** 8-connected groups of set pixels. */
function* groups(mask: Uint8Array, width: number, height: number): Generator<Group> {
  const seen = new Uint8Array(mask.length);
  const stack = new Int32Array(mask.length);
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || seen[start]) continue;
    let top = 0;
    let count = 0;
    const members: number[] = [];
    stack[top++] = start;
    seen[start] = 1;
    let x0 = width;
    let y0 = height;
    let x1 = 0;
    let y1 = 0;
    while (top > 0) {
      const i = stack[--top];
      members.push(i);
      count++;
      const x = i % width;
      const y = (i - x) / width;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          const yy = y + dy;
          if (xx < 0 || yy < 0 || xx >= width || yy >= height) continue;
          const j = yy * width + xx;
          if (mask[j] && !seen[j]) {
            seen[j] = 1;
            stack[top++] = j;
          }
        }
    }
    if (count >= 12) yield { pixels: Int32Array.from(members), x0, y0, x1, y1 };
  }
}

/** The group's own red pixels and their box (the grown margin left out). */
function redPart(group: Group, red: Uint8Array, width: number): Group | undefined {
  const pixels = group.pixels.filter((i) => red[i] !== 0);
  if (pixels.length < 12) return undefined;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -1;
  let y1 = -1;
  for (const i of pixels) {
    const x = i % width;
    const y = (i - x) / width;
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  return { pixels, x0, y0, x1, y1 };
}

/**
 * Round: few of the group's original red pixels lie in the corners of its box, outside the
 * inscribed ellipse, and red reaches the outer part of the circle in most directions.
 */
function isRound(group: Group, red: Uint8Array, width: number): boolean {
  const cx = (group.x0 + group.x1) / 2;
  const cy = (group.y0 + group.y1) / 2;
  const rx = (group.x1 - group.x0 + 1) / 2;
  const ry = (group.y1 - group.y0 + 1) / 2;
  let inside = 0;
  let outside = 0;
  const sectors = new Uint8Array(16);
  for (const i of group.pixels) {
    if (!red[i]) continue;
    const x = i % width;
    const y = (i - x) / width;
    const dx = (x + 0.5 - cx - 0.5) / rx;
    const dy = (y + 0.5 - cy - 0.5) / ry;
    const d = Math.hypot(dx, dy);
    if (d > 1.06) outside++;
    else inside++;
    if (d >= 0.6) {
      const a = Math.atan2(dy, dx);
      sectors[Math.min(15, Math.floor(((a + Math.PI) / (2 * Math.PI)) * 16))] = 1;
    }
  }
  const total = inside + outside;
  if (total === 0 || outside / total > MAX_CORNER_SHARE) return false;
  let filled = 0;
  for (const s of sectors) filled += s;
  return filled >= MIN_SECTORS;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
