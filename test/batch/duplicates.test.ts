import { describe, expect, it } from 'vitest';
import {
  duplicateIds,
  duplicateIdsInReports,
  withDuplicateId,
} from '../../src/batch/duplicates.js';
import { folderList } from '../../src/messages/batch.js';
import type { JsonReport } from '../../src/report/json.js';

const report = (target: string, person: JsonReport['person'] = {}): JsonReport => ({
  tool: 'ausm-check',
  version: '0',
  target,
  today: '2026-11-26',
  scope: 1,
  ready: true,
  summary: { error: 0, warning: 0, info: 0 },
  findings: [],
  materials: [],
  checklist: [],
  person,
});

describe('duplicateIds (issue 14, item 19)', () => {
  it('pairs the folders that share a number, ignoring spaces, the case of X and a YAML number', () => {
    const found = duplicateIds([
      { target: 'a', id: '53010219870317371x' },
      { target: 'b', id: '530102 19870317371X' },
      { target: 'c', id: 12345678 },
      { target: 'd', id: '12345678' },
      { target: 'e', id: '11010519491231002X' },
      { target: 'f', id: undefined },
      { target: 'g', id: '' },
      { target: 'h', id: '' },
    ]);
    expect(Object.fromEntries(found)).toEqual({ a: ['b'], b: ['a'], c: ['d'], d: ['c'] });
  });

  it('names three copies to each other', () => {
    const found = duplicateIds(['x', 'y', 'z'].map((target) => ({ target, id: '1' })));
    expect(found.get('y')).toEqual(['x', 'z']);
  });

  it('in merged reports, needs the masked name to agree as well as the masked number', () => {
    const found = duplicateIdsInReports([
      report('a', { name: '张*', id_number: '530*****3716' }),
      report('b', { name: '张*', id_number: '530*****3716' }),
      report('c', { name: '李*', id_number: '530*****3716' }),
      report('d', { name: '王五', id_number: '530102198703173716' }),
      report('e', { name: '王六', id_number: '530102198703173716' }),
    ]);
    expect(Object.fromEntries(found)).toEqual({ a: ['b'], b: ['a'], d: ['e'], e: ['d'] });
  });
});

describe('withDuplicateId', () => {
  it('makes the report not ready with one more error, naming the other folders, the ID masked', () => {
    const r = withDuplicateId(report('001-张伟'), ['财务部/022-马超'], '530102198703173716', {
      lang: 'zh',
      showPii: false,
    });
    expect(r.ready).toBe(false);
    expect(r.summary.error).toBe(1);
    expect(r.findings[0]).toMatchObject({ rule: 'batch/duplicate-id', severity: 'error' });
    expect(r.findings[0]!.message).toContain('“财务部/022-马超”');
    expect(r.findings[0]!.message).toContain('530*****3716');
    expect(r.findings[0]!.message).not.toContain('530102198703173716');
    const shown = withDuplicateId(report('a'), ['b'], '530102198703173716', {
      lang: 'en',
      showPii: true,
    });
    expect(shown.findings[0]!.message).toContain('530102198703173716');
    expect(shown.findings[0]!.message).toContain('"b"');
  });
});

describe('folderList', () => {
  it('names five folders and counts the rest', () => {
    const many = Array.from({ length: 499 }, (_, i) => `f${i}`);
    expect(folderList(many, 'zh')).toBe('“f0”、“f1”、“f2”、“f3”、“f4”等 499 个文件夹');
    expect(folderList(many, 'en')).toBe('"f0", "f1", "f2", "f3", "f4" and 494 more folders');
    expect(folderList(['a', 'b'], 'en')).toBe('"a", "b"');
  });
});
