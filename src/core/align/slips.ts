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
  const da = significant(a);
  const db = significant(b);
  const [long, short] = da.length > db.length ? [da, db] : [db, da];
  if (long.length < 4 || long.length !== short.length + 1) return false;
  for (let i = 1; i < long.length - 1; i++) if (long[i] === "0" && long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** The significant digits of a positive number as written in full ("1058" for 1,058,000,000,000 and for 10.58). */
function significant(v: number): string {
  const s = String(v);
  if (s.includes("e")) return "";
  return s.replace(".", "").replace(/^0+/u, "").replace(/0+$/u, "");
}
