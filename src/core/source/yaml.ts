// YAML kit files: parsing that never throws, and the exact map from a string's value back to its
// source through every scalar style (plain, single- and double-quoted with escapes and folding,
// literal and folded blocks with chomping and indentation indicators). Each map is derived from the
// source text and then checked against the value `yaml` parsed; if they ever disagree, the segment
// keeps approximate positions and refuses fixes rather than edit the wrong characters.
import * as YAML from 'yaml';
import type { LintContext, Problem } from '../types';
import { mappedSegment, type Segment } from './segment';

export interface ParsedYaml {
  doc: YAML.Document.Parsed;
  problems: Problem[];
}

const firstLine = (s: string) => (s.split('\n')[0] ?? s).replace(/ at line \d+, column \d+:?$/, '').trim();

/** Parses YAML with ranges. Syntax errors and warnings become problems; nothing throws. */
export function parseYaml(source: string): ParsedYaml {
  let doc: YAML.Document.Parsed;
  try {
    doc = YAML.parseDocument(source, { prettyErrors: true, uniqueKeys: true, strict: true });
  } catch (e) {
    // Only pathological input gets here (e.g. nesting deep enough to exhaust the stack).
    doc = YAML.parseDocument('');
    return { doc, problems: [{ severity: 'error', code: 'yaml-syntax', start: 0, end: 0, message: `The file cannot be parsed as YAML: ${(e as Error).message}` }] };
  }
  const problems: Problem[] = [];
  for (const e of doc.errors) {
    const [start, end] = e.pos;
    problems.push({ severity: 'error', code: 'yaml-syntax', start, end: Math.max(end, start), message: `YAML syntax error: ${firstLine(e.message)}` });
  }
  for (const w of doc.warnings) {
    const [start, end] = w.pos;
    problems.push({ severity: 'warning', code: 'yaml-syntax', start, end: Math.max(end, start), message: `YAML: ${firstLine(w.message)}` });
  }
  // Aliases are cheap to parse and expensive to expand: count what expanding would cost.
  if (!problems.length && source.includes('*')) {
    try {
      doc.toJS({ maxAliasCount: 1000 });
    } catch (e) {
      problems.push({ severity: 'error', code: 'yaml-aliases', start: 0, end: 0, message: `The YAML uses too many aliases to expand safely (${(e as Error).message}). Write the values out instead of nesting aliases.` });
    }
  }
  return { doc, problems };
}

/** The JavaScript value of a parsed document, or undefined when it cannot be expanded safely. */
export function toJsSafe(doc: YAML.Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: 1000 });
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------- scalar maps

interface Built {
  text: string;
  starts: number[];
}

class Builder {
  text = '';
  starts: number[] = [];
  push(s: string, at: number) {
    for (let i = 0; i < s.length; i++) this.starts.push(at);
    this.text += s;
  }
  copy(source: string, from: number, to: number) {
    for (let i = from; i < to; i++) this.starts.push(i);
    this.text += source.slice(from, to);
  }
  done(end: number): Built {
    return { text: this.text, starts: [...this.starts, end] };
  }
}

interface Line {
  start: number; // offset of the first character of the line
  end: number; // offset of the line break (or of the end)
}

function linesOf(source: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let s = from;
  for (;;) {
    let e = source.indexOf('\n', s);
    if (e === -1 || e >= to) e = to;
    const end = e > s && source[e - 1] === '\r' && e !== to ? e - 1 : e;
    out.push({ start: s, end });
    if (e >= to) break;
    s = e + 1;
  }
  return out;
}

const isWs = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * Flow folding shared by plain and quoted scalars: lines are trimmed, a single line break becomes a
 * space, n+1 breaks become n newlines. `emitLine` writes one trimmed line's content.
 */
function fold(source: string, lines: Line[], b: Builder, emitLine: (from: number, to: number, first: boolean, last: boolean) => void): void {
  let empties = 0;
  let pendingBreakAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i] as Line;
    let s = ln.start;
    let e = ln.end;
    const first = i === 0;
    const last = i === lines.length - 1;
    if (!first) while (s < e && isWs(source[s])) s++;
    if (!last) while (e > s && isWs(source[e - 1])) e--;
    if (!first && s === e && !last) {
      empties++;
      continue;
    }
    if (pendingBreakAt >= 0) {
      if (empties === 0) b.push(' ', pendingBreakAt);
      else b.push('\n'.repeat(empties), pendingBreakAt);
    }
    emitLine(s, e, first, last);
    empties = 0;
    pendingBreakAt = ln.end;
  }
}

