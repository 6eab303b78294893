// A fast reader for the YAML that response matrices and question banks are written in, with exact positions.
//
// The `yaml` library reads about 1–2 MB a second (its concrete syntax tree costs most of that), which
// makes a 5,000-entry matrix take seconds. Matrices use a small part of YAML: block maps and lists,
// one-line flow lists and maps, plain and quoted one-line strings, and `|` / `>` block strings. This
// reader handles exactly that part and gives up (returns undefined) on anything else — tabs, CR,
// anchors, aliases, tags, directives, document markers, multi-line plain or quoted strings, explicit
// block indentation, `|+`, values that YAML would read as null, booleans or numbers (except block
// values that are plain decimal integers, such as `time: 10`), duplicate or unusual keys — so the
// caller falls back to `yaml`. Where it does answer, values and ranges are the
// ones `yaml` gives (checked by property tests against `yaml` in test/unit/responses/).
import type * as YAML from 'yaml';

export type FStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

export interface FScalar {
  kind: 'scalar';
  value: string;
  style: FStyle;
  /** [start, end) of the scalar in the source, as `yaml`'s range[0..1] (quotes and block header included). */
  start: number;
  end: number;
  /** Indentation of the collection that holds the scalar (block scalars are indented past it). */
  indent: number;
  /** For a plain decimal integer (`10`), the number `yaml` reads; `value` keeps the text. */
  num?: number;
}
export interface FMap {
  kind: 'map';
  flow: boolean;
  start: number;
  end: number;
  pairs: { key: FScalar; value: FNode }[];
}
export interface FSeq {
  kind: 'seq';
  flow: boolean;
  start: number;
  end: number;
  items: FNode[];
}
export type FNode = FScalar | FMap | FSeq;

const BAIL = Symbol('bail');
const bail = (): never => {
  throw BAIL;
};

