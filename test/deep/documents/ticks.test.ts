import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  judgeTicks,
  measureBox,
  measureTicks,
  tickSpots,
  type Grey,
  type TickBox,
} from '../../../src/deep/documents/ticks.js';
import type { OcrLine } from '../../../src/deep/documents/types.js';
import { DUTIES, WORK_STATUSES } from '../../../src/profile/options.js';

const line = (text: string, x: number, y: number, width: number): OcrLine => ({
  text,
  confidence: 0.97,
  box: { x, y, width, height: 26 },
});

/** A white page with a 14 px box outline at (x, y), a tick inside when asked, and a text blob. */
function page(boxes: { x: number; y: number; ticked: boolean }[]): Grey {
  const width = 400;
  const height = 200;
  const data = new Uint8Array(width * height).fill(230);
  const ink = (x: number, y: number) => (data[y * width + x] = 40);
  for (const b of boxes) {
    for (let i = 0; i <= 14; i++) {
      ink(b.x + i, b.y);
      ink(b.x + i, b.y + 14);
      ink(b.x, b.y + i);
      ink(b.x + 14, b.y + i);
    }
    if (b.ticked)
      for (let i = 0; i < 8; i++) {
        ink(b.x + 3 + i, b.y + 10 - Math.abs(i - 3));
        ink(b.x + 3 + i, b.y + 11 - Math.abs(i - 3));
        ink(b.x + 4 + i, b.y + 10 - Math.abs(i - 3));
      }
    // the item's first characters: a dense blob right of the box
    for (let y = b.y - 2; y < b.y + 16; y++) for (let x = b.x + 22; x < b.x + 60; x += 2) ink(x, y);
  }
  return { data, width, height };
}

describe('tick boxes from the pixels', () => {
  const spot = (x: number) => ({
    group: 'duty' as const,
    item: '出纳',
    x,
    em: 18,
    y: 36,
    height: 26,
  });
  it('finds an empty box left of the text and sees no ink inside', () => {
    const grey = page([{ x: 100, y: 42, ticked: false }]);
    expect(measureBox(grey, spot(98))).toBeLessThan(0.05);
  });
  it('finds a ticked box and sees the tick inside', () => {
    const grey = page([{ x: 100, y: 42, ticked: true }]);
    expect(measureBox(grey, spot(104))).toBeGreaterThan(0.15);
  });
  it('finds nothing where there is no box', () => {
    const grey = page([]);
    expect(measureBox(grey, spot(100))).toBeUndefined();
  });
  it('places duty boxes at the line start when the engine read the box as 口, else left of it', () => {
    const long = line('兹有王晓梅系我单位正式职工从事会计工作', 100, 0, 360);
    const spots = tickSpots([long, line('口稽核', 100, 40, 54), line('出纳', 120, 80, 36)]);
    expect(spots.find((s) => s.item === '稽核')?.x).toBe(100);
    expect(spots.find((s) => s.item === '出纳')!.x).toBeLessThan(120);
    expect(spots.map((s) => s.item)).toEqual(['出纳', '稽核']);
  });
  it('measures every box it can place on a page', () => {
    const grey = page([
      { x: 60, y: 40, ticked: true },
      { x: 60, y: 100, ticked: false },
    ]);
    const lines = [
      line('兹有王晓梅系我单位正式职工从事会计工作', 40, 2, 360),
      line('出纳', 82, 34, 36),
      line('口稽核', 60, 94, 54),
    ];
    const boxes = measureTicks(grey, lines);
    expect(boxes.map((b) => [b.item, b.density > 0.15])).toEqual([
      ['出纳', true],
      ['稽核', false],
    ]);
  });
});

describe('judgeTicks', () => {
  const boxes = (status: string, duties: readonly string[], tick = 0.3): TickBox[] => [
    ...DUTIES.values.map((item) => ({
      group: 'duty' as const,
      item,
      density: duties.includes(item) ? tick : 0,
    })),
    ...WORK_STATUSES.values.map((item) => ({
      group: 'status' as const,
      item,
      density: item === status ? tick : 0.01,
    })),
  ];
  it('reads the ticked status and duties when the boxes split clearly', () => {
    const f = judgeTicks(boxes('离职', ['出纳', '会计监督']));
    expect(f.status?.value).toBe('离职');
    expect(f.duties?.value).toEqual(['出纳', '会计监督']);
  });
  it('judges nothing when ticked and empty boxes do not separate', () => {
    // a smudged empty box as inky as a faint tick: no clear gap between empty and ticked
    const smudged = boxes('在职', ['出纳'], 0.22).map((b) =>
      b.item === '稽核' ? { ...b, density: 0.15 } : b,
    );
    expect(judgeTicks(smudged)).toEqual({});
  });
  it('judges nothing of a group with a box not found, or with two statuses ticked', () => {
    const some = boxes('在职', ['出纳']).filter((b) => b.item !== '稽核');
    expect(judgeTicks(some).duties).toBeUndefined();
    expect(judgeTicks(some).status?.value).toBe('在职');
    const two = boxes('在职', ['出纳']).map((b) =>
      b.item === '退休' ? { ...b, density: 0.3 } : b,
    );
    expect(judgeTicks(two).status).toBeUndefined();
  });
  it('judges nothing on a page without boxes, or where no box looks empty', () => {
    expect(judgeTicks([])).toEqual({});
    expect(judgeTicks(boxes('在职', DUTIES.values).map((b) => ({ ...b, density: 0.3 })))).toEqual(
      {},
    );
  });
});

describe('ticks judged on the recorded readings of the photographed proofs', () => {
  const recorded = (
    JSON.parse(readFileSync('test/deep/documents/recorded-readings.json', 'utf8')) as {
      images: Record<string, { ticks?: TickBox[] }>;
    }
  ).images;
  const clean = ['出纳', '收入、费用（支出）的核算', '会计监督'];
  const cases: [string, string, string[]][] = [
    ['会计工作证明.jpg', '在职', clean],
    ['variants/proof-dim.jpg', '在职', clean],
    ['variants/proof-sideways.jpg', '在职', clean],
    ['variants/proof-photocopy.jpg', '在职', clean],
    ['variants/proof-other-status.jpg', '离职', clean],
    ['variants/proof-other-duties.jpg', '在职', ['出纳', '稽核', ...clean.slice(1)]],
  ];
  for (const [file, status, duties] of cases)
    it(`${file}: ${status}, ${duties.join('；')}`, () => {
      const f = judgeTicks(recorded[file]!.ticks ?? []);
      expect(f.status?.value).toBe(status);
      expect(f.duties?.value).toEqual(duties);
    });
});
