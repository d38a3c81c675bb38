/** An image's header as sharp's metadata gives it, and the GPS position in its EXIF. */
import exifReader from 'exif-reader';
import type { Metadata } from 'sharp';
import type { ImageHeader } from '../image-types.js';

/** Stored and displayed size, orientation, colour space, depth and GPS from sharp's metadata. */
export function toHeader(m: Metadata): ImageHeader {
  const width = m.width ?? 0;
  const height = m.height ?? 0;
  const swapped = m.orientation !== undefined && m.orientation >= 5 && m.orientation <= 8;
  const gps = m.exif ? readGps(m.exif) : undefined;
  return {
    width,
    height,
    displayWidth: m.autoOrient?.width ?? (swapped ? height : width),
    displayHeight: m.autoOrient?.height ?? (swapped ? width : height),
    ...(m.orientation !== undefined ? { orientation: m.orientation } : {}),
    space: m.space ?? '',
    channels: m.channels ?? 0,
    depth: m.depth ?? '',
    ...(m.density !== undefined ? { density: m.density } : {}),
    hasAlpha: m.hasAlpha ?? false,
    ...(gps ? { gps } : {}),
  };
}

/** GPS latitude/longitude from an EXIF block; undefined when absent, malformed or 0,0 (no fix). */
export function readGps(block: Buffer): { latitude: number; longitude: number } | undefined {
  let info;
  try {
    info = exifReader(block).GPSInfo;
  } catch {
    return undefined;
  }
  const degrees = (v: unknown): number | undefined => {
    if (typeof v === 'number') return v;
    if (!Array.isArray(v) || v.length === 0) return undefined;
    const [d = 0, m = 0, s = 0] = v.map(Number);
    const value = d + m / 60 + s / 3600;
    return Number.isFinite(value) ? value : undefined;
  };
  const lat = degrees(info?.GPSLatitude);
  const lon = degrees(info?.GPSLongitude);
  if (lat === undefined || lon === undefined || (lat === 0 && lon === 0)) return undefined;
  return {
    latitude: info?.GPSLatitudeRef === 'S' ? -lat : lat,
    longitude: info?.GPSLongitudeRef === 'W' ? -lon : lon,
  };
}
