// YAML kit files: parsing that never throws, and the exact map from a string's value back to its
// source through every scalar style (plain, single- and double-quoted with escapes and folding,
// literal and folded blocks with chomping and indentation indicators, CRLF, BOM).
//
// The maps are ports of `yaml`'s own scalar resolution (compose/resolve-flow-scalar.js and
// resolve-block-scalar.js, yaml 2.9) that record, for every value character, the source range it
// comes from and whether it is copied as it is. Each map is checked against the value `yaml` parsed;
// if they ever disagree the segment keeps approximate positions and refuses fixes rather than edit
// the wrong characters. A fix is re-resolved through the same port before it is offered, so a fix
// that maps always yields exactly the intended value.
import * as YAML from 'yaml';
import { COMMENTER_TYPES, type Bilingual, type CommenterType, type Fix, type LintContext, type Problem } from '../types';
import { fixSourceRange, type Segment } from './segment';

export interface ParsedYaml {
  doc: YAML.Document.Parsed;
  problems: Problem[];
}

/**
 * The alias budget for expanding a document to JavaScript (`yaml`'s `maxAliasCount`). Generous for
 * hand-written files with shared anchors; an alias bomb ("billion laughs") exceeds it at once.
 */
export const MAX_ALIAS_COUNT = 10_000;

const PARSE_OPTIONS = { prettyErrors: true, uniqueKeys: true, strict: true, keepSourceTokens: true } as const;

/** A YAML error in words: ours for the common cases, else the `yaml` library's own (English) text. */
function problemMessage(e: YAML.YAMLError, source: string): Bilingual {
  const first = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?\s*$/, '').trim();
  switch (e.code) {
    case 'RESOURCE_EXHAUSTION':
      return { en: 'The YAML is nested too deeply to be read safely. Flatten the structure.', ru: 'YAML вложен слишком глубоко, чтобы его можно было безопасно прочитать. Сделайте структуру площе.' };
    case 'DUPLICATE_KEY': {
      const key = keyAt(source, e.pos[0]);
      const shown = key.startsWith('"') || key.startsWith("'") ? key : `"${key}"`;
      return key && key.length <= 80
        ? { en: `Duplicate key ${shown}: keys in a mapping must be unique.`, ru: `Повтор ключа ${shown}: ключи в одном наборе должны быть уникальны.` }
        : { en: 'Duplicate key: keys in a mapping must be unique.', ru: 'Повтор ключа: ключи в одном наборе должны быть уникальны.' };
    }
    case 'MULTIPLE_DOCS':
      return { en: 'The file holds more than one YAML document (a "---" line); this kind of kit file must hold exactly one.', ru: 'В файле больше одного YAML-документа (строка «---»); в таком файле набора должен быть ровно один.' };
    case 'BAD_INDENT':
      return { en: first, ru: `Неверный отступ: ${first}` };
    case 'MISSING_CHAR':
      return { en: first, ru: `Не хватает символа: ${first}` };
    default:
      return { en: first, ru: first };
  }
}

/** The key written at `at` (plain or quoted, up to its `:`), or '' if none is recognised. */
function keyAt(source: string, at: number): string {
  const m = /^(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\n]*?)(?=[ \t]*:(?:[ \t\r\n]|$))/.exec(source.slice(at, at + 200));
  return m ? m[0] : '';
}

function toProblems(doc: { errors: readonly YAML.YAMLError[]; warnings: readonly YAML.YAMLWarning[] }, source: string): Problem[] {
  const problems: Problem[] = [];
  const add = (e: YAML.YAMLError, severity: Problem['severity']) => {
    const start = Math.max(0, Math.min(source.length, e.pos[0]));
    let end = Math.max(start, Math.min(source.length, e.pos[1]));
    if (e.code === 'DUPLICATE_KEY') end = Math.max(end, start + keyAt(source, start).length);
    const text = problemMessage(e, source);
    const [en, ru] = severity === 'error' ? ['YAML syntax error', 'Ошибка синтаксиса YAML'] : ['YAML', 'YAML'];
    problems.push({ severity, code: 'yaml-syntax', start, end, message: `${en}: ${text.en}`, ru: `${ru}: ${text.ru}` });
  };
  for (const e of doc.errors) add(e, 'error');
  for (const w of doc.warnings) add(w, 'warning');
  return problems;
}

/** The expanded size of the document's nodes with aliases followed, and the alias that costs most. */
function aliasCost(doc: YAML.Document): { aliases: number; worst?: YAML.Alias } {
  let aliases = 0;
  let worst: YAML.Alias | undefined;
  let worstSize = -1;
  const anchored = new Map<string, number>(); // anchor name → expanded size of its (latest) node
  // Iterative post-order walk: the document is already known not to be too deep for the parser.
  const size = new Map<unknown, number>();
  const stack: { node: unknown; done: boolean }[] = [{ node: doc.contents, done: false }];
  while (stack.length) {
    const top = stack.pop() as { node: unknown; done: boolean };
    const n = top.node;
    if (YAML.isAlias(n)) {
      aliases++;
      const s = anchored.get(n.source) ?? 1;
      size.set(n, s);
      if (s > worstSize) {
        worstSize = s;
        worst = n;
      }
      continue;
    }
    const kids: unknown[] = YAML.isCollection(n) ? n.items : YAML.isPair(n) ? [n.key, n.value] : [];
    if (!top.done && kids.length) {
      stack.push({ node: n, done: true });
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], done: false });
      continue;
    }
    let s = 1;
    for (const k of kids) s = Math.min(Number.MAX_SAFE_INTEGER, s + (size.get(k) ?? 0));
    size.set(n, s);
    if (YAML.isNode(n) && n.anchor) anchored.set(n.anchor, s);
  }
  return { aliases, worst };
}

