// Markdown: the prose only, one segment per paragraph, heading, list item, quote paragraph or table
// cell, with the markup taken out of the text and every character mapped back to the source.
// Not linted: front matter, fenced and indented code, inline code, HTML comments, tags and the
// contents of script/style/pre/code elements, link and image targets, reference definitions,
// footnote references, autolinks and bare URLs, heading `{#id}` attributes. Emphasis markers are
// removed, backslash escapes and HTML entities resolved (mapped to the escape; fixes never cross
// them). Hand-written, linear in the size of the input, never throws on any input.
import type { Fix, LintContext } from '../types';
import { fixSourceRange, type Segment } from './segment';

/** Longest text of one segment; a longer paragraph is split at line breaks (then at spaces). */
export const MAX_MARKDOWN_SEGMENT = 20_000;

interface Line {
  start: number;
  /** End of the content, before \r\n or \n. */
  end: number;
}

/** A piece of a block: a source range whose text is one line of the block. */
interface Piece {
  start: number;
  end: number;
}

/** The lines of a source: line k runs from at[2k] to at[2k + 1]; one typed array, not an object per line. */
interface Lines {
  at: Int32Array;
  count: number;
}

function splitLines(source: string): Lines {
  let count = 1;
  for (let e = source.indexOf('\n'); e !== -1; e = source.indexOf('\n', e + 1)) count++;
  const at = new Int32Array(2 * count);
  let k = 0;
  for (let s = 0; s <= source.length; ) {
    let e = source.indexOf('\n', s);
    if (e === -1) e = source.length;
    at[k++] = s;
    at[k++] = e > s && source.charCodeAt(e - 1) === 13 ? e - 1 : e;
    s = e + 1;
  }
  return { at, count };
}

const lineAt = (lines: Lines, i: number): Line => ({ start: lines.at[2 * i] as number, end: lines.at[2 * i + 1] as number });

