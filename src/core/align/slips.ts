/** Whether two values of one unit are one figure mistyped: neighbouring digits swapped, or a zero left out. */
export function mistypedFigure(x: unknown, y: unknown): boolean {
  if (x === y) return false;
  return swappedDigits(x, y) || droppedZero(x, y);
}

/**
 * Whether two values are written with the same digits but for two neighbours swapped (674, 647). Two-digit figures
 * are left out: 89 and 98 of one unit are as likely two counts as one slip.
 */
export function swappedDigits(x: unknown, y: unknown): boolean {
  const a = String(x);
  const b = String(y);
  if (a.length !== b.length || a === b || a.replace(/\D/g, "").length < 3) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * A figure with one zero left out, at the same order of magnitude: 1.058 trillion read as 1.58 trillion. Arabic
 * writes such a sum in words, «تريليون و58 مليار درهم» (one trillion and 58 billion), and a desk that turns it into
 * a decimal drops the zero that holds the hundreds of billions. Like two neighbouring digits swapped, it is one
 * figure mistyped, not two counts; the longer figure needs four significant digits, since 1,050 and 1,500 (or 205
 * and 250) are as likely two round counts as one slip.
 */
export function droppedZero(x: unknown, y: unknown): boolean {
  const a = Number(x);
  const b = Number(y);
  if (!(a > 0) || !(b > 0) || a === b || Math.floor(Math.log10(a)) !== Math.floor(Math.log10(b))) return false;
  const da = digitsOfValue(a);
  const db = digitsOfValue(b);
  const [long, short] = da.length > db.length ? [da, db] : [db, da];
  if (long.length < 4 || long.length !== short.length + 1) return false;
  for (let i = 1; i < long.length - 1; i++) if (long[i] === "0" && long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/**
 * digitsAndPower's digits, kept per value: alignment asks for the digits of both values of every candidate pair
 * of one unit and magnitude (a million pairs for a thousand articles, among some twenty thousand values), and
 * toExponential with its two replacements cost some 100 ms of a 2 s stage there. Cleared when full, so a huge
 * run keeps a bounded memo; a value's digits never change, so a hit gives what the call would.
 */
const digitsMemo = new Map<number, string>();
const DIGITS_MEMO_SIZE = 1 << 16;

export function digitsOfValue(v: number): string {
  let digits = digitsMemo.get(v);
  if (digits === undefined) {
    if (digitsMemo.size >= DIGITS_MEMO_SIZE) digitsMemo.clear();
    digitsMemo.set(v, (digits = digitsAndPower(v)[0]));
  }
  return digits;
}

/** "1654" and 14 for 165.4 trillion: the significant digits and the power of ten of the first one. */
export function digitsAndPower(v: number): [string, number] {
  const [mantissa, exponent] = v.toExponential().split("e");
  return [mantissa!.replace(".", "").replace(/0+$/, ""), Number(exponent)];
}
