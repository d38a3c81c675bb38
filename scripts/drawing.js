// Drawing helpers shared by the scripts that make the examples' images
// (make-example-images.js) and the photographed test documents (make-document-fixtures.js):
// deterministic randomness, camera grain, and the drawn ID-photo portrait.
import sharp from 'sharp';

/** A small deterministic PRNG (mulberry32), so the same script writes the same bytes. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from a text (FNV-1a). */
export function seedOf(text) {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0), 16777619);
  return h >>> 0;
}

/** Fine grain like a camera sensor's: a real photo is never perfectly smooth. */
export async function grain(width, height, seed, strength) {
  const random = rng(seed);
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const v = Math.round(128 + (random() - 0.5) * 2 * strength);
    data[i * 4] = v;
    data[i * 4 + 1] = v;
    data[i * 4 + 2] = v;
    data[i * 4 + 3] = 255;
  }
  return sharp(data, { raw: { width, height, channels: 4 } })
    .png()
    .toBuffer();
}

/**
 * A drawn head-and-shoulders ID photo on white, with grain on the person only (the backdrop of a
 * studio photo is clean white), as a sharp pipeline to encode. `random` draws the strands of hair
 * (with a collar, the detail of a real photo that sharpness checks look for); `seed` the grain.
 */
export async function drawnPortrait({ width, height, seed, random, hair, shirt }) {
  const cx = width / 2;
  const strands = Array.from({ length: 120 }, () => {
    const x = cx - 95 + random() * 190;
    const y = 95 + random() * 60;
    return `<path d="M${x.toFixed(1)} ${y.toFixed(1)} q ${(random() * 20 - 10).toFixed(1)} 30 ${(random() * 16 - 8).toFixed(1)} 60" stroke="#0d0906" stroke-width="1" fill="none" opacity="0.6"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#ffffff"/>
    <path d="M0 ${height} L0 ${height - 90} Q ${cx} ${height - 210} ${width} ${height - 90} L ${width} ${height} Z" fill="${shirt}"/>
    <path d="M${cx - 40} ${height - 150} L ${cx} ${height - 95} L ${cx + 40} ${height - 150}" fill="#f4f4f4" stroke="#cccccc" stroke-width="2"/>
    <rect x="${cx - 38}" y="${height - 230}" width="76" height="90" fill="#e0b49a"/>
    <ellipse cx="${cx}" cy="${height * 0.42}" rx="92" ry="118" fill="#eac0a4"/>
    <path d="M${cx - 100} ${height * 0.4} Q ${cx - 105} 70 ${cx} 80 Q ${cx + 105} 70 ${cx + 100} ${height * 0.4} Q ${cx + 80} 150 ${cx} 140 Q ${cx - 80} 150 ${cx - 100} ${height * 0.4} Z" fill="${hair}"/>
    ${strands}
    <ellipse cx="${cx - 36}" cy="${height * 0.42}" rx="13" ry="7" fill="#ffffff"/><circle cx="${cx - 36}" cy="${height * 0.42}" r="6" fill="#2a1a10"/>
    <ellipse cx="${cx + 36}" cy="${height * 0.42}" rx="13" ry="7" fill="#ffffff"/><circle cx="${cx + 36}" cy="${height * 0.42}" r="6" fill="#2a1a10"/>
    <path d="M${cx - 55} ${height * 0.38} q 18 -9 36 0 M${cx + 19} ${height * 0.38} q 18 -9 36 0" stroke="#2b1d16" stroke-width="4" fill="none"/>
    <path d="M${cx} ${height * 0.44} l -8 34 l 12 2" stroke="#c48e74" stroke-width="3" fill="none"/>
    <path d="M${cx - 26} ${height * 0.55} q 26 14 52 0" stroke="#b0524a" stroke-width="5" fill="none"/>
  </svg>`;
  const mask = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><ellipse cx="${cx}" cy="${height * 0.42}" rx="110" ry="140" fill="#fff"/><rect x="0" y="${height - 200}" width="${width}" height="200" fill="#fff"/></svg>`;
  const noise = await sharp(await grain(width, height, seed + 1, 40))
    .composite([{ input: Buffer.from(mask), blend: 'dest-in' }])
    .png()
    .toBuffer();
  return sharp(Buffer.from(svg)).composite([{ input: noise, blend: 'soft-light' }]);
}