/** Index of the first line after YAML (---) or TOML (+++) front matter, or 0. */
function frontMatterEnd(source: string, lines: Lines): number {
  const first = lineAt(lines, 0);
  const text = source.slice(first.start, first.end).replace(/^\uFEFF/, '');
  const fence = /^(---|\+\+\+)[ \t]*$/.exec(text)?.[1];
  if (!fence) return 0;
  const close = fence === '---' ? /^(---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/;
  for (let j = 1; j < lines.count; j++) {
    const l = lineAt(lines, j);
    if (close.test(source.slice(l.start, l.end))) return j + 1;
  }
  return 0;
}

const HR = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ATX = /^#{1,6}(?=[ \t]|$)/;
const FENCE_OPEN = /^(`{3,}|~{3,})/;
const SETEXT_EQ = /^=+[ \t]*$/;
const LIST_MARKER = /^([-*+]|\d{1,9}[.)])(?=[ \t]|$)/;
const REF_DEF = /^\[(?!\^)(?:[^\]\\\n]|\\.){1,999}\]:/;
const FOOTNOTE_DEF = /^\[\^[^\]\s]{1,100}\]:[ \t]?/;
const TABLE_DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const HTML_SKIP: { open: RegExp; close: RegExp }[] = [
  { open: /^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, close: /<\/(?:script|pre|style|textarea)>/i },
  { open: /^<!--/, close: /-->/ },
  { open: /^<\?/, close: /\?>/ },
  { open: /^<![A-Za-z]/, close: />/ },
  { open: /^<!\[CDATA\[/, close: /\]\]>/ },
];

/** Leading columns of a line (a tab reaches the next multiple of 4). */
function indentOf(source: string, from: number, to: number): { cols: number; at: number } {
  let cols = 0;
  let at = from;
  while (at < to) {
    const c = source[at];
    if (c === ' ') cols++;
    else if (c === '\t') cols += 4 - (cols % 4);
    else break;
    at++;
  }
  return { cols, at };
}

/** The source offset `cols` columns into a line's indentation (or its first non-blank character). */
function columnAt(source: string, from: number, to: number, cols: number): number {
  let c = 0;
  let at = from;
  while (at < to && c < cols) {
    const ch = source[at];
    if (ch === ' ') c++;
    else if (ch === '\t') c += 4 - (c % 4);
    else break;
    at++;
  }
  return at;
}

function isBlankRange(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = source[i];
    if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return true;
}

/** Blocks of plain lines take the short way (plainBlock); tests turn it off to hold it to the general one. */
let plainBlocks = true;
export function setPlainBlocks(on: boolean): void {
  plainBlocks = on;
}

/**
 * The prose of a Markdown document as segments, in order. With `each`, each segment is handed to it as
 * soon as it is found and none is kept (the result is empty): a big file's segments are then let go
 * one by one, not all held until the end.
 */
export function extractMarkdownSegments(source: string, each?: (segment: Segment) => void): Segment[] {
  const lines = splitLines(source);
  const out: Segment[] = [];
  const put = (segments: Segment[]) => {
    for (const seg of segments) {
      if (each) each(seg);
      else out.push(seg);
    }
  };
  let block: Piece[] = [];
  let blockDepth = 0;
  const flush = () => {
    if (block.length) put(inlineSegments(source, block, false));
    block = [];
  };

  let fence: { close: RegExp; depth: number } | null = null;
  let htmlClose: { close: RegExp; depth: number } | null = null;
  let listCols: number[] = []; // content columns of the open list items, innermost last
  let listDepth = 0; // the quote depth the list lives in
  let prevBlank = true;
  // The next `|` at or after a position (amortized: the answer serves every position up to it).
  let pipeAt = -1;
  const nextPipe = (from: number): number => {
    if (pipeAt < from) {
      pipeAt = source.indexOf('|', from);
      if (pipeAt === -1) pipeAt = Infinity;
    }
    return pipeAt;
  };

  for (let i = frontMatterEnd(source, lines); i < lines.count; i++) {
    const end = lines.at[2 * i + 1] as number;
    // Blockquote markers.
    let pos = lines.at[2 * i] as number;
    let depth = 0;
    for (;;) {
      const { cols, at } = indentOf(source, pos, end);
      if (cols <= 3 && source[at] === '>') {
        depth++;
        pos = at + 1;
        if (source[pos] === ' ' || source[pos] === '\t') pos++;
      } else break;
    }

    if (fence) {
      if (depth < fence.depth) fence = null;
      else {
        if (fence.close.test(source.slice(indentOf(source, pos, end).at, end))) fence = null;
        continue;
      }
    }
    if (htmlClose) {
      if (depth < htmlClose.depth) htmlClose = null;
      else {
        const m = htmlClose.close.exec(source.slice(pos, end));
        if (!m) continue;
        htmlClose = null;
        const rest = pos + m.index + m[0].length;
        if (!isBlankRange(source, rest, end)) {
          blockDepth = depth;
          block.push({ start: indentOf(source, rest, end).at, end });
          prevBlank = false;
        }
        continue;
      }
    }

    if (isBlankRange(source, pos, end)) {
      flush();
      prevBlank = true;
      continue;
    }
    if (depth !== listDepth) {
      listCols = [];
      listDepth = depth;
    }
    const open = block.length > 0 && !prevBlank;
    if (open && depth > blockDepth) flush();

    let { cols: ind, at: contentAt } = indentOf(source, pos, end);
    let base = 0;
    // Lists: which item holds this line, or a new item.
    while (listCols.length && (listCols[listCols.length - 1] as number) > ind && !(block.length && !prevBlank && isLazy(source, contentAt, end))) listCols.pop();
    if (listCols.length && ind >= (listCols[listCols.length - 1] as number)) base = listCols[listCols.length - 1] as number;
    else if (listCols.length && block.length && !prevBlank) base = Math.min(ind, listCols[listCols.length - 1] as number);
    let rel = ind - base;
    // Most lines are prose: a letter first, no table pipe, not indented as code.
    const c0 = source.charCodeAt(contentAt);
    if (rel < 4 && ((c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90) || (c0 >= 0x400 && c0 <= 0x4ff)) && nextPipe(contentAt) >= end) {
      if (!(block.length && !prevBlank)) {
        flush();
        blockDepth = depth;
      }
      block.push({ start: contentAt, end });
      prevBlank = false;
      continue;
    }
    let t = source.slice(contentAt, Math.min(end, contentAt + 8));

    if (rel <= 3 && !HR.test(source.slice(contentAt, end))) {
      const lm = LIST_MARKER.exec(source.slice(contentAt, Math.min(end, contentAt + 11)));
      if (lm) {
        flush();
        const afterMarker = contentAt + (lm[1] as string).length;
        const sp = indentOf(source, afterMarker, end);
        const gap = sp.at >= end || sp.cols > 4 ? 1 : Math.max(1, sp.cols); // five or more blanks: the item starts with indented code
        const markerCol = ind + (lm[1] as string).length;
        while (listCols.length && (listCols[listCols.length - 1] as number) > ind) listCols.pop();
        listCols.push(markerCol + gap);
        if (sp.at >= end) {
          prevBlank = false;
          continue; // an empty item
        }
        contentAt = sp.cols > 4 ? columnAt(source, afterMarker, end, 1) : sp.at;
        ind = 0;
        base = 0;
        rel = 0;
        t = source.slice(contentAt, Math.min(end, contentAt + 8));
        // A task list box.
        const task = /^\[[ xX]\](?:[ \t]|$)/.exec(source.slice(contentAt, contentAt + 4));
        if (task) contentAt = indentOf(source, contentAt + 3, end).at;
        if (contentAt >= end) {
          prevBlank = false;
          continue;
        }
        t = source.slice(contentAt, Math.min(end, contentAt + 8));
        blockDepth = depth;
      }
    }

    if (rel >= 4 && !(block.length && !prevBlank)) {
      flush(); // indented code
      prevBlank = false;
      continue;
    }
    const fo = FENCE_OPEN.exec(t);
    if (fo && rel <= 3 && !(fo[1]?.[0] === '`' && source.slice(contentAt + (fo[1] as string).length, end).includes('`'))) {
      flush();
      const marker = fo[1] as string;
      fence = { close: new RegExp(`^\\${marker[0] as string}{${marker.length},}[ \\t]*$`), depth };
      prevBlank = false;
      continue;
    }
    if (ATX.test(t) && rel <= 3) {
      flush();
      const text = source.slice(contentAt, end);
      const hashes = (ATX.exec(text) as RegExpExecArray)[0].length;
      let s = indentOf(source, contentAt + hashes, end).at;
      let e = end;
      const attr = /[ \t]*\{[#.:][^{}]*\}[ \t]*$/.exec(source.slice(s, e));
      if (attr) e = s + attr.index;
      const closing = /(?:^|[ \t]+)#+[ \t]*$/.exec(source.slice(s, e));
      if (closing) e = s + closing.index;
      while (e > s && (source[e - 1] === ' ' || source[e - 1] === '\t')) e--;
      if (s > e) s = e;
      if (e > s) {
        blockDepth = depth;
        block.push({ start: s, end: e });
      }
      flush();
      prevBlank = false;
      continue;
    }
    if (rel <= 3 && (HR.test(source.slice(contentAt, end)) || (SETEXT_EQ.test(source.slice(contentAt, end)) && block.length && !prevBlank))) {
      flush(); // a thematic break, or the underline of a setext heading (the heading is the block)
      prevBlank = false;
      continue;
    }
    if (rel <= 3 && source[contentAt] === '<') {
      const head = source.slice(contentAt, Math.min(end, contentAt + 12));
      const kind = HTML_SKIP.find((h) => h.open.test(head));
      if (kind) {
        flush();
        const m = kind.close.exec(source.slice(contentAt + 2, end));
        if (m) {
          const rest = contentAt + 2 + m.index + m[0].length;
          if (!isBlankRange(source, rest, end)) {
            blockDepth = depth;
            block.push({ start: indentOf(source, rest, end).at, end });
          }
        } else htmlClose = { close: kind.close, depth };
        prevBlank = false;
        continue;
      }
    }
    if (rel <= 3 && source[contentAt] === '[') {
      const head = source.slice(contentAt, Math.min(end, contentAt + 1200));
      if (!(block.length && !prevBlank) && REF_DEF.test(head)) {
        flush();
        prevBlank = false;
        continue;
      }
      const fn = FOOTNOTE_DEF.exec(head);
      if (fn) {
        flush();
        contentAt += fn[0].length;
        listCols = [...listCols, ind + 4];
      }
    }
    // A table: a row with a pipe, then a delimiter row.
    if (rel <= 3 && i + 1 < lines.count && source.slice(contentAt, end).includes('|')) {
      const next = lineAt(lines, i + 1);
      const nextAt = quoteContent(source, next, depth);
      const delimiter = nextAt === undefined ? '' : source.slice(indentOf(source, nextAt, next.end).at, next.end);
      if (delimiter.includes('-') && TABLE_DELIMITER.test(delimiter) && cellCount(delimiter) === cellCount(source.slice(contentAt, end))) {
        flush();
        put(tableRow(source, contentAt, end));
        i++;
        for (; i + 1 < lines.count; i++) {
          const row = lineAt(lines, i + 1);
          const rowAt = quoteContent(source, row, depth);
          if (rowAt === undefined || isBlankRange(source, rowAt, row.end)) break;
          const ra = indentOf(source, rowAt, row.end).at;
          const rt = source.slice(ra, row.end);
          if (ATX.test(rt) || FENCE_OPEN.test(rt) || HR.test(rt) || rt[0] === '>') break;
          put(tableRow(source, ra, row.end));
        }
        prevBlank = false;
        continue;
      }
    }
    // Paragraph text (or the continuation of one).
    if (!(block.length && !prevBlank)) {
      flush();
      blockDepth = depth;
    }
    block.push({ start: contentAt, end });
    prevBlank = false;
  }
  flush();
  return out;
}

/** Whether a line would continue an open paragraph lazily (it starts no block of its own). */
function isLazy(source: string, at: number, end: number): boolean {
  const t = source.slice(at, Math.min(end, at + 12));
  return !(LIST_MARKER.test(t) || ATX.test(t) || FENCE_OPEN.test(t) || HR.test(source.slice(at, end)) || t[0] === '>' || /^<(?:script|pre|style|textarea|!--)/i.test(t));
}

/** Where a line's content starts inside `depth` blockquote markers, or undefined if it has fewer. */
function quoteContent(source: string, l: Line, depth: number): number | undefined {
  let pos = l.start;
  for (let d = 0; d < depth; d++) {
    const { cols, at } = indentOf(source, pos, l.end);
    if (cols > 3 || source[at] !== '>') return undefined;
    pos = at + 1;
    if (source[pos] === ' ' || source[pos] === '\t') pos++;
  }
  return pos;
}

/** How many cells a table row has. */
function cellCount(row: string): number {
  const t = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  let n = 1;
  for (let k = 0; k < t.length; k++) if (t[k] === '|' && t[k - 1] !== '\\') n++;
  return n;
}

/** The cells of one table row, each its own segment. */
function tableRow(source: string, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let s = from;
  let e = to;
  while (e > s && (source[e - 1] === ' ' || source[e - 1] === '\t')) e--;
  if (source[s] === '|') s++;
  if (e > s && source[e - 1] === '|' && source[e - 2] !== '\\') e--;
  let cell = s;
  for (let k = s; k <= e; k++) {
    if (k === e || (source[k] === '|' && source[k - 1] !== '\\')) {
      const a = indentOf(source, cell, k).at;
      let b = k;
      while (b > a && (source[b - 1] === ' ' || source[b - 1] === '\t')) b--;
      if (b > a) out.push(...inlineSegments(source, [{ start: a, end: b }], true));
      cell = k + 1;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------- inline

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', bdquo: '„', lsquo: '‘', rsquo: '’', sbquo: '‚', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™', times: '×', minus: '−', shy: '\u00ad', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', deg: '°', euro: '€', rub: '₽', numero: '№', larr: '←', rarr: '→', hearts: '♥',
};
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;
// Where the scan must look closer: markup characters and the start of a bare URL.
const SPECIAL = /[\\`<&!\]*_~\n[]|(?:https?|ftp):\/\/|www\./gi;
// Whether a line holds markup: one of \ ` < & ! ] * _ ~ [ or a line break that the inline scan would
// not copy as it is (see copiedAsIs), a URL (http://, https://, ftp://) or www. — tests cheaper
// together than one regex with the alternatives (this runs for every line): a character class, a
// literal search, and the schemes only where a :// is there.
const MARKUP_CHAR = /[\\`<&!\]*_~\n[]/;
const MARKUP_CHARS = /[\\`<&!\]*_~\n[]/g;
const URL_SCHEME = /(?:https?|ftp):\/\//i;
const WWW = /www\./i;
const hasMarkup = (s: string) => (MARKUP_CHAR.test(s) && !copiedAsIs(s)) || (s.includes('://') && URL_SCHEME.test(s)) || WWW.test(s);

/**
 * Whether the inline scan (inlineSegments) would copy every markup character of line `s` as it is:
 * a `!` before no `[`, a `<` that can open no tag, comment or autolink, an `&` that starts no entity,
 * emphasis markers that cannot open or close emphasis ("a * b", snake_case, a lone ~), a backslash
 * before a letter. "Yes" must be exact, "no" may be wrong (the general way is then taken): the
 * answer holds for the line inside a block of lines too, where the scan sees a line break (a blank,
 * not a word character) in place of the line's end. English prose has ! and & often; without this,
 * one line in six took the general way.
 */
function copiedAsIs(s: string): boolean {
  MARKUP_CHARS.lastIndex = 0;
  for (let m = MARKUP_CHARS.exec(s); m !== null; m = MARKUP_CHARS.exec(s)) {
    const k = m.index;
    const c = s[k] as string;
    const next = s[k + 1];
    if (c === '!') {
      // copied as it is; before a [ it opens an image, and the [ answers no
    } else if (c === '<') {
      // a tag starts with a letter or /, a comment with !, an autolink with any other non-blank
      if (!(next === undefined || next === '<' || next === '>' || next === '@' || /\s/.test(next))) return false;
    } else if (c === '&') {
      ENTITY.lastIndex = k;
      if (ENTITY.test(s)) return false;
    } else if (c === '*' || c === '_' || c === '~') {
      let n = 1;
      while (s[k + n] === c) n++;
      const spaceAt = (i: number) => i < 0 || i >= s.length || /\s/.test(s[i] as string);
      const wordAt = (i: number) => i >= 0 && i < s.length && WORD.test(s[i] as string);
      const flanking = !spaceAt(k + n) || !spaceAt(k - 1);
      if (c === '~' ? n === 2 && flanking : c === '_' ? flanking && !(wordAt(k - 1) && wordAt(k + n)) : flanking) return false;
      MARKUP_CHARS.lastIndex = k + n;
    } else if (c === '\\') {
      if (next === undefined || ASCII_PUNCT.test(next)) return false; // an escape, or a hard line break
    } else return false; // code spans, brackets, line breaks
  }
  return true;
}
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?\/?>/y;
const AUTOLINK = /<(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>/y;
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/y;
const BARE_URL = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>]*/iy;
const SKIP_CONTENT = new Set(['code', 'script', 'style', 'pre', 'kbd', 'samp', 'textarea']);

/** The visible text of a block being built: per character its code, source range and whether it is copied as it is. */
class Out {
  n = 0;
  /** The text, as runs (kept in step with `n`). */
  parts: string[] = [];
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  verbatim: Uint8Array;
  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.verbatim = new Uint8Array(capacity);
  }
  /** Empties the buffer for the next block (the arrays are reused: extraction is synchronous). */
  reset(): this {
    this.n = 0;
    this.parts = [];
    return this;
  }
  /** Drops the last `count` characters. */
  drop(count: number): void {
    this.n -= count;
    while (count > 0) {
      const last = this.parts.pop() as string;
      if (last.length > count) {
        this.parts.push(last.slice(0, last.length - count));
        count = 0;
      } else count -= last.length;
    }
  }
  /** Makes room for `count` more characters. */
  reserve(count: number): void {
    while (this.n + count > this.codes.length) this.grow();
  }
  add(code: number, start: number, end: number, verbatim: boolean): void {
    if (this.n === this.codes.length) this.grow();
    this.codes[this.n] = code;
    this.starts[this.n] = start;
    this.ends[this.n] = end;
    this.verbatim[this.n] = verbatim ? 1 : 0;
    this.n++;
  }
  grow(): void {
    const size = Math.max(16, this.codes.length * 2);
    const codes = new Uint16Array(size);
    codes.set(this.codes);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const verbatim = new Uint8Array(size);
    verbatim.set(this.verbatim);
    Object.assign(this, { codes, starts, ends, verbatim });
  }
  text(): string {
    return this.parts.join('');
  }
}

const isBlankCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

// Buffers shared by every block (extraction never runs re-entrantly).
const shared = { out: new Out(1024), vAt: new Int32Array(1024) };

/**
 * Inline markup of one block: the block's lines are read as one string (so code spans, comments and
 * tags may span lines); the text keeps what a reader sees, each character with its source range.
 */
function inlineSegments(source: string, pieces: Piece[], tableCell: boolean): Segment[] {
  // One line without any markup: its text is the source itself.
  if (plainBlocks && pieces.length === 1) {
    const p = pieces[0] as Piece;
    if (!hasMarkup(source.slice(p.start, p.end))) {
      let a = p.start;
      let b = p.end;
      while (a < b && isBlankCode(source.charCodeAt(a))) a++;
      while (b > a && isBlankCode(source.charCodeAt(b - 1))) b--;
      if (a === b) return [];
      if (b - a <= MAX_MARKDOWN_SEGMENT) return [markdownSegment(source, source.slice(a, b), a, undefined, tableCell)];
    }
  }
  // Lines without any markup (most paragraphs): the text is their content joined by line breaks, each
  // line's trailing blanks dropped, mapped by one run per line and one per line break (see runsOf).
  if (plainBlocks && pieces.length > 1 && pieces.every((p) => !hasMarkup(source.slice(p.start, p.end)))) {
    const plain = plainBlock(source, pieces, tableCell);
    if (plain) return plain;
  }
  // The block as one string (lines joined by \n), and the source offset of each of its characters.
  let total = pieces.length - 1;
  for (const p of pieces) total += p.end - p.start;
  if (shared.vAt.length < total + 1) shared.vAt = new Int32Array(Math.max(total + 1, shared.vAt.length * 2));
  const vAt = shared.vAt;
  const parts: string[] = [];
  let w = 0;
  pieces.forEach((p, idx) => {
    if (idx > 0) {
      parts.push('\n');
      vAt[w++] = (pieces[idx - 1] as Piece).end; // a line break: from the end of one line to the start of the next
    }
    parts.push(source.slice(p.start, p.end));
    for (let k = p.start; k < p.end; k++) vAt[w++] = k;
  });
  vAt[w] = (pieces[pieces.length - 1] as Piece).end;
  const v = parts.join('');
  const o = shared.out.reset();
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    o.parts.push(v.slice(from, to));
    o.reserve(to - from);
    const { codes, starts, ends, verbatim } = o;
    let n = o.n;
    for (let k = from; k < to; k++, n++) {
      const at = vAt[k] as number;
      codes[n] = v.charCodeAt(k);
      starts[n] = at;
      ends[n] = at + 1;
      verbatim[n] = 1;
    }
    o.n = n;
  };
  /** Characters that stand for the markup from `from` to `to` (an escape, an entity). */
  const push = (s: string, from: number, to: number) => {
    o.parts.push(s);
    for (let j = 0; j < s.length; j++) o.add(s.charCodeAt(j), vAt[from] as number, (vAt[to - 1] as number) + 1, false);
  };
  const trimTrailingBlanks = () => {
    let t = 0;
    while (o.n - t > 0 && o.verbatim[o.n - t - 1] && (o.codes[o.n - t - 1] === 32 || o.codes[o.n - t - 1] === 9)) t++;
    if (t) o.drop(t);
  };

  // Code spans: backtick runs by length, consumed left to right (linear).
  let runs: Map<number, number[]> | undefined;
  let runPtr: Map<number, number> | undefined;
  const closingRun = (at: number, n: number): number => {
    if (!runs) {
      runs = new Map();
      for (let k = 0; k < v.length; k++) {
        if (v[k] !== '`' || (k > 0 && v[k - 1] === '`')) continue;
        let len = 1;
        while (v[k + len] === '`') len++;
        let list = runs.get(len);
        if (!list) runs.set(len, (list = []));
        list.push(k);
      }
    }
    const list = runs.get(n);
    if (!list) return -1;
    runPtr ??= new Map();
    let p = runPtr.get(n) ?? 0;
    while (p < list.length && (list[p] as number) <= at) p++;
    runPtr.set(n, p);
    return p < list.length ? (list[p] as number) : -1;
  };
  // Searches that failed once fail from every later position too.
  let noMore: Map<string, number> | undefined;
  let lowered: string | undefined;
  const find = (needle: string, from: number, lower = false): number => {
    const failedAt = noMore?.get(needle);
    if (failedAt !== undefined && from >= failedAt) return -1;
    const at = (lower ? (lowered ??= v.toLowerCase()) : v).indexOf(needle, from);
    if (at === -1) (noMore ??= new Map()).set(needle, from);
    return at;
  };
  // The next `]` at or after a position; the last answer serves every position up to it.
  let bracketAt = -1;
  let bracketFrom = Infinity;
  const nextBracket = (from: number): number => {
    if (from >= bracketFrom && (bracketAt === -1 || from <= bracketAt)) return bracketAt;
    bracketFrom = from;
    bracketAt = v.indexOf(']', from);
    return bracketAt;
  };
  // A link target that failed to parse was read up to here: `](` before it are not tried again.
  let targetFailedUntil = -1;

  const isWordAt = (k: number) => k >= 0 && k < v.length && WORD.test(v[k] as string);
  const isSpaceAt = (k: number) => k < 0 || k >= v.length || /\s/.test(v[k] as string);

  let k = 0;
  while (k < v.length) {
    SPECIAL.lastIndex = k;
    const m = SPECIAL.exec(v);
    const next = m ? m.index : v.length;
    if (next > k) copy(k, next);
    k = next;
    if (k >= v.length) break;
    const c = v[k] as string;
    if (c === '\n') {
      trimTrailingBlanks();
      o.parts.push('\n');
      o.add(10, vAt[k] as number, vAt[k + 1] as number, false);
      k++;
      continue;
    }
    if (c === '\\') {
      const n = v[k + 1];
      if (n !== undefined && n !== '\n' && ASCII_PUNCT.test(n)) {
        push(n, k, k + 2);
        k += 2;
      } else if (n === '\n' || n === undefined) {
        k++; // a hard line break
      } else {
        copy(k, k + 1);
        k++;
      }
      continue;
    }
    if (c === '`') {
      let n = 1;
      while (v[k + n] === '`') n++;
      const close = closingRun(k, n);
      if (close !== -1) k = close + n;
      else {
        copy(k, k + n);
        k += n;
      }
      continue;
    }
    if (c === '<') {
      if (v.startsWith('<!--', k)) {
        const close = find('-->', k + 4);
        if (close !== -1) {
          k = close + 3;
          continue;
        }
      }
      AUTOLINK.lastIndex = k;
      const auto = AUTOLINK.exec(v);
      if (auto) {
        k += auto[0].length;
        continue;
      }
      TAG.lastIndex = k;
      const tag = TAG.exec(v);
      if (tag) {
        k += tag[0].length;
        const name = (tag[1] as string).toLowerCase();
        if (tag[0][1] !== '/' && !tag[0].endsWith('/>') && SKIP_CONTENT.has(name)) {
          const close = find(`</${name}`, k, true);
          if (close !== -1) {
            const gt = v.indexOf('>', close);
            k = gt === -1 ? v.length : gt + 1;
          }
        }
        continue;
      }
      copy(k, k + 1);
      k++;
      continue;
    }
    if (c === '&') {
      ENTITY.lastIndex = k;
      const ent = ENTITY.exec(v);
      if (ent) {
        const body = ent[0].slice(1, -1);
        let ch: string | undefined;
        if (body[0] === '#') {
          const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
          ch = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
        } else ch = ENTITIES[body];
        if (ch !== undefined) {
          push(ch, k, k + ent[0].length);
          k += ent[0].length;
          continue;
        }
      }
      copy(k, k + 1);
      k++;
      continue;
    }
    if (c === '!') {
      if (v[k + 1] !== '[') copy(k, k + 1); // before `[` it makes an image: its alt text is read like a link's text
      k++;
      continue;
    }
    if (c === '[') {
      if (v[k + 1] === '^') {
        const close = nextBracket(k + 2);
        if (close !== -1 && close - k <= 102 && !/\s/.test(v.slice(k + 2, close))) {
          k = close + 1; // a footnote reference
          continue;
        }
      }
      k++; // brackets are markup, not prose
      continue;
    }
    if (c === ']') {
      k++;
      if (v[k] === '(' && k > targetFailedUntil) {
        const close = linkTargetEnd(v, k);
        if (close >= 0) k = close + 1;
        else targetFailedUntil = -close;
      } else if (v[k] === '[') {
        const close = nextBracket(k + 1);
        if (close !== -1 && close - k <= 1000) k = close + 1;
      }
      continue;
    }
    if (c === '*' || c === '_' || c === '~') {
      let n = 1;
      while (v[k + n] === c) n++;
      const before = k - 1;
      const after = k + n;
      const flanking = !isSpaceAt(after) || !isSpaceAt(before);
      const drop = c === '~' ? n === 2 && flanking : c === '_' ? flanking && !(isWordAt(before) && isWordAt(after)) : flanking;
      if (!drop) copy(k, k + n);
      k += n;
      continue;
    }
    // a bare URL at the start of a word
    if (!isWordAt(k - 1) && v[k - 1] !== '/' && v[k - 1] !== '@') {
      BARE_URL.lastIndex = k;
      const url = BARE_URL.exec(v);
      if (url && url[0].length > 4) {
        const u = url[0];
        let len = u.length;
        const opens = u.split('(').length - 1;
        let closes = u.split(')').length - 1;
        while (len > 0 && /[.,;:!?"'»)*_]/.test(u[len - 1] as string)) {
          if (u[len - 1] === ')') {
            if (opens >= closes) break; // a balanced parenthesis belongs to the URL
            closes--;
          }
          len--;
        }
        k += len;
        continue;
      }
    }
    copy(k, k + 1);
    k++;
  }
  trimTrailingBlanks();
  return build(source, o, tableCell);
}

