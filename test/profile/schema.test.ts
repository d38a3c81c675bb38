import { describe, expect, it } from 'vitest';
import { fieldInfo } from '../../src/profile/schema.js';

// Keys an object inherits: a lookup by key on a plain object finds these where the schema has none.
const INHERITED = [
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  '__proto__',
];

describe('fieldInfo', () => {
  it('labels known fields', () => {
    expect(fieldInfo('basic.name')).toMatchObject({ title: '姓名', titleEn: 'Name' });
    expect(fieldInfo('work[0].contact')?.keys).toEqual(['name', 'phone']);
  });
  it.each(INHERITED)('knows no field %s, at the top or nested', (key) => {
    expect(fieldInfo(key)).toBeUndefined();
    expect(fieldInfo(`basic.${key}`)).toBeUndefined();
    expect(fieldInfo(`work[0].${key}`)).toBeUndefined();
    expect(fieldInfo(`basic.id_card.${key}`)).toBeUndefined();
  });
});
