import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFolder } from '../../../src/check.js';
import { collectFacts } from '../../../src/facts/collect.js';
import { createFaceReader } from '../../../src/deep/face/engine.js';
import type { DeepReader } from '../../../src/deep/types.js';
import { REPO } from '../../cli/run-cli.js';

/**
 * `checkFolder` with `--deep` on the ready examples, the real face reader behind it (documents are
 * left unread here: that reader is tested on its own). The face rules find nothing, and the
 * findings are those of a check without `--deep`: the verdict stays 可以提交.
 */
let deep: DeepReader;
beforeAll(async () => {
  const readFace = await createFaceReader();
  deep = {
    readFace,
    readDocument: async () => ({ status: 'unreadable' }) as never,
    close: async () => {},
  };
}, 60_000);

const findings = async (folder: string, withDeep: boolean) =>
  (
    await checkFolder(path.join(REPO, 'examples', folder), {
      today: '2026-11-26',
      ...(withDeep ? { deep } : {}),
    })
  ).findings
    // The documents are left unread here: what their rules say is the document reader's test.
    .filter((f) => !f.rule.startsWith('document/'))
    .map((f) => `${f.rule}:${f.messageId}:${f.severity}`);

describe('--deep on the ready examples', () => {
  it.each([
    'scope-1-accountant',
    'scope-2-qualified',
    'scope-3-junior-exam',
    'scope-4-doctorate',
    'scope-5-economist',
  ])('%s: one well-framed face, nothing more to report', async (folder) => {
    const facts = await collectFacts(path.join(REPO, 'examples', folder), {
      today: '2026-11-26',
      needs: new Set(['images', 'deep']),
      deep,
    });
    const reading = facts.deep?.face?.reading;
    expect(reading?.status === 'read' && reading.faces.length).toBe(1);
    const plain = await findings(folder, false);
    expect(await findings(folder, true)).toEqual(plain);
    expect(plain.filter((f) => f.startsWith('photo/') || f.endsWith(':error'))).toEqual([]);
  });
});
