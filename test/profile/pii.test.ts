import { describe, expect, it } from 'vitest';
import { piiKindOf } from '../../src/profile/pii.js';

describe('piiKindOf', () => {
  it('knows the fields that hold personal data, and paths inside them', () => {
    expect(piiKindOf('basic.id_number')).toBe('id');
    expect(piiKindOf('basic.id_number[0]')).toBe('id');
    expect(piiKindOf('basic.phone.mobile')).toBe('phone');
    expect(piiKindOf('basic.name')).toBe('name');
    expect(piiKindOf('work[2].contact.phone')).toBe('phone');
    expect(piiKindOf('work[0].contact.name')).toBe('name');
  });
  it('leaves other fields alone', () => {
    expect(piiKindOf('basic.id_type')).toBeUndefined();
    expect(piiKindOf('basic.phones')).toBeUndefined();
    expect(piiKindOf('basic.named')).toBeUndefined();
    expect(piiKindOf('work[0].employer')).toBeUndefined();
  });
});
