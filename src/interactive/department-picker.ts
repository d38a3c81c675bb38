import { matchDepartment } from '../ids/divisions.js';
import { SPECIAL_DEPARTMENTS } from '../profile/options.js';
import { isMunicipality, type DivisionTree, type Place } from './divisions.js';
import type { Choice, Prompter } from './prompter.js';
import type { interactiveText } from './text.js';

/** What the pickers gave: a department, or the person chose to type it, or to leave it. */
export type DepartmentPick =
  | { readonly kind: 'value'; readonly value: string }
  | { readonly kind: 'type' }
  | { readonly kind: 'skip' };

const TYPE = Symbol('type');
const SKIP = Symbol('skip');

/**
 * 所在会计管理部门 as the platform's three pickers: province (or a central body), city
 * (or 省直属), county (or none), starting from the current answer. The rules judge the result.
 */
export async function pickDepartment(options: {
  readonly prompter: Prompter;
  readonly t: ReturnType<typeof interactiveText>;
  readonly tree: DivisionTree;
  /** The field's current value, preselected when it names a known department. */
  readonly current: unknown;
  /** Offer to leave the field as it is (fill). */
  readonly keep: boolean;
}): Promise<DepartmentPick> {
  const { prompter, t, tree, current } = options;
  const known = typeof current === 'string' ? matchDepartment(current) : undefined;
  const at =
    known?.ok && known.kind === 'division'
      ? {
          province: known.province.code.slice(0, 2),
          city: known.city?.code.slice(0, 4),
          county: known.county?.code,
          direct: known.provinceDirect,
        }
      : undefined;
  const special = known?.ok && known.kind === 'special' ? known.name : undefined;
  const keep: Choice<typeof SKIP>[] = options.keep ? [{ value: SKIP, name: t.keep }] : [];
  const places = (list: readonly Place[]) => list.map((p) => ({ value: p.code, name: p.name }));

  const province = await prompter.select<string | typeof TYPE | typeof SKIP>({
    message: t.department.province,
    choices: [
      ...places(tree.provinces),
      ...SPECIAL_DEPARTMENTS.map((s) => ({ value: s, name: s })),
      { value: TYPE, name: t.typeValue },
      ...keep,
    ],
    ...(special ? { default: special } : at ? { default: at.province } : {}),
  });
  if (province === SKIP) return { kind: 'skip' };
  if (province === TYPE) return { kind: 'type' };
  const provinceName = tree.provinces.find((p) => p.code === province)?.name;
  if (provinceName === undefined) return { kind: 'value', value: province };
  const parts = [provinceName];
  let countyOf: string | undefined = province;
  if (!isMunicipality(province)) {
    const city = await prompter.select<string>({
      message: t.department.city,
      choices: [...places(tree.cities(province)), { value: 'direct', name: t.provinceDirect }],
      ...(at?.province === province ? { default: at.direct ? 'direct' : (at.city ?? '') } : {}),
    });
    if (city === 'direct') {
      parts.push('省直属');
      countyOf = undefined;
    } else {
      parts.push(tree.cities(province).find((c) => c.code === city)!.name);
      countyOf = city;
    }
  }
  if (countyOf !== undefined) {
    const counties = tree.counties(countyOf);
    const county = await prompter.select<string>({
      message: t.department.county,
      choices: [...places(counties), { value: '', name: t.noCounty }],
      ...(at?.county?.startsWith(countyOf) ? { default: at.county } : {}),
    });
    if (county !== '') parts.push(counties.find((c) => c.code === county)!.name);
  }
  return { kind: 'value', value: parts.join('/') };
}
