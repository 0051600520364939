/**
 * Registration authority (第1位) → the category codes (第2位) it issues, per the GB 32100-2015 code
 * table as extended by later allocations (律师事务所 31…, 农村集体经济组织 N…). An authority not
 * listed here is rejected; a combination not listed under its authority is rejected.
 */
export const USCC_AUTHORITIES: Readonly<Record<string, { name: string; categories: string }>> = {
  '1': { name: '机构编制', categories: '1239' },
  '2': { name: '外交', categories: '19' },
  '3': { name: '司法行政', categories: '123459' },
  '4': { name: '文化', categories: '19' },
  '5': { name: '民政', categories: '1239' },
  '6': { name: '旅游', categories: '129' },
  '7': { name: '宗教', categories: '129' },
  '8': { name: '工会', categories: '19' },
  '9': { name: '工商（市场监管）', categories: '123' },
  A: { name: '中央军委改革和编制办公室', categories: '19' },
  N: { name: '农业农村', categories: '1239' },
  Y: { name: '其他', categories: '1' },
};
