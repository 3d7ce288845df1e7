/** Check-digit and plausibility rules for Chinese identifiers (pure functions on ASCII digits). */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 check character for the first 17 digits of an 18-character ID. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (ID_WEIGHTS[i] as number);
  return ID_CHECK[sum % 11] as string;
}

export function idChecksumOk(id18: string): boolean {
  return id18.length === 18 && idCheckChar(id18.slice(0, 17)) === id18[17]?.toUpperCase();
}

/** Province codes (first two digits) in use: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81–83. */
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54,
  61, 62, 63, 64, 65, 71, 81, 82, 83,
]);

export function regionCodeOk(digits: string): boolean {
  return PROVINCE_CODES.has(Number(digits.slice(0, 2)));
}

export function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= days;
}

/** Birth date inside an 18-digit ID (YYYYMMDD at offset 6), year 1900..`currentYear`. */
export function idBirthDateOk(id: string, currentYear: number): boolean {
  const y = Number(id.slice(6, 10));
  return y >= 1900 && y <= currentYear && validDate(y, Number(id.slice(10, 12)), Number(id.slice(12, 14)));
}

/** Legacy 15-digit ID: YYMMDD at offset 6, always 19YY. */
export function legacyIdDateOk(id15: string): boolean {
  return validDate(1900 + Number(id15.slice(6, 8)), Number(id15.slice(8, 10)), Number(id15.slice(10, 12)));
}

export function luhnOk(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Luhn check digit that completes `partial` (used by the evaluation generator and tests). */
export function luhnCheckDigit(partial: string): string {
  for (let d = 0; d <= 9; d++) if (luhnOk(partial + String(d))) return String(d);
  return '0';
}