/**
 * The index of the `)` closing an inline link target `(destination "title")` opened at `open`; when
 * what follows is not one (then it is prose), minus the index it was read up to. Bounded distance.
 */
function linkTargetEnd(v: string, open: number): number {
  const limit = Math.min(v.length, open + 4096);
  const ws = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n';
  const fail = (at: number) => -Math.max(open + 1, Math.min(at, limit));
  let k = open + 1;
  while (k < limit && ws(v[k])) k++;
  if (v[k] === '<') {
    while (++k < limit && v[k] !== '>') if (v[k] === '<' || v[k] === '\n') return fail(k);
    if (k >= limit) return fail(k);
    k++;
  } else {
    let depth = 0;
    for (; k < limit; k++) {
      const c = v[k] as string;
      if (c === '\\') k++;
      else if (ws(c)) break;
      else if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) return k;
        depth--;
      }
    }
  }
  while (k < limit && ws(v[k])) k++;
  if (v[k] === ')') return k;
  const q = v[k];
  if (q !== '"' && q !== "'" && q !== '(') return fail(k);
  const close = q === '(' ? ')' : q;
  for (k++; k < limit && v[k] !== close; k++) if (v[k] === '\\') k++;
  if (k >= limit) return fail(k);
  k++;
  while (k < limit && ws(v[k])) k++;
  return v[k] === ')' ? k : fail(k);
}

