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

/**
 * Name, text, and the language to read it as (the one whose recognisers it stresses). The four inputs the
 * issue names come at full size; the others at a few hundred thousand characters (or a few thousand
 * repetitions of a claim), where a quadratic step still takes minutes but a linear pass stays well under a
 * second, so CI stays fast.
 */
export const PATHOLOGICAL: [string, () => string, "ar" | "en"][] = [
  // Named in the issue.
  ["a million-digit run", () => `وقالت الوزارة إن الطائرات نفذت ${"7".repeat(1_000_000)} طلعة قتالية.`, "ar"],
  ["300,000 repetitions of '1,'", () => "1,".repeat(300_000), "en"],
  ["200,000 unbalanced «", () => "قال «نعم ".repeat(200_000), "ar"],
  ["a 2 MB single line of Arabic prose", () => repeatTo(WORDS_AR + " ", 2_000_000), "ar"],
  // Other runs that break naive scanners.
  ["200,000 Arabic-Indic digits", () => `نفذت الطائرات ${"٧".repeat(200_000)} طلعة قتالية.`, "ar"],
  ["100,000 repetitions of '1.' and '1-'", () => "1.1-".repeat(50_000), "en"],
  ["100,000 Arabic separators '١٬'", () => "١٬".repeat(100_000), "ar"],
  ["100,000 bare «", () => "«".repeat(100_000), "ar"],
  ["100,000 unbalanced » and “", () => "» “".repeat(50_000), "ar"],
  ["20,000 straight double quotes", () => 'said "yes '.repeat(20_000), "en"],
  ["100,000 open brackets", () => "(".repeat(100_000) + " 12 sorties", "en"],
  ["a 200 kB single line of English prose", () => repeatTo(WORDS_EN + " ", 200_000), "en"],
  ["200,000 full stops", () => ".".repeat(200_000) + "x", "en"],
  ["100,000 question and exclamation marks", () => "?!".repeat(50_000) + " x", "en"],
  ["100,000 initials 'a.'", () => "a.".repeat(100_000) + " x", "en"],
  ["200,000 spaces before a number", () => " ".repeat(200_000) + "12 sorties", "en"],
  ["200,000 lone carriage returns", () => "\r".repeat(200_000) + "12 sorties", "en"],
  ["100,000 CRLF blank lines", () => "\r\n".repeat(100_000) + "12 sorties", "en"],
  ["100,000 direction marks between digits", () => "2\u200f".repeat(100_000), "ar"],
  ["a 200,000-letter word", () => "ا".repeat(200_000), "ar"],
  ["200,000 combining marks", () => "a" + "\u0301".repeat(200_000), "en"],
  ["100,000 emoji", () => "😀".repeat(100_000), "en"],
  ["20,000 dates in one sentence", () => "26 تشرين الثاني 2015، ".repeat(20_000), "ar"],
  ["5,000 ranges", () => "between 1 and 2 and ".repeat(5_000), "en"],
  ["5,000 Arabic ranges", () => "من 1 إلى 2 و".repeat(5_000), "ar"],
  ["5,000 numbers with scale words", () => "4 آلاف و".repeat(5_000), "ar"],
  ["a number too large for a double", () => `The ministry said ${"9".repeat(400)} sorties were flown and 1e999 people killed.`, "en"],
  ["hard-wrapped lines of digits", () => "1,000 2,000 3,000 4,000 5,000 6,000 7,000 8,000 9,000\n".repeat(5_000), "en"],
];
