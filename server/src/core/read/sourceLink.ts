/**
 * How a summary names its source report: a line near its top such as `来源：../reports/luoyang-2021.txt`,
 * `原文: …`, `source: …`, or a Markdown comment `<!-- policylens-source: … -->`.
 */

/** Only the opening counts: a 来源 further down credits a quotation, not the summary's source. */
const LINES_SEARCHED = 10;

/** `<!-- policylens-source: path -->`, or the same key without the comment (a .txt summary). */
const SOURCE_KEY = /policylens-source\s*[:：]\s*(.*?)\s*(?:-->|$)/i;
/** `来源：path`, `**原文**: path`, `- source: path`, `> 出处：path`. */
const SOURCE_LABEL = /^\s*(?:[-*+>]\s+)?(?:\*\*|__)?(?:来源|原文|出处|source)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(.*)$/i;

export interface SourceLink {
  /** The path as written (relative paths are relative to the summary's folder). */
  path: string;
  /** 0-based line of the link. */
  line: number;
}

/** The source a summary names in its first lines, as written; null when it names none. */
export function readSourceLink(text: string): string | null {
  return findSourceLink(text)?.path ?? null;
}

/** The link and the line it stands on (the summary check leaves that line out of its reading). */
export function findSourceLink(text: string): SourceLink | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let seen = 0;
  for (let n = 0; n < lines.length && seen < LINES_SEARCHED; n++) {
    const line = lines[n]!;
    if (line.trim().length === 0) continue;
    seen++;
    const written = SOURCE_KEY.exec(line)?.[1] ?? SOURCE_LABEL.exec(line)?.[1];
    if (written === undefined) continue;
    const path = cleanPath(written);
    if (path !== null) return { path, line: n };
  }
  return null;
}

/** Strips the wrapping a writer puts around a path; null when what remains names no file. */
function cleanPath(written: string): string | null {
  let path = written.trim();
  // [洛阳市2021年政府工作报告](../reports/luoyang-2021.txt "title") → the link's target
  const link = /^!?\[[^\]]*\]\(\s*<?([^)>]*?)>?(?:\s+["'][^"']*["'])?\s*\)/.exec(path);
  if (link) path = link[1]!.trim();
  for (let previous = ''; previous !== path; ) {
    previous = path;
    path = path
      .replace(/[。；;，,]+$/, '')
      .replace(/^(["'`“‘「『<《])(.*)(["'`”’」』>》])$/, (whole, open: string, inner: string, close: string) =>
        PAIRS[open] === close ? inner : whole)
      .trim();
  }
  if (path.length === 0) return null;
  // A web page or a newspaper's name is a credit, not a file the checker can open.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) && !/^file:\/\//i.test(path)) return null;
  if (!/[\\/]/.test(path) && !/\.[A-Za-z0-9]{1,6}$/.test(path)) return null;
  return path.replace(/^file:\/\//i, '');
}

const PAIRS: Readonly<Record<string, string>> = {
  '"': '"', "'": "'", '`': '`', '“': '”', '‘': '’', '「': '」', '『': '』', '<': '>', '《': '》',
};
