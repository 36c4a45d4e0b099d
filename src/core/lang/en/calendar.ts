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

// Hijri months in the transliterations English copy uses; the apostrophe and hyphen are tokens of the phrase.
export const hijriMonths: [string, number][] = [
  ["Muharram", 1], ["Moharram", 1],
  ["Safar", 2],
  ["Rabi al-Awwal", 3], ["Rabi' al-Awwal", 3], ["Rabi ul-Awwal", 3], ["Rabi-ul-Awwal", 3], ["Rabi I", 3],
  ["Rabi al-Thani", 4], ["Rabi' al-Thani", 4], ["Rabi al-Akhir", 4], ["Rabi' al-Akhir", 4], ["Rabi ul-Akhir", 4],
  ["Rabi-ul-Akhir", 4], ["Rabi II", 4],
  ["Jumada al-Awwal", 5], ["Jumada al-Ula", 5], ["Jumada al-Oula", 5], ["Jumada I", 5],
  ["Jumada al-Thani", 6], ["Jumada al-Akhirah", 6], ["Jumada al-Akhira", 6], ["Jumada II", 6],
  ["Rajab", 7],
  ["Shaban", 8], ["Sha'ban", 8],
  ["Ramadan", 9], ["Ramadhan", 9],
  ["Shawwal", 10],
  ["Dhu al-Qadah", 11], ["Dhu al-Qa'dah", 11], ["Dhu al-Qidah", 11], ["Dhu al-Qi'dah", 11], ["Dhul-Qadah", 11],
  ["Dhul Qadah", 11], ["Dhul-Qidah", 11], ["Zul Qadah", 11],
  ["Dhu al-Hijjah", 12], ["Dhu al-Hijja", 12], ["Dhul-Hijjah", 12], ["Dhul Hijjah", 12], ["Zul Hijjah", 12],
];
