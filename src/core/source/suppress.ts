// Suppression comments, the same in every format:
//   tone-lint-disable-next-line [rule, ...]   the next line that holds text (see below)
//   tone-lint-disable-line [rule, ...]        the line of the comment
//   tone-lint-disable [rule, ...] ... tone-lint-enable [rule, ...]   from one comment to the other
// No rule ids = all rules. Ids are letters, digits, `.`, `-`, `_`, `/`, separated by commas or
// spaces; `-- why` after them is a description. `enable rule` after `disable` (all) re-enables that
// rule only; the latest directive that names a rule (or names none) decides, as in ESLint.
//
// Directives count only inside comments: YAML `#` comments, HTML/Markdown `<!-- -->` comments, and
// `#` or `//` comment lines of plain text. With no format given every kind is recognised, except in
// quoted strings, inline code and fenced code blocks; with `format: 'yaml'` the comments are the
// ones `yaml`'s lexer finds (a `#` inside a block scalar is text, not a comment).
//
// A line directive covers its target line and the lines after it that are indented more (the rest
// of a YAML entry or block scalar, a list item's continuation); in Markdown (`format: 'markdown'`)
// the rest of the paragraph. Blank lines and comment-only lines are skipped to find the next line.
import * as YAML from 'yaml';

export type SuppressionFormat = 'yaml' | 'markdown' | 'text';
export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface SuppressionDirective {
  kind: DirectiveKind;
  /** Rule ids named; empty = all rules. */
  rules: readonly string[];
  /** The directive in the source, from `tone-lint-` to the end of its rule list. */
  start: number;
  end: number;
  /** For line directives: the source range they cover (empty when there is no next line). */
  covers?: { start: number; end: number };
}

export interface Suppressions {
  isSuppressed(ruleId: string, sourceOffset: number): boolean;
  /** Every rule id the comments name, with where it is written (to warn about unknown ids). */
  readonly named: readonly { id: string; start: number; end: number }[];
  readonly directives: readonly SuppressionDirective[];
  /** Directives that have not suppressed anything in the isSuppressed calls so far (to warn about after a run). */
  unused(): SuppressionDirective[];
}

const KEYWORD = /tone-lint-(disable-next-line|disable-line|disable|enable)(?![\p{L}\p{N}_-])/gu;
const ID = /[\p{L}\p{N}._/-]+/gu;

interface Comment {
  start: number;
  /** Where the comment's text ends (before `-->`). */
  textEnd: number;
  /** Where the comment ends. */
  end: number;
}

const EMPTY: Suppressions = { isSuppressed: () => false, named: [], directives: [], unused: () => [] };

export function parseSuppressions(source: string, opts: { format?: SuppressionFormat } = {}): Suppressions {
  if (!source.includes('tone-lint-')) return EMPTY;
  const lines = new LineIndex(source);
  const finder = commentFinder(source, opts.format, lines);
  const directives: SuppressionDirective[] = [];
  const named: { id: string; start: number; end: number }[] = [];
  KEYWORD.lastIndex = 0;
  for (let m = KEYWORD.exec(source); m !== null; m = KEYWORD.exec(source)) {
    const comment = finder(m.index);
    if (!comment) continue;
    const kind = m[1] as DirectiveKind;
    const tailStart = m.index + m[0].length;
    let tail = source.slice(tailStart, Math.max(tailStart, Math.min(comment.textEnd, tailStart + 2048)));
    const nl = tail.search(/[\r\n]/);
    if (nl !== -1) tail = tail.slice(0, nl);
    const desc = /(?:^|\s)--(?:\s|$)|tone-lint-/.exec(tail);
    if (desc) tail = tail.slice(0, desc.index);
    const rules: string[] = [];
    let end = tailStart;
    ID.lastIndex = 0;
    for (let t = ID.exec(tail); t !== null; t = ID.exec(tail)) {
      if (!/[\p{L}\p{N}]/u.test(t[0])) continue;
      rules.push(t[0]);
      named.push({ id: t[0], start: tailStart + t.index, end: tailStart + t.index + t[0].length });
      end = tailStart + t.index + t[0].length;
    }
    const d: SuppressionDirective = { kind, rules, start: m.index, end };
    if (kind === 'disable-line') d.covers = lines.block(lines.of(m.index), opts.format);
    else if (kind === 'disable-next-line') {
      const target = lines.nextText(lines.of(Math.max(comment.start, comment.end - 1)), finder);
      if (target !== -1) d.covers = lines.block(target, opts.format);
    }
    directives.push(d);
    KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, end);
  }
  return build(directives, named);
}

