/**
 * Test vectors of other identifier libraries, each with its source, to measure ours against
 * independent implementations (issue 13 items 19 and 20). Numbers only: no code was copied.
 */

/**
 * Resident ID numbers these libraries accept as valid (15-digit ones are upgraded before the
 * region is looked up). Two of them carry a region code that never existed in any table
 * (`FABRICATED_REGIONS`): the libraries check the province only.
 */
export const RESIDENT_ID_VECTORS: Readonly<Record<string, readonly string[]>> = {
  // python-stdnum tests/test_cn_ric.doctest and stdnum/cn/ric.py
  'python-stdnum cn.ric': [
    '360426199101010071',
    '44011320141005001X',
    '412723199010050012',
    '110102199101010078',
    '120110198012010073',
    '120110199212010072',
    // stdnum rejects it only because 房山区 (110111) was created after 1980, the birth year; the
    // card is issued later, so the code is real.
    '110111198012010078',
  ],
  // hutool hutool-core/src/test/java/cn/hutool/core/util/IdcardUtilTest.java
  'hutool IdcardUtil': [
    '321083197812162119',
    '150102880730303',
    '150102198807303035',
    '33010219200403064X',
    '81000019980902013X',
    '820000200009100032',
    '830000200209060065',
  ],
  // hutool hutool-core/src/test/java/cn/hutool/core/lang/ValidatorTest.java (isCitizenId)
  'hutool Validator': ['110101199003074477', '410001910101123'],
  // validator.js test/validators.test.js, isIdentityCard zh-CN
  'validator.js isIdentityCard': [
    '235407195106112745',
    '210203197503102721',
    '520323197806058856',
    '110101491001001',
  ],
  // jxlwqq/id-validator tests/IdValidatorTest.php (also in guanguans/id-validator and
  // jxlwqq/id-validator.py)
  'jxlwqq/id-validator': [
    '440308199901101512',
    '500154199301135886',
    '110101199003078670',
    '500154199804106120',
    '411082198901010002',
    '610104620927690',
    '810000199408230021',
    '830000199201300022',
    '362324198001010014',
    '362324198101010011',
    '362324198201010019',
    '430302199312194239',
  ],
  // GB 11643-1999's own example and this project's earlier vectors
  'GB 11643-1999 / ausm-check': ['11010519491231002X', '440524188001010014', '530102198703173716'],
};

/** Region codes of the vectors above that are in no table of 1980–2019 nor the current one. */
export const FABRICATED_REGIONS: readonly string[] = ['410001', '235407'];

/** Numbers these libraries reject for their region: a province that never existed, or none. */
export const BAD_REGION_VECTORS: Readonly<Record<string, readonly string[]>> = {
  // python-stdnum tests/test_cn_ric.doctest: "unknown birth place code"
  'python-stdnum cn.ric': ['990426199112010074'],
  // validator.js test/validators.test.js, isIdentityCard zh-CN invalid (16…, 01…)
  'validator.js isIdentityCard': ['160323197806058856', '010203197503102721'],
  // hutool IdcardUtilTest: a foreigner's permanent residence card (2023), not a resident ID
  'hutool IdcardUtil': ['932682198501010017'],
};

/** 统一社会信用代码 these libraries accept. */
export const USCC_VECTORS: Readonly<Record<string, readonly string[]>> = {
  // python-stdnum tests/test_cn_uscc.doctest ("found online"), a sample across provinces
  'python-stdnum cn.uscc': [
    '121200004013590816',
    '91110000600037341L',
    '91110000710926094P',
    '91120224064012553U',
    '911522010783710635',
    '9115220107837757XE',
    '91310000631696382C',
    '91310115MA1K3BTP2B',
    '9131012056010553X5',
    '91320214745555318W',
    '913304007429141869',
    '91340600MA2PBM9HXD',
    '913505007821784439',
    '91371082775260043P',
    '914112810713741814',
    '91420684MA4927PJ7B',
    '9144030071526726XG',
    '91442000696462712R',
    '91620105L015101280',
    '91620105MA73NBBLXE',
    '92340602MA2PBMEM24',
    '92340621MA2UK3PJXE',
  ],
  // hutool hutool-core/src/test/java/cn/hutool/core/util/CreditCodeUtilTest.java
  'hutool CreditCodeUtil': ['91310115591693856A', '91310110666007217T'],
};

/** Mobile numbers validator.js (isMobilePhone zh-CN) and hutool (PhoneUtil) accept. */
export const MOBILE_VECTORS: Readonly<Record<string, readonly string[]>> = {
  'validator.js isMobilePhone zh-CN': [
    '13523333233',
    '14899230918',
    '15052052020',
    '16237108167',
    '008616238234822',
    '+8616238234822',
    '17269427292',
    '18199617480',
    '19651751717',
    '+8619912341234',
  ],
  'hutool PhoneUtil': ['13612345678', '+8618600221432', '13900221432'],
};

/** Fixed-line numbers hutool (PhoneUtil.isTel) and validator.js accept or name. */
export const LANDLINE_VECTORS: Readonly<Record<string, readonly string[]>> = {
  'hutool PhoneUtil': ['010-88993108', '010-12345678', '020-9999999', '0755-7654321'],
  // validator.js isMobilePhone zh-CN invalid: a Beijing fixed line
  'validator.js isMobilePhone zh-CN': ['010-38238383'],
};
