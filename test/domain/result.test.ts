import { describe, expect, it } from 'vitest';
import { checklist, PHOTO_CHECKLIST } from '../../src/domain/checklist.js';
import { materialStatuses } from '../../src/domain/material-status.js';
import { unusedWaiverInput } from '../../src/domain/unused-waiver.js';
import type { Finding } from '../../src/engine/types.js';
import { fakeFacts } from '../helpers.js';

const PROFILE = [
  'scope: 3',
  'basic:',
  '  photo: p.jpg',
  '  id_card: { front: front.jpg, back: back.jpg }',
  'work:',
  '  - unit: 某公司',
  '    proof: proof.jpg',
  '',
].join('\n');

const error = (fields: Partial<Finding>): Finding => ({
  rule: 'photo/size',
  severity: 'error',
  section: 'basic',
  messageId: 'default',
  args: {},
  ...fields,
});

describe('checklist', () => {
  it('asks about the photo always, the work proof only when one is needed', () => {
    const without = checklist(fakeFacts({ profile: 'scope: 1\n' }));
    expect(without.map((i) => i.id)).toEqual([...PHOTO_CHECKLIST]);
    const withProof = checklist(fakeFacts({ profile: PROFILE, files: { 'proof.jpg': {} } }));
    expect(withProof.filter((i) => i.material === 'work-proof').map((i) => i.id)).toEqual([
      'work-proof-stamp',
      'work-proof-dates',
    ]);
  });
  it('drops the full-face item when --deep read the standard photo, not when it could not', () => {
    const deep = (status: 'read' | 'unreadable') =>
      checklist(
        fakeFacts({
          profile: 'scope: 1\n',
          deep: {
            documents: new Map(),
            face: {
              file: 'p.jpg',
              reading:
                status === 'read'
                  ? { status, width: 413, height: 579, faces: [] }
                  : { status, reason: 'decode' },
            },
          },
        }),
      ).map((i) => i.id);
    expect(deep('read')).toEqual(PHOTO_CHECKLIST.filter((id) => id !== 'photo-frontal'));
    expect(deep('unreadable')).toEqual([...PHOTO_CHECKLIST]);
  });
});

describe('materialStatuses', () => {
  const facts = fakeFacts({ profile: PROFILE, files: { 'p.jpg': {}, 'front.jpg': {} } });

  it('is ok, missing or invalid by the unwaived errors about a file or field', () => {
    const statuses = (active: Finding[]) =>
      Object.fromEntries(materialStatuses(facts, active).map((m) => [m.field, m.status]));
    expect(statuses([])).toMatchObject({
      'basic.photo': 'ok',
      'basic.id_card.front': 'ok',
      'basic.id_card.back': 'ok',
    });
    expect(statuses([error({ file: 'p.jpg' })])['basic.photo']).toBe('invalid');
    expect(statuses([error({ field: 'basic.photo', severity: 'warning' })])['basic.photo']).toBe(
      'ok',
    );
    // A profile problem about the field is not a problem of the material.
    expect(
      statuses([error({ rule: 'profile/invalid-value', field: 'basic.photo' })])['basic.photo'],
    ).toBe('ok');
  });
});

describe('unusedWaiverInput', () => {
  it('points at the profile entry', () => {
    const base = { rule: 'photo/size', field: 'basic.photo', reason: 'x' };
    expect(unusedWaiverInput({ ...base, origin: { kind: 'profile', index: 2 } })).toEqual({
      field: 'waivers[2]',
      args: { rule: 'photo/size', target: 'basic.photo' },
    });
    expect(
      unusedWaiverInput({
        ...base,
        field: undefined,
        file: 'a.jpg',
        origin: { kind: 'profile', index: 0 },
      }),
    ).toEqual({ field: 'waivers[0]', args: { rule: 'photo/size', target: 'a.jpg' } });
  });
});
