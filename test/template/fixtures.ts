export { captureIo, type CapturedIo } from '../helpers.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const TODAY = '2026-11-26';

/** The example applicant of docs/spec/profile.md; the USCC's GB 32100 check character is right. */
export const PROFILE = `scope: 1
department: 云南省/昆明市/五华区
basic:
  id_type: 内地居民身份证
  id_number: "530102198703173716"
  name: 张三
  gender: 男
  birth_date: 1987-03-17
  phone: "15912341535"
work:
  - employer: 昆明韬达人力资源有限公司
    uscc: "91530102MA6P4Q7K12"
    unit_type: 企业
    industry: 租赁和商务服务业
    status: 在职
    start: 2009-08-01
    end: 至今
    duties: [出纳, 会计监督]
    contact: { name: 李四, phone: "0871-12345678" }
`;

/** The same person with an earlier job that lacks its contact, its exact end day and its duties. */
export const TWO_JOBS = `${PROFILE}  - employer: 云南某某会计师事务所有限公司
    uscc: "91530102MA6P4Q7K12"
    status: 离职
    start: 2007-07-01
    end: 2009-07
`;

export async function tempFolder(files: Readonly<Record<string, string>> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ausm-template-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

export async function removeFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
