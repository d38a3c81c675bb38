import { describe, expect, it } from 'vitest';
import { decodeMemory, pixelsWanted } from '../../../src/facts/image/decode-plan.js';
import { valueImports } from './pure.js';

describe('decodeMemory', () => {
  it('estimates decode memory from the header as measured', () => {
    const m = (format: string, extra: object) =>
      decodeMemory(format, {
        width: 10_000,
        height: 10_000,
        channels: 3,
        depth: 'uchar',
        isProgressive: false,
        ...extra,
      });
    const MB = 1e6;
    expect(m('jpeg', { isProgressive: true, chromaSubsampling: '4:2:0' }).bytes / MB).toBe(300);
    expect(m('jpeg', { isProgressive: true, chromaSubsampling: '4:4:4' }).bytes / MB).toBe(600);
    expect(
      m('jpeg', { isProgressive: true, channels: 4, chromaSubsampling: '4:4:4:4' }).bytes / MB,
    ).toBe(800);
    expect(m('jpeg', { isProgressive: true, channels: 1 }).bytes / MB).toBe(200);
    expect(m('jpeg', {}).kind).toBeUndefined();
    expect(m('jpeg', {}).bytes / MB).toBeLessThan(10);
    expect(m('png', { isProgressive: true, channels: 4, depth: 'ushort' })).toEqual({
      kind: 'interlaced',
      bytes: 800 * MB,
    });
    expect(m('png', {}).kind).toBeUndefined();
    expect(m('webp', {}).kind).toBe('whole');
  });
});

describe('pixelsWanted', () => {
  const header = {
    width: 413,
    height: 579,
    displayWidth: 413,
    displayHeight: 579,
    space: 'srgb',
    channels: 3,
    depth: 'uchar',
    hasAlpha: false,
  };
  const photo = { format: 'jpeg', extension: 'jpg', bytes: 40_000, header } as const;
  const wanted = (
    facts: Parameters<typeof pixelsWanted>[0],
    ...roles: ('photo' | 'attachment')[]
  ) => pixelsWanted(facts, new Set(roles));

  it('decodes a photo that passes the header checks for everything', () => {
    expect(wanted(photo, 'photo')).toBe('photo');
    expect(wanted({ ...photo, bytes: 10 * 1024 }, 'photo')).toBe('photo');
    expect(wanted({ ...photo, extension: 'jpeg' }, 'photo', 'attachment')).toBe('photo');
  });

  it('does not decode a photo that must be replaced anyway', () => {
    expect(wanted({ ...photo, bytes: 10 * 1024 - 1 }, 'photo')).toBeUndefined();
    expect(wanted({ ...photo, format: 'png', extension: 'png' }, 'photo')).toBeUndefined();
    expect(wanted({ ...photo, extension: 'png' }, 'photo')).toBeUndefined();
    expect(wanted({ ...photo, header: { ...header, displayWidth: 294 } }, 'photo')).toBeUndefined();
    expect(
      wanted({ ...photo, header: { ...header, displayHeight: 412 } }, 'photo'),
    ).toBeUndefined();
    expect(wanted({ ...photo, header: undefined }, 'photo', 'attachment')).toBeUndefined();
  });

  it('decodes an attachment within the size limits for its colour only', () => {
    const scan = { format: 'png', extension: 'png', bytes: 300_000, header } as const;
    expect(wanted(scan, 'attachment')).toBe('colour');
    expect(wanted({ ...scan, bytes: 500 * 1024 }, 'attachment')).toBe('colour');
    expect(wanted({ ...scan, bytes: 500 * 1024 + 1 }, 'attachment')).toBeUndefined();
    expect(wanted({ ...scan, bytes: 20 * 1024 }, 'attachment')).toBeUndefined();
    expect(wanted({ ...scan, extension: 'jpg' }, 'attachment')).toBeUndefined();
    expect(wanted({ ...scan, format: 'webp', extension: 'webp' }, 'attachment')).toBeUndefined();
    expect(wanted(scan)).toBeUndefined();
  });
});

describe('decode-plan.ts', () => {
  it('is pure: no sharp, no file access', () => {
    expect(
      valueImports('decode-plan.ts').filter((m) => m === 'sharp' || m.startsWith('node:')),
    ).toEqual([]);
  });
});
