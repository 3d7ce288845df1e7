/**
 * Value generators for the BLIND7 split (placeholder: its independent author writes them).
 * Each returns one value exactly as it appears in the text; every separator is part of the value.
 */
import type { Prng } from './prng.js';

const unwritten = (what: string): never => {
  throw new Error(`values.blind7.gen.ts: ${what} is not written yet`);
};

export const chineseName = (_r: Prng): string => unwritten('chineseName');
export const englishName = (_r: Prng): string => unwritten('englishName');
export const pinyinName = (_r: Prng): string => unwritten('pinyinName');
export const secret = (_r: Prng): string => unwritten('secret');
export const cvv = (_r: Prng): string => unwritten('cvv');
export const mobile = (_r: Prng): string => unwritten('mobile');
export const landline = (_r: Prng): string => unwritten('landline');
export const foreignPhone = (_r: Prng): string => unwritten('foreignPhone');
export const idCard = (_r: Prng): string => unwritten('idCard');
export const bankCard = (_r: Prng): string => unwritten('bankCard');
export const email = (_r: Prng): string => unwritten('email');
export const wechatId = (_r: Prng): string => unwritten('wechatId');
export const qqNumber = (_r: Prng): string => unwritten('qqNumber');
