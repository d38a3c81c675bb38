import type { FormSection } from '../engine/types.js';
import { SECTION_TITLES } from '../messages/sections.js';
import { Asker, SKIP, type AskContext } from './asker.js';
import { SECTION_FIELDS, labelOf } from './fields.js';
import { interactiveText } from './text.js';

/**
 * The questions of `init`. 采集范围 comes first because it decides what else is asked; then the
 * platform's own order (guide 三（四）2–7): 会计管理部门 → 基本信息 → 教育经历 → 工作经历 →
 * 专业技术资格, and the optional exam plan last. Only what the scope needs is asked.
 */
export async function askInitQuestions(ctx: AskContext, dir: string): Promise<void> {
  const t = interactiveText(ctx.lang);
  const a = new Asker(ctx);
  const d = ctx.draft;
  const heading = (section: FormSection) =>
    ctx.print(`\n${t.section(SECTION_TITLES[section][ctx.lang])}`);

  /** Entries of a list, one dialog each like the platform's 新增 button; at least one. */
  const entries = async (
    list: string,
    fields: readonly string[],
    more: string | ((i: number) => { message: string; default: boolean }),
    defaults: (i: number) => Readonly<Record<string, unknown>> = () => ({}),
  ) => {
    const title = labelOf(list, ctx.lang);
    for (let i = 0; ; i++) {
      ctx.print(`\n${t.entry(title, i + 1)}`);
      for (const f of fields) await a.ask(`${list}[${i}].${f}`, { default: defaults(i)[f] });
      const again = typeof more === 'string' ? { message: more, default: false } : more(i);
      if (!(await ctx.prompter.confirm(again))) break;
    }
  };

  ctx.print(t.welcome(dir));

  heading('scope');
  ctx.print(t.scopeIntro);
  const scope = (await a.ask('scope')) as number | undefined;
  const student =
    scope === 3 || scope === 4
      ? (await a.ask('basic.student', { default: false, message: t.student })) === true
      : false;

  heading('department');
  ctx.print(`(${t.departmentHelp[scope === 1 ? 0 : student ? 2 : 1]})`);
  await a.ask('department');

  heading('basic');
  for (const f of SECTION_FIELDS.basic) await a.ask(`basic.${f}`);
  const realName = await a.ask('basic.real_name');
  // 指南 三（四）4: 暂未工作且不属于在校学生的或会计管理部门选择国管局的, 须上传身份证或居住证;
  // 线上实名认证 needs them too (三（三）). Scopes 2 and 5 may or may not have an employer.
  const needsId =
    realName === 'online' ||
    d.get('department') === '国家机关事务管理局' ||
    (scope !== undefined && scope !== 1 && !student);
  if (needsId) {
    await a.ask('basic.id_card.front');
    await a.ask('basic.id_card.back');
  }
  if (realName === 'online') await a.ask('basic.id_card.handheld');

  heading('education');
  await entries('education', SECTION_FIELDS.education, (i) =>
    // A 大专 student taking the junior exam also needs the secondary school's diploma (指南 一（四）3).
    scope === 3 && student && i === 0 && d.get('education[0].level') === '大学专科'
      ? { message: t.addEducationStudent, default: true }
      : { message: t.addEducation, default: false },
  );

  if (scope !== 3 && scope !== 4) heading('work');
  if (scope === 1 || ((scope === 2 || scope === 5) && (await confirm(ctx, t.hasWork)))) {
    await entries('work', SECTION_FIELDS.work, t.addWork, (i) =>
      scope === 1 && i === 0 ? { status: '在职' } : {},
    );
  }

  if (scope !== 3) heading('qualifications');
  if (scope === 2 || ((scope === 1 || scope === 4) && (await confirm(ctx, t.hasAccounting))))
    await entries('qualifications.accounting', SECTION_FIELDS.accounting, t.addAccounting);
  if (scope === 5)
    await entries('qualifications.other', SECTION_FIELDS.other, t.addOther, () => ({
      level: '中级',
      method: '考试',
    }));

  heading('plan');
  const exam = await a.ask('plan.exam', {
    default: scope === 3 ? '初级' : scope === 4 || scope === 5 ? '中级' : SKIP,
  });
  if (exam === undefined) d.set('plan', undefined);
  else await a.ask('plan.year');
}

async function confirm(ctx: AskContext, message: string): Promise<boolean> {
  return ctx.prompter.confirm({ message, default: false });
}
