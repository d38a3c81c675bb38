import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFaceReader } from '../../../src/deep/face/engine.js';
import faceCount from '../../../src/rules/photo/face-count.js';
import headPosition from '../../../src/rules/photo/head-position.js';
import headSize from '../../../src/rules/photo/head-size.js';
import headTilt from '../../../src/rules/photo/head-tilt.js';
import { REPO } from '../../cli/run-cli.js';
import { fileCodes } from '../image-facts.js';
import { checkFace } from './face-facts.js';

/**
 * The face rules' thresholds on real faces read by the real detector: the real portraits framed as
 * ID photos raise none of them; placed badly, each raises the matching rule and only that one.
 */
const FACE_RULES = [faceCount, headSize, headPosition, headTilt];
let readFace: Awaited<ReturnType<typeof createFaceReader>>;
beforeAll(async () => {
  readFace = await createFaceReader();
}, 60_000);

async function codesFor(file: string): Promise<string[]> {
  const reading = await readFace({ name: 'p.jpg', data: await readFile(path.join(REPO, file)) });
  return fileCodes(checkFace(reading, FACE_RULES));
}

describe('face rules on the real portraits', () => {
  it.each([
    'test/fixtures/portraits/id-photo-white-background.jpg',
    'test/fixtures/portraits/id-photo-red-background.jpg',
    'test/fixtures/portraits/id-photo-blue-background.jpg',
    'test/fixtures/portraits/id-photo-grey-gradient-background.jpg',
    'test/fixtures/faces/framed-white.jpg',
    'test/fixtures/faces/framed-beige.jpg',
    'test/fixtures/faces/framed-outdoor.jpg',
    // The ready examples' standard photos: `--deep` on them stays 可以提交.
    'examples/scope-1-accountant/证件照.jpg',
    'examples/scope-2-qualified/证件照.jpg',
    'examples/scope-3-junior-exam/证件照.jpg',
    'examples/scope-4-doctorate/证件照.jpg',
    'examples/scope-5-economist/证件照.jpg',
  ])('%s, framed as an ID photo, raises none', async (file) => {
    expect(await codesFor(file)).toEqual([]);
  });
  it.each([
    ['head-tiny.jpg', ['photo/head-size:small@p.jpg']],
    ['face-filling.jpg', ['photo/head-position:cut-off@p.jpg', 'photo/head-size:large@p.jpg']],
    ['head-shifted.jpg', ['photo/head-position:left@p.jpg']],
    ['head-rotated-16.jpg', ['photo/head-tilt:default@p.jpg']],
    ['two-people.jpg', ['photo/face-count:several@p.jpg']],
    ['no-person.jpg', ['photo/face-count:none@p.jpg']],
  ])('%s raises %j', async (file, expected) => {
    expect((await codesFor(`test/fixtures/faces/${file}`)).sort()).toEqual([...expected].sort());
  });
});
