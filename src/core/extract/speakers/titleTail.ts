/** A person's title that reaches the name past its prepositions, under definiteness marking (see titleTail). */
import { isColon, isComma, opensComplement, type Unit, type UnitReader } from "./units.js";

// How many units past a person's title the prepositional phrases of the title and the name may hold.
const MAX_TITLE_TAIL_UNITS = 10;

/**
 * Under definiteness marking, a person's title whose phrase stopped at a preposition may go on past it to the
 * person's name: "المديرة الإقليمية للطوارئ في منظمة الصحة العالمية ليلى منصور", "الأمين العام للحزب سامر
 * الخوالدة". Taken only when the words after the preposition close on a name of two words or more that
 * follows a determined word (a body's name is written right after the body: "قال المتحدث لوكالة فرانس برس"
 * is the spokesman speaking to the agency), and a preposition written apart opens a body or a title ("في
 * منظمة …", not "في مؤتمر صحافي"). Returns the whole phrase, or undefined.
 */
export function titleTail(r: UnitReader, units: readonly Unit[], stop: Unit | undefined, noObject: boolean): Unit[] | undefined {
  if (!stop || !stop.preposition || !units.some((u) => u.kind === "word" && u.person)) return undefined;
  const tail: Unit[] = [];
  let tailStop: Unit | undefined;
  for (let k = stop.first; k <= r.hi; ) {
    const u = r.at(k);
    if (tail.length === MAX_TITLE_TAIL_UNITS || !(u.kind === "word" || u.kind === "link" || u.preposition)) {
      tailStop = u;
      break;
    }
    tail.push(u);
    k = u.last + 1;
  }
  for (let i = 0; i < tail.length; i++) {
    const u = tail[i] as Unit;
    if (u.preposition) {
      const next = tail[i + 1];
      if (r.lex.prepositions.has(u.norm) && !(next?.kind === "word" && (next.person || next.body))) return undefined;
      continue;
    }
    const before = tail[i - 1];
    if (!isPlainName(u) || !before || !determinedBefore(r, before)) continue;
    let j = i;
    // Name prefixes join the name, with the word after them even when determined ("أحمد أبو الغيط").
    for (;;) {
      const u = tail[j];
      if (u === undefined) break;
      if (u.namePrefix && (u.kind === "word" || u.kind === "link") && tail[j + 1]?.kind === "word") j += 2;
      else if (isPlainName(u)) j++;
      else break;
    }
    // A family name after the personal name, where no object can stand in its place (see constructLength).
    const family = tail[j];
    if (family?.kind === "word" && !family.named && !family.person && !family.body) {
      const next = j + 1 < tail.length ? tail[j + 1] : tailStop;
      if (noObject || opensComplement(next)) j++;
    }
    const closing = tail[j];
    if (j - i >= 2 && j - i <= MAX_NAME_WORDS && (!closing || closing.preposition)) return [...units, ...tail.slice(0, j)];
    i = j - 1;
  }
  return undefined;
}

// The place a title names before its comma ("في اليمن", "لدى الأمم المتحدة في جنيف"): at most this many units.
const MAX_PLACE_UNITS = 4;

// A person's name closing a title: at most this many words.
const MAX_NAME_WORDS = 4;

function isPlainName(u: Unit): boolean {
  return u.kind === "word" && u.named && !u.person && !u.body;
}

/** A determined word, or a preposition glued to the article ("للحزب"): what a person's name may follow. */
function determinedBefore(r: UnitReader, u: Unit): boolean {
  if (u.kind === "word") return !u.named;
  return u.preposition === true && r.lex.breakerPrefixes.some((p) => u.norm.startsWith(p));
}

/**
 * Under definiteness marking, a person's title followed by the person's name between commas: "قال عامل إقليم
 * طاطا، محمد الإدريسي، في تصريح", "وقال وزير الداخلية، عبد الوافي لفتيت: «…»". The name is plain names and
 * name prefixes (a determined word may follow a prefix: "عبد الوافي"), possibly closed by a determined family
 * name, and a comma or colon must close it right after; anything else between the commas (a description, a
 * time, a place) is not taken. Returns the whole phrase, or undefined.
 */