/** Trims the text, splits it if it is very long, and makes the segments. */
function build(source: string, o: Out, tableCell: boolean): Segment[] {
  let a = 0;
  let b = o.n;
  while (a < b && isBlankCode(o.codes[a] as number)) a++;
  while (b > a && isBlankCode(o.codes[b - 1] as number)) b--;
  if (a === b) return [];
  const all = o.text();
  const out: Segment[] = [];
  while (a < b) {
    let cut = b;
    if (b - a > MAX_MARKDOWN_SEGMENT) {
      const limit = a + MAX_MARKDOWN_SEGMENT;
      cut = -1;
      for (let k = limit; k > a + MAX_MARKDOWN_SEGMENT / 2 && cut === -1; k--) if (o.codes[k] === 10) cut = k;
      for (let k = limit; k > a + MAX_MARKDOWN_SEGMENT / 2 && cut === -1; k--) if (o.codes[k] === 32) cut = k;
      if (cut === -1) cut = (o.codes[limit] as number) >= 0xdc00 && (o.codes[limit] as number) <= 0xdfff ? limit - 1 : limit;
    }
    let e = cut;
    while (e > a && isBlankCode(o.codes[e - 1] as number)) e--;
    if (e > a) {
      // Text copied in one piece from the source needs no per-character map.
      const base = o.starts[a] as number;
      let linear = true;
      for (let k = a; k < e && linear; k++) linear = o.verbatim[k] === 1 && o.starts[k] === base + (k - a);
      const text = all.slice(a, e);
      out.push(linear ? markdownSegment(source, text, base, undefined, tableCell) : markdownSegment(source, text, -1, runsOf(o, a, e), tableCell));
    }
    a = cut;
    while (a < b && isBlankCode(o.codes[a] as number)) a++;
  }
  return out;
}