/**
 * Parses YAML keeping ranges (and source tokens). Syntax errors and warnings become `yaml-syntax`
 * problems at their exact offsets; documents whose aliases expand beyond MAX_ALIAS_COUNT get a
 * `yaml-aliases` problem at the costliest alias. Never throws.
 */
export function parseYaml(source: string): ParsedYaml {
  let doc: YAML.Document.Parsed;
  try {
    doc = YAML.parseDocument(source, PARSE_OPTIONS);
  } catch (e) {
    // `yaml` turns stack exhaustion into errors itself; anything that still escapes lands here.
    doc = YAML.parseDocument('');
    const deep = e instanceof RangeError;
    const message = deep ? 'The YAML is nested too deeply to be read safely. Flatten the structure.' : `The file cannot be read as YAML: ${(e as Error)?.message ?? String(e)}`;
    return { doc, problems: [{ severity: 'error', code: 'yaml-syntax', start: 0, end: 0, message }] };
  }
  const problems = toProblems(doc, source);
  if (!problems.some((p) => p.severity === 'error')) problems.push(...aliasProblems(doc));
  return { doc, problems };
}

function aliasProblems(doc: YAML.Document): Problem[] {
  let cost: ReturnType<typeof aliasCost>;
  try {
    cost = aliasCost(doc);
  } catch {
    return [];
  }
  if (!cost.aliases) return [];
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return [];
  } catch (e) {
    const [start, end] = cost.worst?.range ?? [0, 0];
    const msg = (e as Error)?.message ?? String(e);
    const why = /alias count/i.test(msg) ? 'expanding them would take too much memory' : e instanceof RangeError ? 'they nest too deeply' : msg;
    return [{ severity: 'error', code: 'yaml-aliases', start, end, message: `The YAML uses aliases (*name) that cannot be expanded safely: ${why}. Write the values out instead of nesting aliases.`, ru: `В YAML есть ссылки (*name), которые нельзя безопасно развернуть: ${why}. Запишите значения целиком вместо вложенных ссылок.` }];
  }
}