export function apposedName(r: UnitReader, units: readonly Unit[], stop: Unit | undefined): Unit[] | undefined {
  if (!stop || !units.some((u) => u.kind === "word" && u.person)) return undefined;
  // "ممثلة منظمة الصحة العالمية في اليمن، مارتا ليندكفيست،": the title's place, then the name.
  const place: Unit[] = [];
  let comma: Unit | undefined = stop;
  if (stop.preposition) {
    comma = undefined;
    for (let k = stop.first; k <= r.hi && place.length <= MAX_PLACE_UNITS; ) {
      const u = r.at(k);
      if (u.kind === "punct") {
        comma = u;
        break;
      }
      if (u.kind !== "word" && !u.preposition) return undefined;
      place.push(u);
      k = u.last + 1;
    }
  }
  if (!comma || comma.kind !== "punct" || !isComma(comma.norm)) return undefined;
  const names: Unit[] = [];
  let titles = 0;
  let afterPrefix = false;
  let closed = false;
  for (let k = comma.last + 1; k <= r.hi && names.length - titles <= MAX_NAME_WORDS; ) {
    const u = r.at(k);
    k = u.last + 1;
    if (u.kind === "punct" && (isComma(u.norm) || isColon(u.norm))) {
      return names.length > titles && !afterPrefix ? [...units, ...place, comma, ...names] : undefined;
    }
    if (closed) return undefined;
    if ((u.kind === "link" || u.kind === "word") && u.namePrefix) {
      names.push(u);
      afterPrefix = true;
      continue;
    }
    // An honorific or rank before the name between the commas: «، الدكتور ماجد بن محمد الأنصاري،».
    if (u.kind === "word" && u.person && !u.body && names.length === titles && !afterPrefix) {
      names.push(u);
      titles++;
      continue;
    }
    if (u.kind !== "word" || u.person || u.body) return undefined;
    // A determined word continues a name after a prefix ("عبد الوافي"); elsewhere it can only close it as
    // the family name ("محمد الإدريسي").
    if (!u.named && !afterPrefix) {
      if (names.length === titles) return undefined;
      closed = true;
    }
    names.push(u);
    afterPrefix = false;
  }
  return undefined;
}

// Words of a personal name after its determined first word ("الحسين أيت بها"): at most this many.
const MAX_NAMES_AFTER_DETERMINED = 3;

/**
 * Under definiteness marking, a personal name whose first word carries the article («الحسين أيت بها», «المختار
 * ولد داداه», «الطاهر بن علي»): a determined word that is no title, body or adjective, then one to three plain
 * names (name prefixes, and short words that are also stop words, such as «بها» in a Berber name, included),
 * and nothing else before the stop. A verbal noun and its object read the same ("أعلن الاتحاد قائمته:"), so
 * the phrase is taken only when what follows says it is a person: a comma, then a person's title within two
 * words («، أحد سكان الدوار،», «، وهو مزارع،»), or, after a verb that takes no object («قال»), a colon or a
 * quoted statement. Returns the phrase, or undefined.
 */
export function determinedFirstName(r: UnitReader, first: Unit | undefined, noObject: boolean): Unit[] | undefined {
  if (!first || first.kind !== "word" || first.named || first.person || first.body || first.adjective || first.quote) return undefined;
  const units: Unit[] = [first];
  let k = first.last + 1;
  let stop: Unit | undefined;
  while (k <= r.hi) {
    const u = r.at(k);
    const namePart = u.kind === "word" ? !u.quote && (u.namePrefix === true || isPlainName(u)) : u.kind === "break" && !u.preposition && u.first === u.last && !r.lex.negations.has(u.norm) && !r.lex.adverbs.has(u.norm) && !r.lex.relatives.has(u.norm) && !r.lex.definitePrefixes.some((p) => u.norm.startsWith(p)) && r.view.tokens[u.first]?.kind === "word";
    if (!namePart || units.length > MAX_NAMES_AFTER_DETERMINED) {
      stop = u;
      break;
    }
    units.push(u);
    k = u.last + 1;
  }
  const last = units[units.length - 1] as Unit;
  if (!stop || units.length < 2 || last.namePrefix || !units.some((u) => u !== first && u.kind === "word")) return undefined;
  if (noObject && opensComplement(stop) && stop.kind !== "comp") return units;
  if (stop.kind !== "punct" || !isComma(stop.norm)) return undefined;
  for (let j = stop.last + 1, n = 0; j <= r.hi && n < 2; n++) {
    const u = r.at(j);
    if (u.kind === "word" && u.person) return units;
    if (u.kind === "punct" || u.kind === "statement" || u.preposition) return undefined;
    j = u.last + 1;
  }
  return undefined;
}