const EMPHASIS = new Set(['*', '_', '~']);
const BLOCK_START = /^(?:#{1,6}(?:[ \t]|$)|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>|=+[ \t]*$|-+[ \t]*$|`{3}|~{3}|[ \t]{4}|<)/;

/** The replacement written so that Markdown shows it as it is, or undefined when it cannot be. */
function encodeMarkdown(s: string, tableCell: boolean): string | undefined {
  if (/[\r\n]/.test(s)) return undefined;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '\\' || c === '`' || c === '*' || c === '[' || c === ']' || c === '<' || (c === '|' && tableCell)) out += '\\' + c;
    else if (c === '_') out += WORD.test(s[i - 1] ?? '') && WORD.test(s[i + 1] ?? '') ? c : '\\_'; // inside a word it starts no emphasis
    else if (c === '~' && (s[i + 1] === '~' || s[i - 1] === '~')) out += '\\~';
    else if (c === '&' && /^&#?[a-zA-Z0-9]+;/.test(s.slice(i, i + 34))) out += '&amp;';
    else out += c;
  }
  return out;
}

/** The context of every Markdown segment (shared: a segment's context is never changed). */
const PROSE: Partial<LintContext> = Object.freeze({ role: 'prose' });

/**
 * The source map of a segment that does not stand in the source as it is (a paragraph over several
 * lines, text with markup), as runs: for each, [text offset, source start, source end of its last
 * character, verbatim]. A verbatim run is copied from the source character for character; any other
 * character (an entity, an escape, a line break that joins lines) is a run of its own. A few numbers
 * per line instead of three typed arrays per segment (a typed array costs about a microsecond to make).
 */
