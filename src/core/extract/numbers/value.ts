/** Arithmetic helpers shared by the number recogniser: safe values, granularity from the written form. */

/**
 * The largest magnitude reported. Beyond it a figure is an identifier or garbage, not a quantity anyone checks,
 * and doubles stop representing the written digits; such numbers are skipped (no mention at all).
 */
export const MAX_VALUE = Number.MAX_SAFE_INTEGER * 1e6;

/** More significant digits than this cannot be within MAX_VALUE; checked before any conversion. */
export const MAX_INT_DIGITS = 22;

export function isReportable(v: number): boolean {
  return Number.isFinite(v) && Math.abs(v) <= MAX_VALUE;
}

/** 10^(number of trailing zeros) of a non-negative integer; 1 for 0 and for non-integers. */
export function trailingZerosStep(v: number): number {
  let x = Math.abs(v);
  if (x === 0 || !Number.isInteger(x)) return 1;
  let step = 1;
  while (x % 10 === 0 && x >= 10) {
    x /= 10;
    step *= 10;
  }
  return step;
}

/** 10^(trailing zeros) of a digit string such as "2300" (100) or "0" (1). */
export function trailingZerosOfDigits(digits: string): number {
  let n = 0;
  for (let i = digits.length - 1; i > 0 && digits.charCodeAt(i) === 0x30; i--) n++;
  if (n === digits.length - 1 && digits.charCodeAt(0) === 0x30) return 1;
  return 10 ** n;
}

/** Digits without leading zeros ("" for all zeros). */
export function significant(digits: string): string {
  let i = 0;
  while (i < digits.length && digits.charCodeAt(i) === 0x30) i++;
  return digits.slice(i);
}

/**
 * intDigits.fracDigits × scale, exact when the product fits in a safe integer ("1.2" billion is 1200000000, not
 * 1199999999.9999998). Returns NaN when the digits are too many to mean a value.
 */
export function decimalTimes(intDigits: string, fracDigits: string, scale: number): number {
  const sig = significant(intDigits);
  if (sig.length > MAX_INT_DIGITS) return NaN;
  const mantissaDigits = sig + fracDigits;
  if (fracDigits.length === 0) return Number(sig || "0") * scale;
  const trimmed = significant(mantissaDigits);
  if (trimmed.length <= 15) {
    const mantissa = Number(trimmed || "0");
    const divisor = 10 ** fracDigits.length;
    if (Number.isInteger(scale) && Number.isSafeInteger(mantissa * scale)) return (mantissa * scale) / divisor;
  }
  return Number(`${sig || "0"}.${fracDigits}`) * scale;
}

/** A float that prints as its short decimal form ("0.30000000000000004" becomes 0.3). */
export function tidy(v: number): number {
  if (!Number.isFinite(v) || Number.isInteger(v)) return v;
  return Number(v.toPrecision(15));
}
