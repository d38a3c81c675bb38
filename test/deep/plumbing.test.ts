import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../src/facts/collect.js';
import { DeepEngineMissing } from '../../src/deep/errors.js';
import { installCommand } from '../../src/cli/deep.js';
import type { DeepReader, DocumentKind } from '../../src/deep/types.js';
import type { Rule } from '../../src/engine/types.js';
import { REPO } from '../cli/run-cli.js';

const EXAMPLE = path.join(REPO, 'examples/scope-1-accountant');

/** A reader that records what it was asked to read (the engines are tested on their own). */
function recordingReader(): { reader: DeepReader; calls: string[] } {
  const calls: string[] = [];
  const reader: DeepReader = {
    readDocument: async (image, kind: DocumentKind) => {
      calls.push(`${kind}:${image.name}:${image.data.length > 0}`);
      return { status: 'read', kind, rotation: 0, lines: [], fields: {} };
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

describe('the report says what --deep read', () => {
  it('lists each image and what it was read as, in JSON and in words', async () => {
    const { reader } = recordingReader();
    const unreadable: DeepReader = {
      ...reader,
      readDocument: async (_image, kind) => ({ status: 'unreadable', kind, reason: 'unsure' }),
    };
    const { checkFolder } = await import('../../src/check.js');
    const { RULES } = await import('../../src/rules/index.js');
    // A rule that needs what --deep reads (the document and face rules do), so that it is read.
    const needsDeep: Rule = {
      id: 'test/needs-deep',
      severity: 'info',
      section: 'materials',
      needs: ['images', 'deep'],
      check: () => {},
    };
    const result = await checkFolder(EXAMPLE, {
      today: '2026-11-26',
      rules: [...RULES, needsDeep],
      deep: unreadable,
    });
    expect(result.deep?.images).toContainEqual({ file: '证件照.jpg', as: 'face', read: true });
    expect(result.deep?.images).toContainEqual({ file: '毕业证.jpg', as: 'diploma', read: false });
    const { renderJson } = await import('../../src/report/json.js');
    const { renderPretty } = await import('../../src/report/pretty.js');
    const options = {
      lang: 'zh',
      showPii: false,
      color: false,
      quiet: false,
      version: '0',
    } as const;
    expect(JSON.parse(renderJson(result, options)).deep.images).toHaveLength(5);
    expect(renderPretty(result, options)).toContain('证件照.jpg（人像）');
    expect(renderPretty(result, options)).toContain('毕业证.jpg（毕业证书，未能读清）');
    expect(renderPretty(result, { ...options, lang: 'en' })).toContain(
      '--deep read: 证件照.jpg (face)',
    );
    const { renderHtml } = await import('../../src/report/html.js');
    const { renderMarkdown } = await import('../../src/report/markdown.js');
    expect(renderHtml(result, options)).toContain('毕业证.jpg（毕业证书，未能读清）');
    expect(renderMarkdown(result, options)).toContain('证件照.jpg（人像）');
  });
});

describe('the checklist under --deep', () => {
  it('no longer asks to confirm the proof dates by eye when every work proof was read', async () => {
    const { checklist } = await import('../../src/domain/checklist.js');
    const read = (status: 'read' | 'unreadable') => {
      const reader: DeepReader = {
        ...recordingReader().reader,
        readDocument: async (_image, kind) =>
          status === 'read'
            ? { status, kind, rotation: 0, lines: [], fields: {} }
            : { status, kind, reason: 'unsure' },
      };
      return collectFacts(EXAMPLE, {
        today: '2026-11-26',
        needs: new Set(['images', 'deep']),
        deep: reader,
      });
    };
    const ids = (facts: Parameters<typeof checklist>[0]) => checklist(facts).map((c) => c.id);
    expect(ids(await read('read'))).not.toContain('work-proof-dates');
    expect(ids(await read('read'))).toContain('work-proof-stamp');
    expect(ids(await read('unreadable'))).toContain('work-proof-dates');
  });
});

describe('progress while --deep reads', () => {
  it('tells each image as its reading starts, and reads the same', async () => {
    const { reportingReads } = await import('../../src/cli/deep.js');
    const { reader, calls } = recordingReader();
    const told: string[] = [];
    const reporting = reportingReads(reader, (file) => told.push(file));
    const data = Buffer.from('x');
    await reporting.readFace({ name: '证件照.jpg', data });
    expect(await reporting.readDocument({ name: '毕业证.jpg', data }, 'diploma')).toMatchObject({
      status: 'read',
      kind: 'diploma',
    });
    expect(told).toEqual(['证件照.jpg', '毕业证.jpg']);
    expect(calls).toEqual(['face:证件照.jpg:true', 'diploma:毕业证.jpg:true']);
  });
});