function runsOf(o: Out, a: number, e: number): number[] {
  const runs: number[] = [];
  for (let k = a; k < e; ) {
    const start = o.starts[k] as number;
    if (o.verbatim[k] === 1 && o.ends[k] === start + 1) {
      let j = k + 1;
      while (j < e && o.verbatim[j] === 1 && o.starts[j] === start + (j - k) && o.ends[j] === start + (j - k) + 1) j++;
      runs.push(k - a, start, start + (j - k), 1);
      k = j;
    } else {
      runs.push(k - a, start, o.ends[k] as number, o.verbatim[k] as number);
      k++;
    }
  }
  return runs;
}

/**
 * The segment of a block of lines without markup, as the general path would make it, or undefined
 * where that path would do more (blanks at either end, a text long enough to be cut).
 */
function plainBlock(source: string, pieces: Piece[], tableCell: boolean): Segment[] | undefined {
  const parts: string[] = [];
  const runs: number[] = [];
  let t = 0;
  pieces.forEach((p, i) => {
    let end = p.end;
    // blanks before a line break are dropped
    if (i < pieces.length - 1) while (end > p.start && (source.charCodeAt(end - 1) === 32 || source.charCodeAt(end - 1) === 9)) end--;
    if (end > p.start) {
      parts.push(source.slice(p.start, end));
      runs.push(t, p.start, end, 1);
      t += end - p.start;
    }
    if (i < pieces.length - 1) {
      parts.push('\n');
      runs.push(t, p.end, (pieces[i + 1] as Piece).start, 0);
      t++;
    }
  });
  const text = parts.join('');
  if (!text.length || text.length > MAX_MARKDOWN_SEGMENT || isBlankCode(text.charCodeAt(0)) || isBlankCode(text.charCodeAt(text.length - 1))) return undefined;
  return [markdownSegment(source, text, -1, runs, tableCell)];
}

