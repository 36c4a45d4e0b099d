/**
 * Inputs that break naive text processing: long runs that make a backtracking regex or a rescanning loop
 * take quadratic time, or a recogniser produce a number too large to hold. Sizes are those the issue names;
 * a linear pass over each takes milliseconds, a quadratic one hours.
 */
const WORDS_AR = "قالت وزارة الدفاع الروسية إن الطائرات نفذت 2289 طلعة قتالية منذ 30 أيلول ودمرت 4111 هدفا، وقال «نعم» المتحدث.";
const WORDS_EN = "The ministry said 2,289 sorties were flown since September 30 and 4,111 targets destroyed, \"we are ready,\" he said.";

function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

export const PATHOLOGICAL: [string, () => string][] = [
  ["a million-digit run", () => `عدد ${"7".repeat(1_000_000)} طلعة`],
  ["a million Arabic-Indic digits", () => `عدد ${"٧".repeat(1_000_000)} طلعة`],
  ["300,000 repetitions of '1,'", () => "1,".repeat(300_000)],
  ["300,000 repetitions of '1.'", () => "1.".repeat(300_000)],
  ["300,000 repetitions of '1-'", () => "1-".repeat(300_000)],
  ["200,000 Arabic separators '١٬'", () => "١٬".repeat(200_000)],
  ["200,000 unbalanced «", () => "«".repeat(200_000)],
  ["200,000 unbalanced « between words", () => "قال «نعم ".repeat(200_000)],
  ["200,000 unbalanced » and “", () => "» “".repeat(200_000)],
  ["200,000 straight double quotes", () => 'said "yes '.repeat(200_000)],
  ["200,000 open brackets", () => "(".repeat(200_000) + " 12 sorties"],
  ["a 2 MB single line of Arabic prose", () => repeatTo(WORDS_AR + " ", 2_000_000)],
  ["a 2 MB single line of English prose", () => repeatTo(WORDS_EN + " ", 2_000_000)],
  ["a million full stops", () => ".".repeat(1_000_000) + "x"],
  ["a million question and exclamation marks", () => "?!".repeat(500_000) + " x"],
  ["500,000 initials 'a.'", () => "a.".repeat(500_000) + " x"],
  ["a million spaces before a number", () => " ".repeat(1_000_000) + "12 sorties"],
  ["a million lone carriage returns", () => "\r".repeat(1_000_000) + "12 sorties"],
  ["500,000 CRLF blank lines", () => "\r\n".repeat(500_000) + "12 sorties"],
  ["a million direction marks between digits", () => "2\u200f".repeat(500_000)],
  ["a one-million-letter word", () => "ا".repeat(1_000_000)],
  ["a million combining marks", () => "a" + "\u0301".repeat(1_000_000)],
  ["500,000 emoji", () => "😀".repeat(500_000)],
  ["100,000 dates", () => "26 تشرين الثاني 2015، ".repeat(100_000)],
  ["100,000 ranges", () => "between 1 and 2 and ".repeat(100_000)],
  ["100,000 Arabic ranges", () => "من 1 إلى 2 و".repeat(100_000)],
  ["100,000 numbers with scale words", () => "4 آلاف و".repeat(100_000)],
  ["a number too large for a double", () => `${"9".repeat(400)} sorties and 1e999 killed`],
  ["hard-wrapped lines of digits", () => ("1,000 2,000 3,000 4,000 5,000 6,000 7,000 8,000 9,000\n").repeat(40_000)],
];
