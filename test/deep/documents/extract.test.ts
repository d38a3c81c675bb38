import { describe, expect, it } from 'vitest';
import { extractFields, MIN_CONFIDENCE } from '../../../src/deep/documents/extract.js';
import type { OcrLine } from '../../../src/deep/documents/types.js';

/** Lines as the engine gives them, top to bottom, each 40 px below the last. */
const lines = (...texts: (string | [string, number])[]): OcrLine[] =>
  texts.map((t, i) => {
    const [text, confidence] = typeof t === 'string' ? [t, 0.97] : t;
    return { text, confidence, box: { x: 100, y: 100 + 40 * i, width: 600, height: 30 } };
  });

describe('extractFields on a work proof', () => {
  const proof = lines(
    '附件',
    '会计工作（经历）证明',
    '兹有张晓明（身份证号：53010219900307371x）系我单位',
    '（☑在职、口退休、口离职）正式职工，于 2015 年 7月1日至今',
    '单位名称：昆明市滇池会计服务有限公司',
    '社会统一信用代码：91530100MA6K12345X',
  );
  it('finds heading, name, ID number, start, employer and credit code', () => {
    const f = extractFields('work-proof', proof);
    expect(f.heading?.value).toBe('会计工作(经历)证明');
    expect(f.name?.value).toBe('张晓明');
    expect(f.idNumber?.value).toBe('53010219900307371X');
    expect(f.start?.value).toEqual({ year: 2015, month: 7, day: 1 });
    expect(f.employer?.value).toBe('昆明市滇池会计服务有限公司');
    expect(f.uscc?.value).toBe('91530100MA6K12345X');
  });
  it('reads a start date that wraps onto the next line', () => {
    const f = extractFields(
      'work-proof',
      lines('兹有张晓明（身份证号：x）系我单位正式职工，于', '2015年7月至今'),
    );
    expect(f.start?.value).toEqual({ year: 2015, month: 7 });
  });
  it('leaves out what was read with low confidence', () => {
    const f = extractFields(
      'work-proof',
      lines('会计工作证明', ['兹有张晓明（身份证号：53010219900307371X）', MIN_CONFIDENCE - 0.1]),
    );
    expect(f.heading?.value).toBe('会计工作证明');
    expect(f.name).toBeUndefined();
    expect(f.idNumber).toBeUndefined();
  });
  it('finds no heading on another document', () => {
    expect(
      extractFields('work-proof', lines('劳动合同书', '甲方：某某公司')).heading,
    ).toBeUndefined();
  });
});

describe('extractFields on diplomas, certificates and ID cards', () => {
  it('reads a degree certificate: name before 性别, the issue date in Chinese numerals', () => {
    const f = extractFields(
      'degree',
      lines(
        '学士学位证书',
        '李华，女，一九九〇年三月七日生。在云南财经大学会计学专业',
        '完成了本科学习计划，业已毕业，经审核符合规定，授予管理学学士学位。',
        '证书编号：1068942009001234',
        '二〇〇九年七月一日',
      ),
    );
    expect(f.heading?.value).toBe('学位证书');
    expect(f.name?.value).toBe('李华');
    expect(f.issued?.value).toEqual({ year: 2009, month: 7, day: 1 });
    expect(f.number?.value).toBe('1068942009001234');
  });
  it('reads a diploma: study end, school after 校名, the date beside the number', () => {
    const f = extractFields(
      'diploma',
      lines(
        '毕业证书',
        '学生李华，性别女，一九九〇年三月七日生，于二〇〇五年九月至',
        '二〇〇九年七月在本校会计学专业四年制本科学习',
        '校名：云南财经大学 校（院）长：王某',
        '证书编号：106891200905001234 二〇〇九年七月一日',
      ),
    );
    expect(f.studyEnd?.value).toEqual({ year: 2009, month: 7 });
    expect(f.school?.value).toBe('云南财经大学');
    expect(f.issued?.value).toEqual({ year: 2009, month: 7, day: 1 });
  });
  it('does not take a school name the engine read in pieces (a seal across it)', () => {
    const f = extractFields('diploma', lines('毕业证书', '校名：云南财 大学 校(院)长：李建国'));
    expect(f.school).toBeUndefined();
  });
  it('reads the name on a qualification certificate', () => {
    expect(extractFields('certificate', lines('姓名 李华', '性别 女')).name?.value).toBe('李华');
  });
  it('reads the ID card: name and number in front, 有效期限 on the back', () => {
    const front = extractFields('id-front', lines('姓名李华', '公民身份号码530102199003073716'));
    expect(front.name?.value).toBe('李华');
    expect(front.idNumber?.value).toBe('530102199003073716');
    const back = extractFields(
      'id-back',
      lines('签发机关昆明市公安局', '有效期限2006.03.05-2016.03.05'),
    );
    expect(back.validUntil?.value).toEqual({ year: 2016, month: 3, day: 5 });
    const life = extractFields('id-back', lines('有效期限 2016.03.05-长期'));
    expect(life.validUntil?.value).toBe('long-term');
  });
});