/**
 * A segment of Markdown prose: the text stands in the source as it is from `base`, or (base -1) its
 * `runs` map it (see runsOf). A class, not an object of closures: a file has a segment per paragraph.
 */
class MarkdownSegment implements Segment {
  readonly context = PROSE;
  private readonly sentinel: number;

  constructor(
    private readonly source: string,
    readonly text: string,
    private readonly base: number,
    private readonly runs: number[] | undefined,
    private readonly tableCell: boolean,
  ) {
    this.sentinel = text.length ? this.endOf(text.length - 1) : this.base;
  }

  /** Index (in `runs`) of the run holding text offset i. */
  private runAt(i: number): number {
    const runs = this.runs as number[];
    let lo = 0;
    let hi = runs.length / 4 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((runs[4 * mid] as number) <= i) lo = mid;
      else hi = mid - 1;
    }
    return 4 * lo;
  }

  startOf(i: number): number {
    if (this.base >= 0) return this.base + i;
    const r = this.runAt(i);
    const runs = this.runs as number[];
    return runs[r + 3] === 1 ? (runs[r + 1] as number) + (i - (runs[r] as number)) : (runs[r + 1] as number);
  }

  endOf(i: number): number {
    if (this.base >= 0) return this.base + i + 1;
    const r = this.runAt(i);
    const runs = this.runs as number[];
    return runs[r + 3] === 1 ? (runs[r + 1] as number) + (i - (runs[r] as number)) + 1 : (runs[r + 2] as number);
  }

  isVerbatim(i: number): boolean {
    return this.base >= 0 || (this.runs as number[])[this.runAt(i) + 3] === 1;
  }

  private startAt(i: number): number {
    return i >= this.text.length ? this.sentinel : this.startOf(i);
  }

  private clamp(i: number): number {
    return Math.max(0, Math.min(this.text.length, Math.trunc(i) || 0));
  }

  toSource(i: number): number {
    return this.startAt(this.clamp(i));
  }

  toSourceEnd(i: number): number {
    const k = this.clamp(i);
    return k === 0 ? this.startAt(0) : this.endOf(k - 1);
  }

  mapFix(fix: Fix): Fix | undefined {
    const { source, text, tableCell } = this;
    const len = text.length;
    const a = fix.start;
    const range = fixSourceRange(fix, len, this);
    if (!range) return undefined;
    let s: number;
    let e: number;
    if (range !== 'insertion') [s, e] = range;
    else if (a > 0 && this.isVerbatim(a - 1)) s = e = this.endOf(a - 1);
    else if (a < len && this.isVerbatim(a)) s = e = this.startOf(a);
    else return undefined;
    const replacement = encodeMarkdown(fix.replacement, tableCell);
    if (replacement === undefined) return undefined;
    // Emphasis must keep hugging its text: no blank (or nothing) next to a marker.
    const left = source[s - 1] ?? '';
    const right = source[e] ?? '';
    const first = (replacement + source.slice(e, e + 1))[0];
    const last = (source.slice(Math.max(0, s - 1), s) + replacement).slice(-1);
    if (EMPHASIS.has(left) && (first === undefined || /\s/.test(first) || EMPHASIS.has(first))) return undefined;
    if (EMPHASIS.has(right) && (!last || /\s/.test(last) || EMPHASIS.has(last))) return undefined;
    if (left === '[' && right === ']' && !replacement) return undefined;
    // A line must not start a new block (heading, list, quote...) after the fix.
    if (a === 0 || text[a - 1] === '\n') {
      const nl = source.indexOf('\n', e);
      if (BLOCK_START.test(replacement + source.slice(e, nl === -1 ? source.length : nl))) return undefined;
    }
    return { start: s, end: e, replacement };
  }
}

function markdownSegment(source: string, text: string, base: number, runs: number[] | undefined, tableCell: boolean): Segment {
  return new MarkdownSegment(source, text, base, runs, tableCell);
}