/** The JavaScript value of a parsed document, or undefined when it cannot be expanded safely. */
export function toJsSafe(doc: YAML.Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------- scalar maps

/** A value with, per character, the source range it comes from and whether it is copied as it is. */
interface CharMap {
  text: string;
  /** length text.length + 1; the last entry is where the value ends in the source. */
  starts: number[];
  ends: number[];
  verbatim: boolean[];
  /** `yaml` reports an error for this scalar (used to refuse fixes that would cause one). */
  error: boolean;
}

class MapBuilder {
  error = false;
  private parts: string[] = [];
  starts: number[] = [];
  ends: number[] = [];
  verbatim: boolean[] = [];
  length = 0;
  /** Characters written as they are in `src` from `from` to `to`. */
  copy(src: string, from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(src.slice(from, to));
    for (let i = from; i < to; i++) {
      this.starts.push(i);
      this.ends.push(i + 1);
      this.verbatim.push(true);
    }
    this.length += to - from;
  }
  /** Characters the syntax makes (escapes, folds, added line breaks); `end` -1 = where the next one starts. */
  push(s: string, start: number, end = -1): void {
    if (!s) return;
    this.parts.push(s);
    for (let i = 0; i < s.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
      this.verbatim.push(false);
    }
    this.length += s.length;
  }
  /** Where the value ends: after its last copied character, or at the line break its last newline stands for. */
  naturalEnd(empty: number): number {
    const n = this.starts.length;
    if (!n) return empty;
    return (this.starts[n - 1] as number) + (this.verbatim[n - 1] ? 1 : 0);
  }
  lastChar(): string {
    const p = this.parts[this.parts.length - 1];
    return p ? (p[p.length - 1] as string) : '';
  }
  /** Replaces each `''` pair of copied quotes by one quote (single-quoted scalars). */
  collapseQuotePairs(): void {
    const text = this.parts.join('');
    if (!text.includes("'")) return;
    const b = new MapBuilder();
    for (let i = 0; i < text.length; i++) {
      if (text[i] === "'" && text[i + 1] === "'") {
        b.parts.push("'");
        b.starts.push(this.starts[i] as number);
        b.ends.push(this.ends[i + 1] as number);
        b.verbatim.push(false);
        b.length++;
        i++;
      } else {
        if (text[i] === "'" && this.verbatim[i]) this.error = true; // a lone quote: `yaml` read the scalar leniently
        b.parts.push(text[i] as string);
        b.starts.push(this.starts[i] as number);
        b.ends.push(this.ends[i] as number);
        b.verbatim.push(this.verbatim[i] as boolean);
        b.length++;
      }
    }
    this.parts = b.parts;
    this.starts = b.starts;
    this.ends = b.ends;
    this.verbatim = b.verbatim;
    this.length = b.length;
  }
  done(sentinel: number): CharMap {
    const n = this.starts.length;
    const last = n ? (this.starts[n - 1] as number) : sentinel;
    const end = Math.max(sentinel, last);
    for (let i = n - 1; i >= 0; i--) {
      if ((this.ends[i] as number) < 0) this.ends[i] = i + 1 < n ? (this.starts[i + 1] as number) : end;
      if ((this.ends[i] as number) < (this.starts[i] as number)) this.ends[i] = this.starts[i] as number;
    }
    return { text: this.parts.join(''), starts: [...this.starts, end], ends: this.ends, verbatim: this.verbatim, error: this.error };
  }
}

const isWs = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * Plain and single-quoted folding, as `yaml`'s unfoldLines: lines split at \r?\n; the first line
 * loses its trailing blanks, middle lines both ends, the last line its leading blanks; a single
 * break becomes a space, each further empty line a newline. A folded character maps to the line
 * break it stands for.
 */
function unfold(src: string, from: number, to: number, b: MapBuilder): void {
  let nl = src.indexOf('\n', from);
  if (nl === -1 || nl >= to) {
    b.copy(src, from, to);
    return;
  }
  const brk = (n: number) => (n > from && src[n - 1] === '\r' ? n - 1 : n); // where a line's break starts
  let e = brk(nl);
  while (e > from && isWs(src[e - 1])) e--;
  b.copy(src, from, e);
  let sep = ' ';
  // The line breaks since the last text: the characters of a fold map to them in order.
  const gap = new Gap();
  gap.add(brk(nl));
  let ls = nl + 1;
  for (nl = src.indexOf('\n', ls); nl !== -1 && nl < to; nl = src.indexOf('\n', ls)) {
    let s = ls;
    let le = brk(nl);
    if (le < s) le = s;
    while (s < le && isWs(src[s])) s++;
    while (le > s && isWs(src[le - 1])) le--;
    if (s === le) {
      if (sep === '\n') b.push('\n', gap.take());
      else sep = '\n';
    } else {
      gap.emit(b, sep);
      b.copy(src, s, le);
      sep = ' ';
      gap.clear();
    }
    gap.add(brk(nl));
    ls = nl + 1;
  }
  let s = ls;
  while (s < to && isWs(src[s])) s++;
  gap.emit(b, sep);
  b.copy(src, s, to);
}

/** Line breaks folded into a run of characters: each character takes the next break. */
class Gap {
  private breaks: number[] = [];
  private used = 0;
  add(at: number): void {
    this.breaks.push(at);
  }
  clear(): void {
    this.breaks = [];
    this.used = 0;
  }
  take(): number {
    const at = this.breaks[Math.min(this.used, this.breaks.length - 1)] as number;
    this.used++;
    return at;
  }
  emit(b: MapBuilder, s: string): void {
    for (const ch of s) b.push(ch, this.take());
  }
}

function mapPlain(src: string, start: number, end: number): CharMap {
  const b = new MapBuilder();
  unfold(src, start, end, b);
  return b.done(end);
}

function mapSingle(src: string, start: number, end: number): CharMap {
  const b = new MapBuilder();
  const closed = end - start >= 2 && src[end - 1] === "'";
  unfold(src, start + 1, closed ? end - 1 : end, b);
  b.collapseQuotePairs();
  return b.done(closed ? end - 1 : end);
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\', '\t': '\t',
};

/** Double-quoted, as `yaml`'s doubleQuotedValue: escapes, escaped line breaks, folding. */
function mapDouble(src: string, start: number, end: number): CharMap {
  const b = new MapBuilder();
  const last = Math.max(start, end - 1); // the closing quote (`yaml` drops the last character even when it is not one)
  for (let i = start + 1; i < last; ++i) {
    const ch = src[i];
    if (ch === '\r' && src[i + 1] === '\n') continue;
    if (ch === '\n') {
      // fold: one break → a space, n + 1 breaks → n newlines; each newline maps to its own break
      const breaks = [i > start + 1 && src[i - 1] === '\r' ? i - 1 : i];
      let c = src[i + 1];
      while (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
        if (c === '\r' && src[i + 2] !== '\n') break;
        if (c === '\n') breaks.push(src[i] === '\r' ? i : i + 1);
        i += 1;
        c = src[i + 1];
      }
      if (breaks.length === 1) b.push(' ', breaks[0] as number);
      else for (let k = 0; k < breaks.length - 1; k++) b.push('\n', breaks[k] as number);
    } else if (ch === '\\') {
      const at = i;
      let next = src[++i];
      const cc = next === undefined ? undefined : ESCAPES[next];
      if (cc) b.push(cc, at, i + 1);
      else if (next === '\n') {
        next = src[i + 1];
        while (next === ' ' || next === '\t') next = src[++i + 1];
      } else if (next === '\r' && src[i + 1] === '\n') {
        next = src[++i + 1];
        while (next === ' ' || next === '\t') next = src[++i + 1];
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = src.substr(i + 1, length);
        let out: string;
        try {
          out = String.fromCodePoint(hex.length === length && /^[0-9a-fA-F]+$/.test(hex) ? parseInt(hex, 16) : NaN);
        } catch {
          out = src.substr(i - 1, length + 2);
        }
        b.push(out, at, Math.min(last, i + 1 + length));
        i += length;
      } else {
        b.push(src.substr(i - 1, 2), at, i + 1); // invalid escape: `yaml` reports it and keeps it raw
      }
    } else if (ch === ' ' || ch === '\t') {
      // blanks before a line break are not part of the value
      const wsStart = i;
      let next = src[i + 1];
      while (next === ' ' || next === '\t') next = src[++i + 1];
      if (next !== '\n' && !(next === '\r' && src[i + 2] === '\n')) b.copy(src, wsStart, i + 1);
    } else {
      b.copy(src, i, i + 1);
    }
  }
  return b.done(last);
}

interface BlockHeader {
  mode: '|' | '>';
  indent: number;
  chomp: '' | '-' | '+';
  contentStart: number;
}

function blockHeader(src: string, start: number, end: number): BlockHeader {
  const mode = src[start] === '>' ? '>' : '|';
  let indent = 0;
  let chomp: BlockHeader['chomp'] = '';
  let j = start + 1;
  for (; j < end && !/[ \t\r\n#]/.test(src[j] as string); j++) {
    const ch = src[j] as string;
    if (!chomp && (ch === '-' || ch === '+')) chomp = ch;
    else if (!indent && Number(ch)) indent = Number(ch);
  }
  const nl = src.indexOf('\n', j);
  return { mode, indent, chomp, contentStart: nl === -1 || nl >= end ? end : nl + 1 };
}

interface BlockLine {
  start: number;
  indent: number; // leading spaces
  content: string; // the rest of the line, a final \r included (as `yaml` splits it)
  brk: number; // where the line's break starts (its \r or \n), or the end
}

/** Literal and folded block scalars, as `yaml`'s resolveBlockScalar; `parentIndent` is the token's indent. */
function mapBlock(src: string, start: number, end: number, parentIndent: number): CharMap {
  const header = blockHeader(src, start, end);
  const b = new MapBuilder();
  const lines: BlockLine[] = [];
  if (header.contentStart < end) {
    for (let ls = header.contentStart; ; ) {
      let nl = src.indexOf('\n', ls);
      if (nl === -1 || nl > end) nl = end;
      let ind = 0;
      while (ls + ind < nl && src[ls + ind] === ' ') ind++;
      const content = src.slice(ls + ind, nl);
      lines.push({ start: ls, indent: ind, content, brk: content.endsWith('\r') ? nl - 1 : nl });
      if (nl >= end) break;
      ls = nl + 1;
    }
  }
  const breakEnd = (l: BlockLine) => Math.min(end, l.brk + (src[l.brk] === '\r' ? 2 : 1));
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const c = (lines[i] as BlockLine).content;
    if (c === '' || c === '\r') chompStart = i;
    else break;
  }
  if (chompStart === 0) {
    if (header.chomp === '+' && lines.length > 0) {
      const n = Math.max(1, lines.length - 1);
      for (let k = 0; k < n; k++) {
        const l = lines[k];
        b.push('\n', l ? l.brk : end, l ? breakEnd(l) : end);
      }
    }
    return b.done(b.naturalEnd(header.contentStart));
  }
  let trimIndent = parentIndent + header.indent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const l = lines[i] as BlockLine;
    if (l.content === '' || l.content === '\r') {
      if (header.indent === 0 && l.indent > trimIndent) trimIndent = l.indent;
    } else {
      if (l.indent < trimIndent) b.error = true; // more-indented leading empty lines
      if (header.indent === 0) trimIndent = l.indent;
      contentStart = i;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if ((lines[i] as BlockLine).indent > trimIndent) {
      chompStart = i + 1;
      break;
    }
  }
  const spaces = (l: BlockLine) => b.copy(src, l.start + trimIndent, l.start + l.indent); // indent.slice(trimIndent)
  for (let i = 0; i < contentStart; ++i) {
    const l = lines[i] as BlockLine;
    spaces(l);
    b.push('\n', l.brk, breakEnd(l));
  }
  let sep = '';
  let sepAt = 0;
  const gap = new Gap();
  let prevMoreIndented = false;
  const folded = header.mode === '>';
  for (let i = contentStart; i < chompStart; ++i) {
    const l = lines[i] as BlockLine;
    let content = l.content;
    if (content.endsWith('\r')) content = content.slice(0, -1);
    const cs = l.start + l.indent;
    const lessIndented = content !== '' && l.indent < trimIndent; // an error `yaml` reports (the line ends the scalar)
    if (lessIndented) b.error = true;
    const lineIndent = lessIndented ? 0 : l.indent;
    const pad = () => {
      if (lineIndent > trimIndent) b.copy(src, l.start + trimIndent, l.start + lineIndent);
    };
    if (!folded) {
      b.push(sep, sepAt);
      pad();
      b.copy(src, cs, cs + content.length);
      sep = '\n';
    } else if (lineIndent > trimIndent || content[0] === '\t') {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      gap.emit(b, sep);
      pad();
      b.copy(src, cs, cs + content.length);
      sep = '\n';
      prevMoreIndented = true;
      gap.clear();
    } else if (content === '') {
      if (sep === '\n') b.push('\n', gap.take());
      else sep = '\n';
    } else {
      gap.emit(b, sep);
      b.copy(src, cs, cs + content.length);
      sep = ' ';
      prevMoreIndented = false;
      gap.clear();
    }
    sepAt = l.brk;
    gap.add(l.brk);
  }
  const lastContent = lines[chompStart - 1] as BlockLine;
  switch (header.chomp) {
    case '-':
      break;
    case '+':
      for (let i = chompStart; i < lines.length; ++i) {
        const prev = lines[i - 1] as BlockLine;
        b.push('\n', prev.brk, breakEnd(prev));
        spaces(lines[i] as BlockLine);
      }
      if (b.lastChar() !== '\n') {
        const l = lines[lines.length - 1] as BlockLine;
        b.push('\n', l.brk, breakEnd(l));
      }
      break;
    default:
      b.push('\n', lastContent.brk, breakEnd(lastContent));
  }
  return b.done(b.naturalEnd(lastContent.brk));
}

type Style = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

function styleOf(node: YAML.Scalar, source: string): Style {
  switch (node.type) {
    case 'QUOTE_SINGLE':
    case 'QUOTE_DOUBLE':
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
    case 'PLAIN':
      return node.type;
    default: {
      const c = source[node.range?.[0] ?? 0];
      return c === '"' ? 'QUOTE_DOUBLE' : c === "'" ? 'QUOTE_SINGLE' : c === '|' ? 'BLOCK_LITERAL' : c === '>' ? 'BLOCK_FOLDED' : 'PLAIN';
    }
  }
}

function mapStyle(style: Style, src: string, start: number, end: number, parentIndent: number): CharMap {
  switch (style) {
    case 'QUOTE_DOUBLE':
      return mapDouble(src, start, end);
    case 'QUOTE_SINGLE':
      return mapSingle(src, start, end);
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
      return mapBlock(src, start, end, parentIndent);
    default:
      return mapPlain(src, start, end);
  }
}

/** The parent indentations to try for a block scalar with an explicit indentation indicator. */
function blockParentIndents(node: YAML.Scalar, source: string, start: number, end: number): number[] {
  const tok = node.srcToken as { type?: string; indent?: number } | undefined;
  if (tok?.type === 'block-scalar' && typeof tok.indent === 'number') return [tok.indent];
  const header = blockHeader(source, start, end);
  if (!header.indent) return [0];
  const m = /^( *)[^ \r\n]/m.exec(source.slice(header.contentStart, end));
  const first = m ? (m[1] as string).length : 0;
  const out: number[] = [];
  for (let p = Math.max(0, first - header.indent); p >= 0; p--) out.push(p);
  return out;
}

// ---------------------------------------------------------------------------------- fixes

/** The replacement written for the scalar's style, or undefined when the style cannot hold it. */
function encodeFor(style: Style, s: string): string | undefined {
  if (style === 'QUOTE_DOUBLE') {
    let out = '';
    for (const ch of s) {
      const c = ch.codePointAt(0) as number;
      if (ch === '\\') out += '\\\\';
      else if (ch === '"') out += '\\"';
      else if (ch === '\n') out += '\\n';
      else if (ch === '\r') out += '\\r';
      else if (ch === '\t') out += '\\t';
      else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0xd800 && c <= 0xdfff)) out += `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
      else out += ch;
    }
    return out;
  }
  // No other style can write a line break or a control character on one line.
  if (/[\0-\x08\n-\x1f\x7f-\x9f\u2028\u2029\ufeff]/.test(s)) return undefined;
  return style === 'QUOTE_SINGLE' ? s.replace(/'/g, "''") : s;
}

// What a plain scalar with no tag would resolve to other than a string (YAML 1.2 core and 1.1).
const NOT_A_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?(?:0|[1-9][0-9_]*)|0o?[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+|[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?|<<|=)$/;

/** Whether `text`, the new source of a plain scalar, still reads as one plain string scalar. */
function plainStaysPlain(text: string, inFlow: boolean, value: string, tagged: boolean): boolean {
  if (!text || /^[ \t\r\n]|[ \t\r\n]$/.test(text)) return false;
  const c0 = text[0] as string;
  if ('-?:'.includes(c0)) {
    const c1 = text[1];
    if (c1 === undefined || /[ \t\r\n]/.test(c1) || (inFlow && ',[]{}'.includes(c1))) return false;
  } else if (',[]{}#&*!|>\'"%@`'.includes(c0)) return false;
  if (/:(?:[ \t\r\n]|$)/.test(text) || /(?:^|[ \t\r\n])#/.test(text)) return false;
  if (inFlow && /[,[\]{}]|:[,[\]{}]/.test(text)) return false;
  if (!tagged && NOT_A_STRING.test(value)) return false;
  return true;
}

/** Whether a plain scalar ends inside a flow collection: the next thing after it is `,` `]` `}` or `:`. */
function followedByFlowIndicator(source: string, end: number): boolean {
  for (let i = end; i < source.length; i++) {
    const c = source[i] as string;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') continue;
    if (c === '#') {
      const nl = source.indexOf('\n', i);
      if (nl === -1) return false;
      i = nl;
      continue;
    }
    return c === ',' || c === ']' || c === '}' || c === ':';
  }
  return false;
}

const DOC_MARKER = /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/;

/** The value of the scalar that starts at `offset` in a small document, or undefined if it has errors. */
function valueAt(text: string, offset: number): string | undefined {
  let doc: YAML.Document.Parsed;
  try {
    doc = YAML.parseDocument(text, { strict: true, uniqueKeys: false });
  } catch {
    return undefined;
  }
  if (doc.errors.length) return undefined;
  let found: string | undefined;
  YAML.visit(doc, {
    Scalar(_k, n) {
      if (n.range?.[0] === offset && typeof n.value === 'string') {
        found = n.value;
        return YAML.visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * The segment of one string scalar: its value and the exact map back to the source, for every
 * style. `toSource(i)` is where value character i starts in the source (an escape's backslash, a
 * fold's line break); `mapFix` maps a fix only over characters that stand in the source as they are,
 * contiguous, encodes the replacement for the style, and checks that the edited scalar resolves to
 * exactly the intended value. Returns undefined for nodes that are not strings or have no range.
 */
export function scalarSegment(source: string, node: YAML.Scalar, context: Partial<LintContext> = {}, path?: readonly (string | number)[]): Segment | undefined {
  if (typeof node.value !== 'string' || !node.range) return undefined;
  const value = node.value;
  const [start, valueEnd] = node.range;
  const style = styleOf(node, source);
  let map: CharMap | undefined;
  let parentIndent = 0;
  try {
    if (style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED') {
      for (const p of blockParentIndents(node, source, start, valueEnd)) {
        const m = mapStyle(style, source, start, valueEnd, p);
        if (m.text === value) {
          map = m;
          parentIndent = p;
          break;
        }
      }
    } else {
      const m = mapStyle(style, source, start, valueEnd, 0);
      if (m.text === value) map = m;
    }
  } catch {
    map = undefined;
  }
  if (!map) return approximateSegment(value, start, valueEnd, context, path);
  const { starts, ends, verbatim } = map;
  const len = value.length;
  const clamp = (i: number) => Math.max(0, Math.min(len, Math.trunc(i) || 0));
  const inFlow = style === 'PLAIN' && followedByFlowIndicator(source, valueEnd);
  const tagged = node.tag !== undefined;
  // The scalar's own lines as a small document: when `yaml` reads the same value there, every fix is
  // checked by reading the edited lines again (cost: the size of the scalar, not of the file).
  // The blank lines after it are included: where a block scalar ends depends on them.
  const lineStart0 = source.lastIndexOf('\n', start - 1) + 1;
  const tail = /^(?:[ \t]*\r?\n)*/.exec(source.slice(valueEnd, valueEnd + 4096))?.[0] ?? '';
  const after = source.slice(valueEnd, valueEnd + (/^[ \t]*(?:\r?\n|$)/.test(source.slice(valueEnd, valueEnd + 4096)) ? tail.length : 0));
  let standalone: boolean | undefined;
  const standaloneOk = () => (standalone ??= valueAt(source.slice(lineStart0, valueEnd) + after, start - lineStart0) === value);

  const mapFix = (fix: Fix): Fix | undefined => {
    const a = fix.start;
    const z = fix.end;
    const range = fixSourceRange(fix, len, { isVerbatim: (i) => verbatim[i] === true, startOf: (i) => starts[i] as number, endOf: (i) => ends[i] as number });
    if (!range) return undefined;
    let s: number;
    let e: number;
    if (range !== 'insertion') [s, e] = range;
    else {
      // An insertion goes next to a character that stands as it is, when there is one.
      s = a > 0 && verbatim[a - 1] ? (ends[a - 1] as number) : a < len && verbatim[a] ? (starts[a] as number) : a > 0 ? (ends[a - 1] as number) : (starts[0] as number);
      e = s;
      // Text typed into a blank continuation line would set that line's indentation.
      const ls = source.lastIndexOf('\n', s - 1) + 1;
      if (ls > start) {
        const nl = source.indexOf('\n', s);
        if (/^[ \t\r]*$/.test(source.slice(ls, nl === -1 ? source.length : nl))) return undefined;
      }
    }
    const replacement = encodeFor(style, fix.replacement);
    if (replacement === undefined) return undefined;
    const expected = value.slice(0, a) + fix.replacement + value.slice(z);
    const local = source.slice(start, s) + replacement + source.slice(e, valueEnd);
    let again: CharMap;
    try {
      again = mapStyle(style, local, 0, local.length, parentIndent);
    } catch {
      return undefined;
    }
    if (again.error || again.text !== expected) return undefined;
    if (style === 'PLAIN' && !plainStaysPlain(local, inFlow, expected, tagged)) return undefined;
    if (standaloneOk()) {
      if (valueAt(source.slice(lineStart0, s) + replacement + source.slice(e, valueEnd) + after, start - lineStart0) !== expected) return undefined;
    } else if (style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED') {
      return undefined; // where a block ends is the lexer's call: without a check by `yaml`, no fix
    }
    // A line that now starts with --- or ... at column 0 would end the document.
    const lineStart = source.lastIndexOf('\n', s - 1) + 1;
    if (s - lineStart < 4) {
      const before = source.slice(lineStart, s);
      const after = source.slice(e, e + 4);
      if (DOC_MARKER.test(before + replacement + after) && !DOC_MARKER.test(source.slice(lineStart, lineStart + 4))) return undefined;
    }
    return { start: s, end: e, replacement };
  };

  return {
    text: value,
    context,
    path,
    toSource: (i) => starts[clamp(i)] as number,
    toSourceEnd: (i) => {
      const k = clamp(i);
      return k === 0 ? (starts[0] as number) : (ends[k - 1] as number);
    },
    mapFix,
  };
}

/** Positions spread over the scalar (never outside it) and no fixes: used only if a map disagrees with `yaml`. */
function approximateSegment(value: string, start: number, end: number, context: Partial<LintContext>, path?: readonly (string | number)[]): Segment {
  const at = (i: number) => {
    const k = Math.max(0, Math.min(value.length, i));
    return Math.min(end, start + Math.round((k * (end - start)) / Math.max(1, value.length)));
  };
  return { text: value, context, path, toSource: at, toSourceEnd: at, mapFix: () => undefined };
}

// ---------------------------------------------------------------------------------- extraction

export const DEFAULT_YAML_KEYS = ['reply', 'replies', 'text', 'template', 'templates', 'notice'];
const LANG_KEYS = new Set(['ru', 'en']);
/** Keys that describe a text rather than hold one: their values are never linted. */
const CONTEXT_KEYS = new Set(['lang', 'language', 'channel', 'channels', 'commenter', 'commenter_type', 'variables', 'tone-lint']);
const META_KEYS = new Set(['id', 'key', 'name', 'slug', 'category', 'categories', 'tag', 'tags', 'type', 'kind', 'url', 'link', 'href', 'image', 'icon', 'date', 'author', 'priority', 'version', 'ref', 'refs', 'note', 'notes', 'comment', 'description']);

const keyOf = (k: unknown): string | undefined => (YAML.isScalar(k) && (typeof k.value === 'string' || typeof k.value === 'number') ? String(k.value) : undefined);

function langOf(v: unknown): LintContext['lang'] | undefined {
  if (!YAML.isScalar(v) || typeof v.value !== 'string') return undefined;
  const l = v.value.trim().toLowerCase().split(/[-_]/)[0];
  return l === 'ru' || l === 'en' ? l : undefined;
}

/** The strings of a scalar or a sequence of scalars. */
function stringsOf(v: unknown): string[] | undefined {
  if (YAML.isScalar(v)) return typeof v.value === 'string' && v.value.trim() ? [v.value.trim()] : undefined;
  if (YAML.isSeq(v)) return v.items.flatMap((x) => (YAML.isScalar(x) && (typeof x.value === 'string' || typeof x.value === 'number') ? [String(x.value).trim()] : [])).filter(Boolean);
  return undefined;
}

const OPT_OUT = new Set(['off', 'false', 'no', 'disable', 'disabled']);

/** The context a mapping sets for what it holds, or null when it opts out (`tone-lint: off`). */
function contextOf(map: YAML.YAMLMap, inherited: Partial<LintContext>): Partial<LintContext> | null {
  const ctx: Partial<LintContext> = { ...inherited };
  for (const pair of map.items) {
    const k = keyOf(pair.key);
    const v = pair.value;
    switch (k) {
      case 'tone-lint':
        if (YAML.isScalar(v) && (v.value === false || (typeof v.value === 'string' && OPT_OUT.has(v.value.trim().toLowerCase())))) return null;
        break;
      case 'lang':
      case 'language': {
        const l = langOf(v);
        if (l) ctx.lang = l;
        break;
      }
      case 'channel':
      case 'channels': {
        const list = stringsOf(v);
        if (!list) break;
        if (list.length === 1) ctx.channel = list[0];
        else delete ctx.channel; // several channels (or none): no single channel's limits apply
        break;
      }
      case 'commenter':
      case 'commenter_type': {
        const list = stringsOf(v);
        const one = list?.length === 1 ? list[0]?.toLowerCase() : undefined;
        if (one && (COMMENTER_TYPES as readonly string[]).includes(one)) ctx.commenter = one as CommenterType;
        break;
      }
      case 'variables': {
        const names = YAML.isMap(v)
          ? v.items.map((p) => keyOf(p.key) ?? '')
          : YAML.isSeq(v)
            ? v.items.map((x) => (YAML.isScalar(x) ? String(x.value ?? '') : YAML.isMap(x) ? String(x.get('name') ?? '') : ''))
            : YAML.isScalar(v) && typeof v.value === 'string'
              ? v.value.split(/[\s,]+/)
              : [];
        ctx.variables = [...new Set(names.map((n) => n.trim().replace(/^\{\{\s*|\s*\}\}$/g, '')).filter(Boolean))];
        ctx.role = 'template';
        break;
      }
    }
  }
  return ctx;
}

/** Parses every document of a stream with the options of parseYaml; never throws. */
function parseAll(source: string): { docs: YAML.Document.Parsed[]; problems: Problem[] } {
  let docs: YAML.Document.Parsed[];
  try {
    const all = YAML.parseAllDocuments(source, PARSE_OPTIONS);
    if ('empty' in all && all.empty) return { docs: [], problems: toProblems(all as unknown as YAML.Document.Parsed, source) };
    docs = [...all];
  } catch (e) {
    const message = e instanceof RangeError ? 'The YAML is nested too deeply to be read safely. Flatten the structure.' : `The file cannot be read as YAML: ${(e as Error)?.message ?? String(e)}`;
    return { docs: [], problems: [{ severity: 'error', code: 'yaml-syntax', start: 0, end: 0, message }] };
  }
  const problems: Problem[] = [];
  for (const d of docs) problems.push(...toProblems(d, source));
  if (!problems.some((p) => p.severity === 'error')) for (const d of docs) problems.push(...aliasProblems(d));
  return { docs, problems };
}

interface Visit {
  node: unknown;
  path: (string | number)[];
  ctx: Partial<LintContext>;
  /** Under a lint key: strings here are linted. */
  inKey: boolean;
}

/**
 * The reply strings of a generic YAML kit file: every string scalar whose key path holds one of
 * `keys` (default DEFAULT_YAML_KEYS), in mappings and sequences, at any depth, in every document of
 * the file. Context comes from the nearest enclosing mappings: `lang`/`language`, `channel`/
 * `channels` (a channel only when exactly one), `commenter`/`commenter_type`, `variables` (role
 * `template`), a `ru:`/`en:` key above the string, role `template` under `template(s)`. A mapping
 * with `tone-lint: off` (or `false`) is skipped with all it holds. Under a lint key, a mapping that
 * has lint keys of its own is linted only under those, and metadata keys (id, tags, url, ...) never.
 * A file with syntax errors yields its problems and no segments.
 */
export function extractYamlSegments(source: string, opts: { keys?: readonly string[] } = {}): { segments: Segment[]; problems: Problem[] } {
  const { docs, problems } = parseAll(source);
  const keys = new Set(opts.keys ?? DEFAULT_YAML_KEYS);
  const segments: Segment[] = [];
  if (problems.some((p) => p.severity === 'error')) return { segments, problems };
  for (const doc of docs) {
    // An explicit stack, so that no depth of nesting can exhaust the call stack.
    const stack: Visit[] = [{ node: doc.contents, path: [], ctx: {}, inKey: false }];
    while (stack.length) {
      const { node, path, ctx, inKey } = stack.pop() as Visit;
      if (YAML.isMap(node)) {
        const own = contextOf(node, ctx);
        if (!own) continue;
        const hasLintKeys = inKey && node.items.some((p) => keys.has(keyOf(p.key) ?? ''));
        const next: Visit[] = [];
        for (const pair of node.items) {
          const k = keyOf(pair.key);
          // Context keys hold data about the texts; a mapping under `channels:` may still hold some.
          if (k === undefined || (CONTEXT_KEYS.has(k) && (k === 'variables' || k === 'tone-lint' || !YAML.isMap(pair.value)))) continue;
          const isLintKey = keys.has(k);
          if (inKey && !isLintKey && (META_KEYS.has(k) || (hasLintKeys && !LANG_KEYS.has(k)))) continue;
          const childCtx = { ...own };
          if (LANG_KEYS.has(k)) childCtx.lang = k as LintContext['lang'];
          if (isLintKey && (k === 'template' || k === 'templates')) childCtx.role = 'template';
          next.push({ node: pair.value, path: [...path, k], ctx: childCtx, inKey: inKey || isLintKey });
        }
        for (let i = next.length - 1; i >= 0; i--) stack.push(next[i] as Visit);
      } else if (YAML.isSeq(node)) {
        for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], path: [...path, i], ctx, inKey });
      } else if (inKey && YAML.isScalar(node) && typeof node.value === 'string') {
        const seg = scalarSegment(source, node, { role: 'reply', ...ctx }, path);
        if (seg && seg.text.trim()) segments.push(seg);
      }
    }
  }
  return { segments, problems };
}
