import type { CalendarWords } from "../types.js";

// Abbreviations appear with and without their full stop ("Nov. 26", "Nov 26"); the stop is a separate token.
const months: [string, number][] = [
  ["January", 1], ["Jan", 1],
  ["February", 2], ["Feb", 2],
  ["March", 3], ["Mar", 3],
  ["April", 4], ["Apr", 4],
  ["May", 5],
  ["June", 6], ["Jun", 6],
  ["July", 7], ["Jul", 7],
  ["August", 8], ["Aug", 8],
  ["September", 9], ["Sept", 9], ["Sep", 9],
  ["October", 10], ["Oct", 10],
  ["November", 11], ["Nov", 11],
  ["December", 12], ["Dec", 12],
];

const weekdays: [string, number][] = [
  ["Sunday", 0], ["Sun", 0],
  ["Monday", 1], ["Mon", 1],
  ["Tuesday", 2], ["Tue", 2], ["Tues", 2],
  ["Wednesday", 3], ["Wed", 3], ["Weds", 3],
  ["Thursday", 4], ["Thu", 4], ["Thurs", 4],
  ["Friday", 5], ["Fri", 5],
  ["Saturday", 6], ["Sat", 6],
];

export const calendar: CalendarWords = { months, weekdays };
