import { makeResidentId } from './identifiers';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢';
const GIVEN = [
  '子涵',
  '浩然',
  '欣怡',
  '宇轩',
  '梓萱',
  '俊杰',
  '雨桐',
  '明辉',
  '思远',
  '佳琪',
  '志强',
  '晓燕',
  '文博',
  '嘉怡',
  '建国',
  '丽娟',
  '海波',
  '静怡',
  '宏伟',
  '婷婷',
  '振华',
  '雅琴',
  '伟',
  '敏',
  '磊',
  '芳',
  '军',
  '丹',
  '凯',
  '颖',
];

export interface Person {
  name: string;
  idNumber: string;
}

/**
 * The `n`-th synthetic person of a city: a common name and an ID number with the city's area code,
 * born in `birthYear` (spread over the year by `n`). Distinct `n` give distinct ID numbers.
 */
export function person(n: number, area: string, birthYear: number): Person {
  const surname = SURNAMES[(n * 7) % SURNAMES.length] ?? '王';
  const given = GIVEN[(n * 11 + Math.floor(n / SURNAMES.length)) % GIVEN.length] ?? '伟';
  const month = (n % 12) + 1;
  const day = ((n * 5) % 28) + 1;
  const birth = `${birthYear}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  return { name: `${surname}${given}`, idNumber: makeResidentId(area, birth, 100 + ((n * 37) % 900)) };
}
