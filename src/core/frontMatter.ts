/**
 * Optional YAML front matter above an article: `title`, `outlet`, `published` (YYYY-MM-DD), `url`, `lang`.
 * The text keeps the front matter so line numbers match the file; `bodyStart` says where the article begins.
 */
import { parse as parseYaml } from "yaml";
import type { SourceMeta } from "./types.js";
import { getLocale } from "./lang/registry.js";
import { readFlatYaml } from "./flatYaml.js";

export interface FrontMatter {
  meta: SourceMeta;
  bodyStart: number;
  /** Problems with the front matter, one line each; the rest of the file is still read. */
  problems: string[];
}

const OPEN = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSE = /(?:^|\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/g;
/** Front matter longer than this is not front matter but an article that starts with a rule. */
const MAX_FRONT_MATTER = 16_384;

export function readFrontMatter(text: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { meta: {}, bodyStart: 0, problems: [] };
  CLOSE.lastIndex = open[0].length - 1;
  const close = CLOSE.exec(text.slice(0, MAX_FRONT_MATTER + open[0].length));
  if (!close) return { meta: {}, bodyStart: 0, problems: [] };
  const yamlText = text.slice(open[0].length, close.index);
  const bodyStart = close.index + close[0].length;
  let data: unknown = readFlatYaml(yamlText);
  if (data === undefined) {
    try {
      data = parseYaml(yamlText, { schema: "core", uniqueKeys: false });
    } catch (e) {
      const first = (e instanceof Error ? e.message : String(e)).split("\n")[0];
      return { meta: {}, bodyStart, problems: [`front matter is not valid YAML (${first}); ignored`] };
    }
  }
  if (data === null || data === undefined) return { meta: {}, bodyStart, problems: [] };
  if (typeof data !== "object" || Array.isArray(data)) return { meta: {}, bodyStart, problems: ["front matter is not a mapping of fields; ignored"] };
  return { ...validate(data as Record<string, unknown>), bodyStart };
}

function validate(data: Record<string, unknown>): { meta: SourceMeta; problems: string[] } {
  const meta: SourceMeta = {};
  const problems: string[] = [];
  const text = (key: string): string | undefined => {
    const v = data[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === "string" || typeof v === "number") return String(v).trim() || undefined;
    problems.push(`front matter field "${key}" is not text; ignored`);
    return undefined;
  };
  const title = text("title");
  if (title) meta.title = title;
  const outlet = text("outlet");
  if (outlet) meta.outlet = outlet;
  const url = text("url");
  if (url) meta.url = url;
  const published = text("published");
  if (published) {
    if (isIsoDate(published)) meta.published = published;
    else problems.push(`front matter "published" must be a date YYYY-MM-DD, got "${published.slice(0, 40)}"; ignored`);
  }
  const lang = text("lang");
  if (lang) {
    const locale = getLocale(lang);
    if (locale) meta.lang = locale.code;
    else problems.push(`front matter "lang: ${lang.slice(0, 20)}" is not a supported language; detecting it instead`);
  }
  return { meta, problems };
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
