// Label texts as offices write them, normalised and recognised: 「企 业 名 称：」, 「*联系电话」,
// 「申请补助金额（大写）」, a vertical 「申\n报\n单\n位」 all come down to one key.

/** Removes spaces of every width, line breaks, required-field stars and trailing colons; unifies brackets. */
export function normaliseLabel(text: string): string {
  return text
    .replace(/[\s\u3000\u00a0\u2002-\u200b\ufeff]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/^[*＊★※]+/, '')
    .replace(/[:：]+$/, '');
}

/** True for a cell that holds no value yet: blank, or only a fill-in line (____). */
export function isBlank(text: string): boolean {
  return /^[\s\u3000\u00a0_＿—-]*$/.test(text);
}

/** Box characters an office types for 「□是 □否」; ☑ is what a ticked one becomes. */
export const BOXES = /[□☐▢]/;
export const TICKED = '☑';

// Applicant, amount and date labels every program shares; values are draft paths or
// the composite paths of values.ts.
const COMMON: readonly [RegExp, string][] = [
  [
    /^(申报|申请)?(企业|单位|学校|院校|机构)(（[^）]*）)?(全称|名称)(（盖章）)?$|^申报(单位|主体)$/,
    'applicant.name',
  ],
  [/^(统一)?社会信用代码$|^组织机构代码$|^信用代码$/, 'applicant.orgCode'],
  [/^(法定代表人|法人代表|法人)(（负责人）|或负责人)?(姓名)?$/, 'applicant.legalRepresentative'],
  [/^联系人(及|和|、|\/)(联系)?(电话|方式)$/, 'applicant.contact'],
  [/^(联系人|经办人)(姓名)?$/, 'applicant.contactPerson'],
  [/^(联系|办公|手机|固定)?(电话|方式|号码)$|^手机$/, 'applicant.phone'],
  [/^(单位|企业|学校|注册|通讯|通信|详细|经营|办公)?(地址|住所)$/, 'applicant.address'],
  [/^开户(银)?行(及|和|、)(银行)?账号$/, 'applicant.bank'],
  [/^(开户(银)?行|开户银行名称|开户行名称)$/, 'applicant.bankName'],
  [/^(银行|开户|对公)?(账号|帐号|账户)$/, 'applicant.bankAccount'],
  [
    /^(申请|申报)?(补助|补贴|奖补)?(金额|资金)(（元）|（万元）)?(（小写）|小写)(（元）)?$|^小写(（元）)?$|^(申请|申报)(补助|补贴|奖补)?(金额|资金)(（元）)?$/,
    'amount.figures',
  ],
  [/^(申请|申报)?(补助|补贴|奖补)?(金额|资金)?(（大写）|大写)$|^金额大写$/, 'amount.uppercase'],
  [/^(申报|申请|填报|填表)(日期|时间)$/, 'applicationDate'],
  [/^(申报)?项目(名称)?$|^申报类别$/, 'program'],
  [/^政策(依据|文号)$/, 'policy'],
];

/**
 * The draft path a label names, from the common list and then the program's own field labels
 * (`labels`: normalised label → path); undefined when it is not recognised.
 */
export function pathForLabel(label: string, labels: ReadonlyMap<string, string>): string | undefined {
  // 「是否规模以上企业」 asks for the field 「规模以上企业」; 「职工总数（人）」 for 「职工总数」.
  const bare = label.replace(/（[^）]*）$/, '').replace(/^是否/, '');
  const own = labels.get(label) ?? labels.get(bare);
  if (own) return own;
  // 「申报单位（盖章）：____」: the seal goes over the name, the name is still asked for.
  const sealed = label.replace(/（(盖章|公章|盖公章)）$/, '');
  return COMMON.find(([re]) => re.test(label) || re.test(sealed))?.[1];
}

/** Joins two roster fields that one column shows as a period: 「起止日期」 is `startDate~endDate`. */
export const SPAN = '~';

// Column headers as rosters name them; the roster's own labels are tried first.
const COLUMN_SYNONYMS: readonly [RegExp, string][] = [
  [/^(学生|学徒|教师|人员)?姓名$/, 'name'],
  [/^(公民)?身份(证|证件)?(号|号码)$|^身份证$/, 'idNumber'],
  [/^(就读)?(学校|院校)(名称)?$/, 'school'],
  [/^(所学)?专业(名称)?$/, 'major'],
  [/^(实习|培养|培训)?(开始|起始)(日期|时间)$/, 'startDate'],
  [/^(实习|培养|培训)?(结束|截止)(日期|时间)$/, 'endDate'],
  [/^(实习|培养|培训)?(起止|起讫)(日期|时间)$/, `startDate${SPAN}endDate`],
  [/^工种$|^职业（工种）$/, 'occupation'],
  [/^(企业)?导师$/, 'mentor'],
  [/^发票号(码)?$/, 'invoiceNumber'],
  [/^(开票)?日期$/, 'invoiceDate'],
];

/** The roster field a column header names (`name`, `idNumber` …), from the roster's labels then synonyms. */
export function fieldForColumn(
  header: string,
  fields: readonly { key: string; label: string }[],
): string | undefined {
  const bare = header.replace(/（[^）]*）$/, '');
  const own = fields.find((f) => f.label === header || f.label === bare);
  if (own) return own.key;
  const syn = COLUMN_SYNONYMS.find(([re]) => re.test(header) || re.test(bare))?.[1];
  return syn && syn.split(SPAN).every((k) => fields.some((f) => f.key === k)) ? syn : undefined;
}

/** The serial-number column: 序号, 编号, No. */
export function isSerialHeader(header: string): boolean {
  return /^(序号|编号|序|No\.?)$/i.test(header);
}