/** Plain scalars `yaml` (core schema) would not read as strings. */
const NON_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?(?:\.(?:inf|Inf|INF)|[0-9]+|\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?|\.nan|\.NaN|\.NAN|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const RESERVED_KEYS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', '__proto__']);
/** Characters a plain scalar may not start with (some are fine in YAML; here they mean: let `yaml` decide). */
const PLAIN_FIRST_BAD = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`') PLAIN_FIRST_BAD[c.charCodeAt(0)] = 1;
const badFirst = (code: number) => code < 128 && PLAIN_FIRST_BAD[code] === 1;
/** Plain values read as numbers (no sign, no leading zero, safe as a double): the ones banks use. */
const DECIMAL = /^(?:0|[1-9][0-9]{0,14})$/;
/** Only plain scalars starting with these can read as null, booleans or numbers. */
const maybeNonString = (code: number) => (code >= 48 && code <= 57) || code === 43 || code === 45 || code === 46 || code === 126 || code === 78 || code === 110 || code === 84 || code === 116 || code === 70 || code === 102;
const ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\' };
const HEX_LEN: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * Reads `source` when it stays inside the subset; undefined otherwise. The root is a block map at
 * column 0.
 */
export function fastParseYaml(source: string): FMap | undefined {
  if (!source || /[\t\r\uFEFF]/.test(source)) return undefined;
  try {
    return new Reader(source).document();
  } catch (e) {
    if (e === BAIL) return undefined;
    throw e;
  }
}

class Reader {
  /** Per line: the offset it starts at (one extra entry: source.length + 1) and its indentation. */
  private readonly starts: Int32Array;
  private readonly indents: Int32Array;
  private readonly lines: number;

  constructor(private readonly src: string) {
    let n = 1;
    for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) n++;
    this.lines = src.endsWith('\n') ? n - 1 : n;
    this.starts = new Int32Array(this.lines + 1);
    this.indents = new Int32Array(this.lines);
    let at = 0;
    for (let l = 0; l < this.lines; l++) {
      this.starts[l] = at;
      let i = at;
      while (src.charCodeAt(i) === 32) i++;
      this.indents[l] = i - at;
      const nl = src.indexOf('\n', i);
      at = nl === -1 ? src.length + 1 : nl + 1;
    }
    this.starts[this.lines] = at;
  }

  private lineStart(l: number): number {
    return this.starts[l] as number;
  }
  /** Offset of the line's end (its '\n', or the end of the source). */
  private lineEnd(l: number): number {
    return Math.min(this.src.length, (this.starts[l + 1] as number) - 1);
  }
  private indentOf(l: number): number {
    return this.indents[l] as number;
  }
  /** A line with only spaces (or nothing). */
  private blank(l: number): boolean {
    return (this.starts[l] as number) + (this.indents[l] as number) >= this.lineEnd(l);
  }
  /** The first line at or after `l` with content (not blank, not a comment); this.lines at the end. */
  private nextContent(l: number): number {
    for (; l < this.lines; l++) {
      const at = (this.starts[l] as number) + (this.indents[l] as number);
      if (at < this.lineEnd(l) && this.src.charCodeAt(at) !== 35) return l;
    }
    return this.lines;
  }

  /** After a parse step: the offset it stopped at (inline values) or the next line (block values). */
  private pos = 0;
  private next = 0;

  document(): FMap {
    // Directives and document markers are the library's business.
    for (let l = 0; l < this.lines; l++) {
      const at = this.lineStart(l);
      const c = this.src.charCodeAt(at);
      if (c === 37 /* % */ || ((c === 45 || c === 46) && /^(?:---|\.\.\.)(?: |$)/.test(this.src.slice(at, at + 4)))) bail();
    }
    const first = this.nextContent(0);
    if (first >= this.lines || this.indentOf(first) !== 0) bail();
    const node = this.blockMap(first, 0);
    if (this.nextContent(this.next) < this.lines) bail();
    return node;
  }

  /**
   * The end of a key at `at` (a plain name, or a double-quoted one of the same characters or digits
   * such as a rubric's "1", before ": " or ":" at the line's end), or -1.
   */
  private keyEnd(at: number, lineEnd: number): number {
    const src = this.src;
    let i = at;
    let c = src.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < lineEnd; i++) {
        c = src.charCodeAt(i);
        if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45)) break;
      }
      if (c !== 34 || i === at + 1) return -1;
      i++;
      return src.charCodeAt(i) === 58 && (i + 1 >= lineEnd || src.charCodeAt(i + 1) === 32) ? i : -1;
    }
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return -1;
    for (i++; i < lineEnd; i++) {
      c = src.charCodeAt(i);
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45)) break;
    }
    return src.charCodeAt(i) === 58 /* : */ && (i + 1 >= lineEnd || src.charCodeAt(i + 1) === 32) ? i : -1;
  }

  private key(at: number, end: number, indent: number, pairs: FMap['pairs']): FScalar {
    const quoted = this.src.charCodeAt(at) === 34;
    const name = quoted ? this.src.slice(at + 1, end - 1) : this.src.slice(at, end);
    if (RESERVED_KEYS.has(name)) bail();
    for (let k = 0; k < pairs.length; k++) if ((pairs[k] as FMap['pairs'][number]).key.value === name) bail();
    return { kind: 'scalar', value: name, style: quoted ? 'QUOTE_DOUBLE' : 'PLAIN', start: at, end, indent };
  }

  /** A block map whose first key is on line `l` at column `col` (maybe after "- "). Sets this.next. */
  private blockMap(l: number, col: number): FMap {
    const pairs: FMap['pairs'] = [];
    const start = this.lineStart(l) + col;
    for (;;) {
      const at = this.lineStart(l) + col;
      const colon = this.keyEnd(at, this.lineEnd(l));
      if (colon < 0) bail();
      const key = this.key(at, colon, col, pairs);
      const value = this.value(l, colon + 1, col, false);
      pairs.push({ key, value });
      const n = this.nextContent(this.next);
      this.next = n;
      if (n >= this.lines || this.indentOf(n) < col) return { kind: 'map', flow: false, start, end: endOf(value), pairs };
      if (this.indentOf(n) > col) bail();
      // A list item at the map's own column ends the map (it belongs to an outer list).
      if (this.src.charCodeAt(this.lineStart(n) + col) === 45) return { kind: 'map', flow: false, start, end: endOf(value), pairs };
      l = n;
    }
  }

  /** A block list whose first "-" is on line `l` at column `col`. Sets this.next. */
  private blockSeq(l: number, col: number): FSeq {
    const items: FNode[] = [];
    const start = this.lineStart(l) + col;
    const src = this.src;
    for (;;) {
      const dash = this.lineStart(l) + col;
      const end = this.lineEnd(l);
      if (src.charCodeAt(dash) !== 45 || !(dash + 1 >= end || src.charCodeAt(dash + 1) === 32)) bail();
      let p = dash + 1;
      while (p < end && src.charCodeAt(p) === 32) p++;
      const item = p < end && this.keyEnd(p, end) >= 0 ? this.blockMap(l, p - this.lineStart(l)) : this.value(l, dash + 1, col, true);
      items.push(item);
      const n = this.nextContent(this.next);
      this.next = n;
      if (n >= this.lines || this.indentOf(n) < col) return { kind: 'seq', flow: false, start, end: endOf(item), items };
      if (this.indentOf(n) > col) bail();
      if (src.charCodeAt(this.lineStart(n) + col) !== 45) return { kind: 'seq', flow: false, start, end: endOf(item), items };
      l = n;
    }
  }

  /**
   * The value that starts after a key's ":" (or a list's "-") at offset `p` of line `l`; `owner` is the
   * column of the map or list that holds it. Sets this.next to the line after it.
   */
  private value(l: number, p: number, owner: number, inSeq: boolean): FNode {
    const end = this.lineEnd(l);
    const src = this.src;
    while (p < end && src.charCodeAt(p) === 32) p++;
    if (p >= end || src.charCodeAt(p) === 35) {
      // The value is on the following lines: a more indented block, or a list at the map's column.
      const n = this.nextContent(l + 1);
      if (n >= this.lines) bail();
      const ind = this.indentOf(n);
      const at = this.lineStart(n) + ind;
      const isSeq = src.charCodeAt(at) === 45 && (at + 1 >= this.lineEnd(n) || src.charCodeAt(at + 1) === 32);
      if (ind > owner) return isSeq ? this.blockSeq(n, ind) : this.blockMap(n, ind);
      if (ind === owner && isSeq && !inSeq) return this.blockSeq(n, ind);
      return bail();
    }
    const c = src[p] as string;
    let node: FNode;
    if (c === '|' || c === '>') return this.blockScalar(l, p, owner);
    if (c === '"') node = this.double(p, end, owner);
    else if (c === "'") node = this.single(p, end, owner);
    else if (c === '[' || c === '{') node = this.flow(p, end, owner, 0);
    else {
      if (badFirst(src.charCodeAt(p))) bail();
      let e = p;
      while (e < end && !(src.charCodeAt(e) === 35 && src.charCodeAt(e - 1) === 32)) e++;
      while (e > p && src.charCodeAt(e - 1) === 32) e--;
      const value = src.slice(p, e);
      if (value.includes(': ') || value.endsWith(':')) bail();
      node = { kind: 'scalar', value, style: 'PLAIN', start: p, end: e, indent: owner };
      if (maybeNonString(src.charCodeAt(p)) && NON_STRING.test(value)) {
        if (!DECIMAL.test(value)) bail();
        node.num = Number(value);
      }
      this.pos = e;
    }
    this.lineTail(this.pos, end);
    // Anything more indented on the next lines would continue the value (multi-line): not ours.
    const n = this.nextContent(l + 1);
    if (n < this.lines && this.indentOf(n) > owner) bail();
    this.next = l + 1;
    return node;
  }

  /** After a value: only spaces, then maybe a comment (separated by a space). */
  private lineTail(p: number, end: number): void {
    const s = p;
    while (p < end && this.src.charCodeAt(p) === 32) p++;
    if (p < end && !(this.src.charCodeAt(p) === 35 && p > s)) bail();
  }

  private spaces(i: number, end: number): number {
    while (i < end && this.src.charCodeAt(i) === 32) i++;
    return i;
  }

  /** A one-line double-quoted scalar at `p`. Sets this.pos after it. */
  private double(p: number, end: number, indent: number): FScalar {
    const src = this.src;
    let value = '';
    let run = p + 1;
    for (let i = p + 1; i < end; i++) {
      const ch = src.charCodeAt(i);
      if (ch === 34 /* " */) {
        value += src.slice(run, i);
        this.pos = i + 1;
        return { kind: 'scalar', value, style: 'QUOTE_DOUBLE', start: p, end: i + 1, indent };
      }
      if (ch !== 92 /* \ */) continue;
      value += src.slice(run, i);
      if (i + 1 >= end) bail();
      const e = src[i + 1] as string;
      const simple = ESCAPES[e];
      if (simple !== undefined) {
        value += simple;
        i += 1;
      } else if (HEX_LEN[e]) {
        const n = HEX_LEN[e] as number;
        const hex = src.slice(i + 2, i + 2 + n);
        if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex) || i + 2 + n > end) bail();
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) bail();
        value += String.fromCodePoint(code);
        i += 1 + n;
      } else bail();
      run = i + 1;
    }
    return bail();
  }

  /** A one-line single-quoted scalar at `p`. Sets this.pos after it. */
  private single(p: number, end: number, indent: number): FScalar {
    const src = this.src;
    let value = '';
    let run = p + 1;
    for (let i = p + 1; i < end; i++) {
      if (src.charCodeAt(i) !== 39) continue;
      if (i + 1 < end && src.charCodeAt(i + 1) === 39) {
        value += src.slice(run, i + 1);
        i++;
        run = i + 1;
        continue;
      }
      value += src.slice(run, i);
      this.pos = i + 1;
      return { kind: 'scalar', value, style: 'QUOTE_SINGLE', start: p, end: i + 1, indent };
    }
    return bail();
  }

  /** A flow node at `i` inside a one-line flow collection. Sets this.pos after it. */
  private flow(i: number, end: number, indent: number, depth: number): FNode {
    if (depth > 16 || i >= end) bail();
    const src = this.src;
    const c = src.charCodeAt(i);
    if (c === 34) return this.double(i, end, indent);
    if (c === 39) return this.single(i, end, indent);
    if (c === 91 /* [ */) {
      const items: FNode[] = [];
      let k = this.spaces(i + 1, end);
      while (src.charCodeAt(k) !== 93) {
        if (k >= end) bail();
        items.push(this.flow(k, end, indent, depth + 1));
        k = this.spaces(this.pos, end);
        if (src.charCodeAt(k) === 44) k = this.spaces(k + 1, end);
        else if (src.charCodeAt(k) !== 93) bail();
      }
      this.pos = k + 1;
      return { kind: 'seq', flow: true, start: i, end: k + 1, items };
    }
    if (c === 123 /* { */) {
      const pairs: FMap['pairs'] = [];
      let k = this.spaces(i + 1, end);
      while (src.charCodeAt(k) !== 125) {
        if (k >= end) bail();
        const colon = this.keyEnd(k, end);
        if (colon < 0 || colon + 1 >= end) bail();
        const key = this.key(k, colon, indent, pairs);
        const value = this.flow(this.spaces(colon + 1, end), end, indent, depth + 1);
        pairs.push({ key, value });
        k = this.spaces(this.pos, end);
        if (src.charCodeAt(k) === 44) k = this.spaces(k + 1, end);
        else if (src.charCodeAt(k) !== 125) bail();
      }
      this.pos = k + 1;
      return { kind: 'map', flow: true, start: i, end: k + 1, pairs };
    }
    if (badFirst(c)) bail();
    let e = i;
    for (; e < end; e++) {
      const ch = src.charCodeAt(e);
      // , ] } [ { : end a plain scalar in a flow collection (":" is the library's call)
      if (ch === 44 || ch === 93 || ch === 125 || ch === 91 || ch === 123 || ch === 58) break;
      if (ch === 35 && src.charCodeAt(e - 1) === 32) bail();
    }
    if (src.charCodeAt(e) === 58) bail();
    let v = e;
    while (v > i && src.charCodeAt(v - 1) === 32) v--;
    const value = src.slice(i, v);
    if (!value || (maybeNonString(c) && NON_STRING.test(value))) bail();
    this.pos = v;
    return { kind: 'scalar', value, style: 'PLAIN', start: i, end: v, indent };
  }

  /** A `|` or `>` block scalar (clip or strip chomping, indentation detected), as `yaml` reads it. */
  private blockScalar(l: number, p: number, owner: number): FScalar {
    const src = this.src;
    const header = /^([|>])(-?)(?: +#.*)? *$/.exec(src.slice(p, this.lineEnd(l)));
    if (!header) bail();
    const folded = (header as RegExpExecArray)[1] === '>';
    const strip = (header as RegExpExecArray)[2] === '-';
    // The first line with content sets the indentation; blank lines before it may not be deeper.
    let f = l + 1;
    while (f < this.lines && this.blank(f)) f++;
    if (f >= this.lines) bail();
    const indent = this.indentOf(f);
    if (indent <= owner) bail();
    for (let k = l + 1; k < f; k++) if (this.indentOf(k) > indent) bail();
    let last = f;
    let k = f + 1;
    for (; k < this.lines; k++) {
      const ind = this.indentOf(k);
      if (this.blank(k)) {
        if (ind > indent) bail(); // more-indented blank lines: rare, subtle; the library decides
        continue;
      }
      if (ind < indent) {
        if (ind > owner) bail();
        break;
      }
      last = k;
    }
    // Lines l+1 .. last, trailing blank lines dropped (as clip and strip do).
    let value = '';
    for (let i = l + 1; i < f; i++) value += '\n';
    let sep = '';
    let prevMore = false;
    for (let i = f; i <= last; i++) {
      const ind = this.indentOf(i);
      const text = this.blank(i) ? '' : src.slice(this.lineStart(i) + indent, this.lineEnd(i));
      if (!folded) {
        value += sep + text;
        sep = '\n';
      } else if (ind > indent && text !== '') {
        if (sep === ' ') sep = '\n';
        else if (!prevMore && sep === '\n') sep = '\n\n';
        value += sep + text;
        sep = '\n';
        prevMore = true;
      } else if (text === '') {
        if (sep === '\n') value += '\n';
        else sep = '\n';
      } else {
        value += sep + text;
        sep = ' ';
        prevMore = false;
      }
    }
    if (!strip) value += '\n';
    const end = Math.min(src.length, this.starts[last + 1] as number);
    this.next = last + 1;
    return { kind: 'scalar', value, style: folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL', start: p, end, indent: owner };
  }
}

/** Where a node's content ends: a scalar's or flow collection's end, a block collection's last child's. */
export function endOf(node: FNode): number {
  if (node.kind === 'scalar' || node.flow) return node.end;
  if (node.kind === 'map') return node.pairs.length ? endOf((node.pairs[node.pairs.length - 1] as FMap['pairs'][number]).value) : node.end;
  return node.items.length ? endOf(node.items[node.items.length - 1] as FNode) : node.end;
}

/** The JavaScript value of a node (plain objects with null prototypes avoided: keys are checked). */
export function fastToJs(node: FNode): unknown {
  if (node.kind === 'scalar') return node.num ?? node.value;
  if (node.kind === 'seq') return node.items.map(fastToJs);
  const out: Record<string, unknown> = {};
  for (const p of node.pairs) out[p.key.value] = fastToJs(p.value);
  return out;
}

/**
 * The node at a path of keys/indexes (the key node of the last step with `key`). With `nearest`, as
 * config/schema.ts's nodeAt: a missing key gives the map that lacks it, a scalar on the way gives
 * that scalar (a missing index still gives nothing).
 */
export function fastNodeAt(root: FNode, path: readonly (string | number)[], key = false, nearest = false): FNode | undefined {
  let node: FNode | undefined = root;
  for (let i = 0; i < path.length && node; i++) {
    const step = path[i];
    if (node.kind === 'map') {
      const pair: FMap['pairs'][number] | undefined = node.pairs.find((p) => p.key.value === String(step));
      if (!pair) return nearest ? node : undefined;
      node = key && i === path.length - 1 ? pair.key : pair.value;
    } else if (node.kind === 'seq') node = node.items[Number(step)];
    else return nearest ? node : undefined;
  }
  return node;
}

/** A `yaml` Scalar standing for a fast scalar, for code that reads scalars (scalarSegment). */
export function asYamlScalar(s: FScalar, make: (value: string) => YAML.Scalar): YAML.Scalar {
  const node = make(s.value);
  node.range = [s.start, s.end, s.end];
  node.type = s.style;
  if (s.style === 'BLOCK_LITERAL' || s.style === 'BLOCK_FOLDED') (node as { srcToken?: unknown }).srcToken = { type: 'block-scalar', indent: s.indent };
  return node;
}
