import { checkMobile } from '../ids/contact.js';
import { normaliseNumber } from '../ids/normalise.js';
import { checkResidentId } from '../ids/resident-id.js';
import { UNIT_TYPE_CATEGORIES, checkUscc } from '../ids/uscc.js';
import { ID_TYPES } from '../profile/options.js';
import { usualDegree } from '../platform/levels.js';
import { isOngoing } from '../profile/dates.js';
import { genericPath } from './fields.js';

/**
 * What the other answers say a field probably is (offered when the profile has no value yet):
 * pure, from the answers so far (`get`) and today's date (`YYYY-MM-DD`).
 */
export function derivedDefault(
  path: string,
  get: (path: string) => unknown,
  today: string,
): unknown {
  const entry = path.replace(/\.[^.]+$/, '');
  switch (genericPath(path)) {
    case 'basic.gender':
    case 'basic.birth_date': {
      const type = get('basic.id_type');
      const number = get('basic.id_number');
      if (typeof number !== 'string' || (type !== undefined && type !== ID_TYPES.values[0]))
        return undefined;
      const r = checkResidentId(number);
      if (!r.ok) return undefined;
      return path === 'basic.gender' ? r.gender : r.birthDate;
    }
    case 'basic.id_type':
      return ID_TYPES.values[0];
    case 'basic.real_name':
      return 'alipay';
    case 'education[].degree': {
      const level = get(`${entry}.level`);
      return typeof level === 'string' ? usualDegree(level) : undefined;
    }
    case 'work[].unit_type': {
      const uscc = get(`${entry}.uscc`);
      const r = typeof uscc === 'string' ? checkUscc(uscc) : undefined;
      if (!r?.ok) return undefined;
      const pair = r.normalised.slice(0, 2);
      return Object.entries(UNIT_TYPE_CATEGORIES).find(([, pairs]) => pairs.includes(pair))?.[0];
    }
    case 'work[].end':
      return get(`${entry}.status`) === '在职' ? '至今' : undefined;
    case 'plan.year':
      return Number(today.slice(0, 4)) + 1;
  }
  return undefined;
}

/** `2009.7.1`, `2009/07/01`, `2009年7月1日`, `20090701` → `2009-07-01`; `现在` → `至今`. */
export function normaliseDate(value: string, ongoing: boolean): string {
  const v = value.trim();
  if (ongoing && (isOngoing(v) || /^(今|现在|至今|目前|now)$/i.test(v))) return '至今';
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const m = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*(?:[-./月]\s*(\d{1,2})\s*日?|月)?$/.exec(v);
  if (!m) return v;
  const mm = m[2]!.padStart(2, '0');
  return m[3] === undefined ? `${m[1]}-${mm}` : `${m[1]}-${mm}-${m[3].padStart(2, '0')}`;
}

/**
 * A number field's answer as the platform wants it, like dates: `138 1234 5678` and
 * `+86 138-1234-5678` → `13812345678`; an ID number, USCC or postcode half-width, upper case
 * (`x` → `X`), without the spaces and dashes between groups. A contact phone that is not a
 * mobile (a landline with its dash) is only trimmed. Other fields are returned as they are.
 */
export function normaliseAnswer(path: string, value: string): string {
  const v = value.trim();
  switch (genericPath(path)) {
    case 'basic.id_number':
    case 'work[].uscc':
    case 'basic.postcode':
      return normaliseNumber(v).value;
    case 'basic.phone':
    case 'work[].contact.phone': {
      const mobile = checkMobile(v);
      return mobile.ok ? mobile.normalised : v;
    }
  }
  return value;
}