function build(directives: SuppressionDirective[], named: { id: string; start: number; end: number }[]): Suppressions {
  const hits = new Uint32Array(directives.length);
  // Line directives: spans sorted by start, with the running maximum of their ends.
  const spans = directives.map((d, i) => ({ d, i })).filter((x) => x.d.covers);
  spans.sort((a, b) => (a.d.covers as { start: number }).start - (b.d.covers as { start: number }).start);
  const maxEnd: number[] = [];
  for (const s of spans) maxEnd.push(Math.max(maxEnd[maxEnd.length - 1] ?? -1, (s.d.covers as { end: number }).end));
  // Block directives: per rule, the events that concern it (its own and the ones naming no rule).
  type Ev = { at: number; disable: boolean; i: number };
  const general: Ev[] = [];
  const byRule = new Map<string, Ev[]>();
  directives.forEach((d, i) => {
    if (d.kind !== 'disable' && d.kind !== 'enable') return;
    const ev = { at: d.start, disable: d.kind === 'disable', i };
    if (!d.rules.length) general.push(ev);
    for (const r of d.rules) {
      let list = byRule.get(r);
      if (!list) byRule.set(r, (list = []));
      list.push(ev);
    }
  });
  for (const [r, list] of byRule) byRule.set(r, [...list, ...general].sort((a, b) => a.at - b.at || a.i - b.i));
  const applies = (d: SuppressionDirective, rule: string) => !d.rules.length || d.rules.includes(rule);
  return {
    named,
    directives,
    unused: () => directives.filter((d, i) => hits[i] === 0 && d.kind !== 'enable'),
    isSuppressed(rule, offset) {
      // the last span starting at or before offset, then back while spans may still reach it
      let lo = 0;
      let hi = spans.length - 1;
      let last = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((spans[mid]?.d.covers as { start: number }).start <= offset) {
          last = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      for (let k = last; k >= 0 && (maxEnd[k] as number) >= offset; k--) {
        const s = spans[k] as { d: SuppressionDirective; i: number };
        const c = s.d.covers as { start: number; end: number };
        if (offset <= c.end && applies(s.d, rule)) {
          hits[s.i] = (hits[s.i] as number) + 1;
          return true;
        }
      }
      const events = byRule.get(rule) ?? general;
      lo = 0;
      hi = events.length - 1;
      let ev: Ev | undefined;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((events[mid] as Ev).at <= offset) {
          ev = events[mid];
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (ev?.disable) {
        hits[ev.i] = (hits[ev.i] as number) + 1;
        return true;
      }
      return false;
    },
  };
}

// ---------------------------------------------------------------------------------- lines

class LineIndex {
  private starts: number[] = [0];
  /** Per line: its indentation + 1, -1 if blank, 0 if not computed yet. */
  private shape: Int32Array;
  constructor(private readonly source: string) {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.starts.push(i + 1);
    this.shape = new Int32Array(this.starts.length);
  }
  private shapeOf(line: number): number {
    let v = this.shape[line] as number;
    if (v === 0) {
      const s = this.start(line);
      const e = this.end(line);
      let k = s;
      while (k < e && (this.source[k] === ' ' || this.source[k] === '\t')) k++;
      v = k === e ? -1 : k - s + 1;
      this.shape[line] = v;
    }
    return v;
  }
  get count(): number {
    return this.starts.length;
  }
  of(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  start(line: number): number {
    return this.starts[line] as number;
  }
  end(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.source.length;
    return next - 1 > 0 && this.source[next - 2] === '\r' ? next - 2 : next - 1;
  }
  indent(line: number): number {
    return Math.max(0, this.shapeOf(line) - 1);
  }
  blank(line: number): boolean {
    return this.shapeOf(line) === -1;
  }
  /** The first line after `line` that is neither blank nor only a comment, or -1. */
  nextText(line: number, finder: (at: number) => Comment | undefined): number {
    for (let l = line + 1; l < this.count; l++) {
      if (this.blank(l)) continue;
      const s = this.start(l) + this.indent(l);
      // Probe just inside the marker: `#` and `//` comments are found from the text after them.
      const probe = Math.min(this.end(l), s + (this.source.startsWith('<!--', s) ? 4 : this.source.startsWith('//', s) ? 2 : 1));
      const c = finder(probe) ?? finder(s);
      if (c && c.start === s) {
        const last = this.of(Math.max(c.start, c.end - 1));
        if (/^[ \t]*$/.test(this.source.slice(c.end, Math.max(c.end, this.end(last))))) {
          l = last;
          continue;
        }
      }
      return l;
    }
    return -1;
  }
  /** The range a line directive on `line` covers: the line and what belongs to it. */
  block(line: number, format: SuppressionFormat | undefined): { start: number; end: number } {
    let last = line;
    if (format === 'markdown') {
      while (last + 1 < this.count && !this.blank(last + 1)) last++;
    } else {
      const ind = this.indent(line);
      for (let l = line + 1; l < this.count; l++) {
        if (this.blank(l)) continue;
        if (this.indent(l) <= ind) break;
        last = l;
      }
    }
    return { start: this.start(line), end: this.end(last) };
  }
}

// ---------------------------------------------------------------------------------- comments

/** A function that tells whether an offset is inside a comment, and which. */
function commentFinder(source: string, format: SuppressionFormat | undefined, lines: LineIndex): (at: number) => Comment | undefined {
  if (format === 'yaml') {
    const comments = yamlComments(source);
    if (comments) {
      return (at) => {
        let lo = 0;
        let hi = comments.length - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const c = comments[mid] as Comment;
          if (at < c.start) hi = mid - 1;
          else if (at >= c.end) lo = mid + 1;
          else return c;
        }
        return undefined;
      };
    }
  }
  const fences = format === 'yaml' ? [] : fencedBlocks(source);
  const inFence = (at: number) => {
    let lo = 0;
    let hi = fences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = fences[mid] as [number, number];
      if (at < s) hi = mid - 1;
      else if (at >= e) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const html = htmlComments(source);
  return (at) => {
    if (inFence(at)) return undefined;
    const line = lines.of(at);
    const ls = lines.start(line);
    const le = lines.end(line);
    // <!-- ... -->, possibly over several lines
    let lo = 0;
    let hi = html.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = html[mid] as Comment;
      if (at < c.start + 4) hi = mid - 1;
      else if (at >= c.textEnd) lo = mid + 1;
      else {
        if (inFence(c.start) || inCode(source, lines.start(lines.of(c.start)), c.start)) break;
        return c;
      }
    }
    if (format === 'markdown') return undefined;
    // # comment or // comment: the directive follows the marker (and blanks) directly
    let k = at - 1;
    while (k >= ls && (source[k] === ' ' || source[k] === '\t')) k--;
    let marker = -1;
    if (source[k] === '#') {
      while (k > ls && source[k - 1] === '#') k--;
      marker = k;
    } else if (source[k] === '/' && source[k - 1] === '/') marker = k - 1;
    if (marker === -1) return undefined;
    if (marker > ls && !/[ \t]/.test(source[marker - 1] as string)) return undefined;
    if (format === 'text' && !/^[ \t]*$/.test(source.slice(ls, marker))) return undefined;
    if (inQuoteOrCode(source, ls, marker)) return undefined;
    return { start: marker, textEnd: le, end: le };
  };
}

/** `<!-- -->` comments in order (an unclosed one runs to the end of its line). Linear. */
function htmlComments(source: string): Comment[] {
  const out: Comment[] = [];
  for (let open = source.indexOf('<!--'); open !== -1; ) {
    const close = source.indexOf('-->', open + 4);
    if (close === -1) {
      const nl = source.indexOf('\n', open);
      const end = nl === -1 ? source.length : nl > 0 && source[nl - 1] === '\r' ? nl - 1 : nl;
      out.push({ start: open, textEnd: end, end });
      break;
    }
    out.push({ start: open, textEnd: close, end: close + 3 });
    open = source.indexOf('<!--', close + 3);
  }
  return out;
}

/** Prefixes longer than this are not scanned for quotes: such a line is not read as holding a comment. */
const MAX_PREFIX = 4096;

/** Comments as `yaml`'s lexer reads them, or undefined if it fails. */
function yamlComments(source: string): Comment[] | undefined {
  try {
    const out: Comment[] = [];
    let offset = 0;
    let atScalar = false;
    for (const lexeme of new YAML.Lexer().lex(source)) {
      if (atScalar) {
        atScalar = false;
        offset += lexeme.length;
        continue;
      }
      // Control tokens of the lexer that stand for no source text.
      if (lexeme === '\x02' || lexeme === '\x18') continue;
      if (lexeme === '\x1f') {
        atScalar = true;
        continue;
      }
      if (lexeme[0] === '#') out.push({ start: offset, textEnd: offset + lexeme.length, end: offset + lexeme.length });
      offset += lexeme.length;
    }
    return out;
  } catch {
    return undefined;
  }
}

/** Source ranges of fenced code blocks (``` or ~~~), where nothing is a comment. */
function fencedBlocks(source: string): [number, number][] {
  const out: [number, number][] = [];
  if (!source.includes('```') && !source.includes('~~~')) return out;
  const re = /^[ \t>]*(`{3,}|~{3,})[^\n]*$/gm;
  let open: { at: number; marker: string } | undefined;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    const marker = m[1] as string;
    if (!open) {
      if (marker[0] === '`' && source.slice(m.index + m[0].indexOf(marker) + marker.length, m.index + m[0].length).includes('`')) continue;
      open = { at: m.index, marker };
    } else if (marker[0] === (open.marker[0] as string) && marker.length >= open.marker.length && /^[ \t>]*[`~]+[ \t\r]*$/.test(m[0])) {
      out.push([open.at, m.index + m[0].length]);
      open = undefined;
    }
  }
  if (open) out.push([open.at, source.length]);
  return out;
}

/** Whether `to` is inside inline code on its line (an odd number of backticks before it). */
function inCode(source: string, from: number, to: number): boolean {
  if (to - from > MAX_PREFIX) return true;
  let n = 0;
  for (let i = from; i < to; i++) if (source[i] === '`') n++;
  return n % 2 === 1;
}

/** Whether `to` is inside a quoted string (YAML-style: the quote opens a token) or inline code. */
function inQuoteOrCode(source: string, from: number, to: number): boolean {
  if (to - from > MAX_PREFIX) return true;
  let state: '' | '"' | "'" | '`' = '';
  for (let i = from; i < to; i++) {
    const c = source[i];
    if (state === '"') {
      if (c === '\\') i++;
      else if (c === '"') state = '';
    } else if (state === "'") {
      if (c === "'" && source[i + 1] === "'") i++;
      else if (c === "'") state = '';
    } else if (state === '`') {
      if (c === '`') state = '';
    } else if (c === '`') state = '`';
    else if ((c === '"' || c === "'") && (i === from || /[\s[{,:-]/.test(source[i - 1] as string))) state = c;
  }
  return state !== '';
}
