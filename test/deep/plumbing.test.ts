import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../src/facts/collect.js';
import { DeepEngineMissing } from '../../src/deep/errors.js';
import { installCommand } from '../../src/cli/deep.js';
import type { DeepReader, DocumentKind } from '../../src/deep/types.js';
import { REPO } from '../cli/run-cli.js';

const EXAMPLE = path.join(REPO, 'examples/scope-1-accountant');

/** A reader that records what it was asked to read (the engines are tested on their own). */
function recordingReader(): { reader: DeepReader; calls: string[] } {
  const calls: string[] = [];
  const reader: DeepReader = {
    readDocument: async (image, kind: DocumentKind) => {
      calls.push(`${kind}:${image.name}:${image.data.length > 0}`);
      return { status: 'read', kind };
    },
    readFace: async (image) => {
      calls.push(`face:${image.name}:${image.data.length > 0}`);
      return { status: 'read', width: 413, height: 579, faces: [] };
    },
    close: async () => {},
  };
  return { reader, calls };
}

describe('--deep plumbing', () => {
  it('reads each material image once, as the kind its material gives it, with its bytes', async () => {
    const { reader, calls } = recordingReader();
    const facts = await collectFacts(EXAMPLE, {
      today: '2026-11-26',
      needs: new Set(['images', 'deep']),
      deep: reader,
    });
    expect(calls.sort()).toEqual(
      [
        'certificate:初级资格证.jpg:true',
        'degree:学位证.jpg:true',
        'diploma:毕业证.jpg:true',
        'face:证件照.jpg:true',
        'work-proof:会计工作证明.jpg:true',
      ].sort(),
    );
    expect(facts.deep?.face?.file).toBe('证件照.jpg');
    expect([...(facts.deep?.documents.keys() ?? [])].sort()).toEqual(
      ['会计工作证明.jpg', '初级资格证.jpg', '学位证.jpg', '毕业证.jpg'].sort(),
    );
  });

  it('reads nothing when no enabled rule needs it, or without --deep', async () => {
    const { reader, calls } = recordingReader();
    const facts = await collectFacts(EXAMPLE, {
      today: '2026-11-26',
      needs: new Set(['images']),
      deep: reader,
    });
    expect(calls).toEqual([]);
    expect(facts.deep).toBeUndefined();
    const plain = await collectFacts(EXAMPLE, {
      today: '2026-11-26',
      needs: new Set(['images', 'deep']),
    });
    expect(plain.deep).toBeUndefined();
  });

  it('names one install command, the same on every system', () => {
    expect(
      installCommand(new DeepEngineMissing(['a-engine', 'b-models'], ['--a-engine-install=skip'])),
    ).toBe('npm install --global ausm-check a-engine b-models --a-engine-install=skip');
    expect(installCommand(new DeepEngineMissing([]))).toBeUndefined();
  });
});
