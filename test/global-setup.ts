/**
 * Runs once before the suite: writes the shared test images (test/image-fixtures.ts) into
 * test/fixtures/generated/ (git-ignored), only when the generator changed since the last run.
 * Each file is written under a temporary name and renamed into place, so that a suite running
 * at the same time in the same checkout never reads half a file.
 */
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GENERATED, SCRATCH_ENV, fixturesStamp, makeFixtures } from './image-fixtures.js';

async function writeAtomic(file: string, bytes: Buffer | string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, bytes);
  await rename(temp, file);
}

export default async function setup(): Promise<() => Promise<void>> {
  // Temporary applicant folders of this run go here (test workers inherit the variable).
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'ausm-test-'));
  process.env[SCRATCH_ENV] = scratch;
  const teardown = () => rm(scratch, { recursive: true, force: true });

  const stampFile = path.join(GENERATED, '.stamp');
  const stamp = await fixturesStamp();
  if ((await readFile(stampFile, 'utf8').catch(() => '')) === stamp) return teardown;
  await mkdir(GENERATED, { recursive: true });
  const fixtures = await makeFixtures();
  await Promise.all(
    Object.entries(fixtures).map(([name, bytes]) => writeAtomic(path.join(GENERATED, name), bytes)),
  );
  await writeAtomic(stampFile, stamp);
  return teardown;
}