function buildPlain(source: string, start: number, end: number): Built {
  const b = new Builder();
  fold(source, linesOf(source, start, end), b, (s, e) => b.copy(source, s, e));
  return b.done(end);
}

function buildSingle(source: string, start: number, end: number): Built {
  const b = new Builder();
  const inner = linesOf(source, start + 1, end - 1);
  fold(source, inner, b, (s, e) => {
    for (let i = s; i < e; i++) {
      if (source[i] === "'" && source[i + 1] === "'") {
        b.push("'", i);
        i++;
      } else b.copy(source, i, i + 1);
    }
  });
  return b.done(end - 1);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};

function buildDouble(source: string, start: number, end: number): Built {
  const b = new Builder();
  const content = source.slice(start + 1, end - 1);
  const base = start + 1;
  let i = 0;
  // Walk character by character: escapes, and line breaks folded as in flow scalars. Whitespace
  // before an unescaped break is dropped, so it is held back until we know what follows it.
  let held: number[] = []; // offsets of held whitespace
  const flushHeld = () => {
    for (const o of held) b.copy(source, o, o + 1);
    held = [];
  };
  while (i < content.length) {
    const c = content[i] as string;
    const at = base + i;
    if (c === '\\') {
      flushHeld();
      const n = content[i + 1];
      if (n === '\n' || (n === '\r' && content[i + 2] === '\n')) {
        // escaped line break: join, skipping the next line's leading whitespace
        i += n === '\r' ? 3 : 2;
        while (isWs(content[i])) i++;
        continue;
      }
      if (n !== undefined && n in SIMPLE_ESCAPES) {
        b.push(SIMPLE_ESCAPES[n] as string, at);
        i += 2;
        continue;
      }
      const len = n === 'x' ? 2 : n === 'u' ? 4 : n === 'U' ? 8 : 0;
      const hex = content.slice(i + 2, i + 2 + len);
      if (len && /^[0-9a-fA-F]+$/.test(hex) && hex.length === len) {
        const cp = parseInt(hex, 16);
        b.push(cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD', at);
        i += 2 + len;
        continue;
      }
      b.push('\\', at); // invalid escape: yaml reports it; keep the backslash so the map stays total
      i += 1;
      continue;
    }
    if (c === '\n' || (c === '\r' && content[i + 1] === '\n')) {
      held = []; // trailing whitespace before a break is not part of the value
      const breakAt = at;
      i += c === '\r' ? 2 : 1;
      let empties = 0;
      for (;;) {
        while (isWs(content[i])) i++;
        if (content[i] === '\n') {
          empties++;
          i++;
        } else if (content[i] === '\r' && content[i + 1] === '\n') {
          empties++;
          i += 2;
        } else break;
      }
      b.push(empties ? '\n'.repeat(empties) : ' ', breakAt);
      continue;
    }
    if (isWs(c)) {
      held.push(at);
      i++;
      continue;
    }
    flushHeld();
    b.copy(source, at, at + 1);
    i++;
  }
  flushHeld();
  return b.done(end - 1);
}

function buildBlock(source: string, start: number, end: number, indent: number, folded: boolean): Built | undefined {
  const headerEnd = source.indexOf('\n', start);
  if (headerEnd === -1 || headerEnd >= end) return { text: '', starts: [end] };
  const header = source.slice(start, headerEnd).replace(/\s+#.*$/, '').trim();
  const chomp = header.includes('-') ? 'strip' : header.includes('+') ? 'keep' : 'clip';
  const lines = linesOf(source, headerEnd + 1, end);
  // A final empty "line" after the last break is not a line of the scalar.
  if (lines.length && (lines[lines.length - 1] as Line).start === end) lines.pop();
  type L = { s: number; e: number; empty: boolean; more: boolean; brk: number };
  const ls: L[] = [];
  for (const ln of lines) {
    const raw = source.slice(ln.start, ln.end);
    const blank = /^[ \t]*$/.test(raw);
    if (!blank && raw.length < indent) return undefined;
    if (!blank && !/^ *$/.test(raw.slice(0, indent))) return undefined;
    const s = blank ? Math.min(ln.start + indent, ln.end) : ln.start + indent;
    ls.push({ s, e: ln.end, empty: blank, more: !blank && isWs(source[s]), brk: ln.end });
  }
  let lastText = ls.length - 1;
  while (lastText >= 0 && (ls[lastText] as L).empty) lastText--;
  const b = new Builder();
  for (let i = 0; i <= lastText; i++) {
    const l = ls[i] as L;
    if (l.empty) {
      // counted by the break logic below
    } else {
      b.copy(source, l.s, l.e);
    }
    if (i === lastText) break;
    if (!folded) {
      b.push('\n', l.brk);
      continue;
    }
    if (l.empty) {
      b.push('\n', l.brk);
      continue;
    }
    // folded: a break between two normal text lines is a space; before an empty line it disappears
    // (the empty lines give the newlines); next to a more-indented line it stays a newline.
    let j = i + 1;
    while (j <= lastText && (ls[j] as L).empty) j++;
    const next = ls[j] as L;
    if (j === i + 1) b.push(l.more || next.more ? '\n' : ' ', l.brk);
    else if (l.more || next.more) b.push('\n', l.brk);
    // else: the break is folded away, each following empty line adds one newline
  }
  const trailingAt = lastText >= 0 ? (ls[lastText] as L).brk : headerEnd + 1;
  if (lastText >= 0 && chomp !== 'strip') {
    if (chomp === 'clip') b.push('\n', trailingAt);
    else {
      b.push('\n', trailingAt);
      for (let i = lastText + 1; i < ls.length; i++) b.push('\n', (ls[i] as L).brk);
    }
  } else if (lastText < 0 && chomp === 'keep') {
    for (const l of ls) b.push('\n', l.brk);
  }
  const lastStart = b.starts.length ? (b.starts[b.starts.length - 1] as number) : headerEnd + 1;
  return b.done(Math.max(lastStart, Math.min(end, trailingAt)));
}

function blockIndents(source: string, start: number, end: number): number[] {
  const headerEnd = source.indexOf('\n', start);
  const header = source.slice(start, headerEnd === -1 ? end : headerEnd);
  const explicit = /^[|>][-+]?(\d)|^[|>](\d)/.exec(header.trim());
  const lines = linesOf(source, headerEnd + 1, end).map((l) => source.slice(l.start, l.end));
  const firstText = lines.find((l) => !/^[ \t]*$/.test(l));
  const auto = firstText ? (/^ */.exec(firstText) as RegExpExecArray)[0].length : 0;
  const candidates = new Set<number>([auto]);
  if (explicit) {
    const n = Number(explicit[1] ?? explicit[2]);
    for (let p = 0; p <= auto; p++) candidates.add(p + n);
  }
  return [...candidates].filter((n) => n >= 0);
}

function encodeFor(type: string | undefined): (s: string) => string {
  switch (type) {
    case 'QUOTE_DOUBLE':
      return (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
    case 'QUOTE_SINGLE':
      return (s) => s.replace(/'/g, "''");
    default:
      return (s) => s;
  }
}

/** Whether a replacement can stand in a plain or block scalar without changing how the YAML parses. */
function safeUnquoted(type: string | undefined, s: string): boolean {
  if (/[\r\n]/.test(s)) return false;
  if (type === 'PLAIN') return !/: |:$| #|^[#&*!|>'"%@`\-?:,[\]{}]/.test(s);
  return true;
}

/**
 * The segment of one string scalar: its value and the exact map back to the source. Returns undefined
 * for nodes that are not strings or have no range.
 */
export function scalarSegment(source: string, node: YAML.Scalar, context: Partial<LintContext> = {}, path?: readonly (string | number)[]): Segment | undefined {
  if (typeof node.value !== 'string' || !node.range) return undefined;
  const [start, valueEnd] = node.range;
  const value = node.value;
  let built: Built | undefined;
  switch (node.type) {
    case 'QUOTE_DOUBLE':
      built = buildDouble(source, start, valueEnd);
      break;
    case 'QUOTE_SINGLE':
      built = buildSingle(source, start, valueEnd);
      break;
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
      for (const indent of blockIndents(source, start, valueEnd)) {
        built = buildBlock(source, start, valueEnd, indent, node.type === 'BLOCK_FOLDED');
        if (built?.text === value) break;
      }
      break;
    default:
      built = buildPlain(source, start, valueEnd);
  }
  const encode = encodeFor(node.type);
  if (built && built.text === value) {
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    const seg = mappedSegment(value, built.starts, context, { path, encode, source, verifyFixes: !quoted });
    const type = node.type;
    return {
      ...seg,
      mapFix(fix) {
        if (!safeUnquoted(type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE' ? 'QUOTED' : type, fix.replacement)) return undefined;
        const mapped = seg.mapFix(fix);
        // In quoted scalars the original characters must stand in the source as they are (no escapes inside).
        if (mapped && (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE')) {
          const raw = source.slice(mapped.start, mapped.end);
          if (raw !== value.slice(fix.start, fix.end) || /[\\'"\n]/.test(raw)) return undefined;
        }
        return mapped;
      },
    };
  }
  // Should not happen; keep positions approximate (inside the scalar) and make no fixes.
  const starts = Array.from({ length: value.length + 1 }, (_, i) => Math.min(valueEnd, start + Math.round((i * (valueEnd - start)) / Math.max(1, value.length))));
  return { ...mappedSegment(value, starts, context, { path }), mapFix: () => undefined };
}

// ---------------------------------------------------------------------------------- extraction

export const DEFAULT_YAML_KEYS = ['reply', 'replies', 'text', 'template', 'templates', 'notice'];
const LANG_KEYS = new Set(['ru', 'en']);
const keyOf = (k: unknown) => (YAML.isScalar(k) ? String(k.value) : String(k));

function contextOf(map: YAML.YAMLMap, inherited: Partial<LintContext>): Partial<LintContext> | null {
  const ctx: Partial<LintContext> = { ...inherited };
  for (const pair of map.items) {
    const k = keyOf(pair.key);
    const v = pair.value;
    if (k === 'tone-lint' && YAML.isScalar(v) && (v.value === false || v.value === 'off')) return null;
    if ((k === 'lang' || k === 'language') && YAML.isScalar(v) && (v.value === 'ru' || v.value === 'en')) ctx.lang = v.value;
    else if ((k === 'commenter' || k === 'commenter_type') && YAML.isScalar(v) && typeof v.value === 'string') {
      if (['grateful', 'neutral', 'critic', 'troll'].includes(v.value)) ctx.commenter = v.value as LintContext['commenter'];
    } else if (k === 'channel' && YAML.isScalar(v) && typeof v.value === 'string') ctx.channel = v.value;
    else if (k === 'channels' && YAML.isSeq(v) && v.items.length === 1 && YAML.isScalar(v.items[0])) ctx.channel = String(v.items[0].value);
    else if (k === 'variables') {
      const names = YAML.isMap(v) ? v.items.map((p) => keyOf(p.key)) : YAML.isSeq(v) ? v.items.map((x) => (YAML.isScalar(x) ? String(x.value) : YAML.isMap(x) ? String(x.get('name') ?? '') : '')) : [];
      ctx.variables = names.filter(Boolean);
      ctx.role = 'template';
    }
  }
  return ctx;
}

/**
 * The reply strings of a generic YAML kit file: every string under one of `keys` (at any depth),
 * with the context the surrounding mappings give (lang, channel(s), commenter, variables) and the
 * language of a `ru:`/`en:` key above it. A mapping with `tone-lint: off` is skipped.
 */
export function extractYamlSegments(source: string, opts: { keys?: readonly string[] } = {}): { segments: Segment[]; problems: Problem[] } {
  const { doc, problems } = parseYaml(source);
  const keys = new Set(opts.keys ?? DEFAULT_YAML_KEYS);
  const segments: Segment[] = [];
  if (problems.some((p) => p.severity === 'error')) return { segments, problems };
  const visit = (node: unknown, path: (string | number)[], ctx: Partial<LintContext>, inKey: boolean, depth: number) => {
    if (depth > 200) return;
    if (YAML.isMap(node)) {
      const own = contextOf(node, ctx);
      if (!own) return;
      for (const pair of node.items) {
        const k = keyOf(pair.key);
        const childCtx = { ...own };
        if (inKey && LANG_KEYS.has(k)) childCtx.lang = k as LintContext['lang'];
        const nowIn = inKey || keys.has(k);
        if ((k === 'template' || k === 'templates') && nowIn) childCtx.role = 'template';
        visit(pair.value, [...path, k], childCtx, nowIn, depth + 1);
      }
    } else if (YAML.isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i], ctx, inKey, depth + 1));
    } else if (inKey && YAML.isScalar(node) && typeof node.value === 'string') {
      const seg = scalarSegment(source, node, { role: 'reply', ...ctx }, path);
      if (seg && seg.text.trim()) segments.push(seg);
    }
  };
  visit(doc.contents, [], {}, false, 0);
  return { segments, problems };
}
