import type { FormSection, Localized } from '../engine/types.js';
import { l } from './types.js';

/** The platform's page names for each form section (guide 三（四）), in its order. */
export const SECTION_TITLES = {
  profile: l('个人信息文件 profile.yaml', 'The profile file'),
  department: l('会计管理部门', 'Accounting management department'),
  scope: l('采集范围', 'Collection scope'),
  basic: l('基本信息', 'Basic information'),
  education: l('教育经历', 'Education'),
  work: l('工作经历', 'Work experience'),
  qualifications: l('专业技术资格', 'Professional qualifications'),
  plan: l('报考计划', 'Exam plan'),
  materials: l('材料文件', 'Material files'),
} as const satisfies Record<FormSection, Localized>;
