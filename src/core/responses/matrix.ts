// The response matrix: ready replies for recurring questions, per commenter type, channel and
// language, as Handlebars templates in YAML (`.community/responses/*.yaml`). Parsed with positions,
// validated (schema, ids, variables, template syntax, length per channel, etiquette references) and
// rendered safely: strict mode, no helpers but the built-in block ones, no prototype access.
import Handlebars from 'handlebars';
import * as YAML from 'yaml';
import responsesSchema from '../../../schemas/responses.schema.json';
import { nodeAt, nodeRange, schemaProblems } from '../config/schema';
import { DEFAULT_CHANNEL_LIMITS } from '../config/voice';
import { channelLength } from '../rules/kinds/length';
import type { Segment } from '../source/segment';
import { parseYaml, scalarSegment, toJsSafe } from '../source/yaml';
import { normalizeWord } from '../text/tokenize';
import type { CommenterType, Lang, Localized, Problem } from '../types';
import { LANGS, laterDuplicates, localize } from '../types';

export interface VariableDecl {
  name: string;
  description?: Localized;
  example?: Localized;
  default?: Localized;
  start: number;
  end: number;
}

export interface Template {
  lang: Lang;
  text: string;
  /** The template's text mapped to the file (for diagnostics inside it). */
  segment: Segment;
}

export interface ResponseEntry {
  id: string;
  file: string;
  title: Localized;
  category: string;
  commenter?: CommenterType;
  triggers: Partial<Record<Lang, string[]>> & { any?: string[] };
  channels: string[];
  templates: Template[];
  variables: VariableDecl[];
  etiquette: { id: string; start: number; end: number }[];
  replyWithin?: string;
  tags: string[];
  notes?: Localized;
  lintOff: boolean;
  /** The entry's range in the file, and its id's. */
  start: number;
  end: number;
  idStart: number;
  idEnd: number;
}

export interface MatrixFile {
  path: string;
  source: string;
  entries: ResponseEntry[];
  problems: Problem[];
}

const problem = (message: string, start: number, end: number, code: string, severity: Problem['severity'] = 'error'): Problem => ({ severity, message, start, end, code });

export function parseMatrix(source: string, path: string): MatrixFile {
  const { doc, problems } = parseYaml(source);
  const file: MatrixFile = { path, source, entries: [], problems };
  if (problems.some((p) => p.severity === 'error')) return file;
  const raw = toJsSafe(doc) as { responses?: unknown[] } | undefined;
  problems.push(...schemaProblems(doc, source, responsesSchema, 'responses-schema', raw ?? null));
  const list = YAML.isMap(doc.contents) ? doc.contents.get('responses', true) : undefined;
  if (!YAML.isSeq(list)) return file;
  list.items.forEach((node, i) => {
    const value = raw?.responses?.[i] as Record<string, unknown> | undefined;
    if (!YAML.isMap(node) || !value || typeof value !== 'object' || typeof value.id !== 'string') return;
    const at = (p: (string | number)[], key = false) => nodeRange(nodeAt(doc, ['responses', i, ...p], key), source);
    const [idStart, idEnd] = at(['id']);
    const [start] = nodeRange(node, source);
    const templates: Template[] = [];
    const replyNode = node.get('reply', true);
    if (YAML.isMap(replyNode)) {
      for (const pair of replyNode.items) {
        const lang = YAML.isScalar(pair.key) ? String(pair.key.value) : '';
        if (!(LANGS as readonly string[]).includes(lang) || !YAML.isScalar(pair.value) || typeof pair.value.value !== 'string') continue;
        const seg = scalarSegment(source, pair.value, {}, ['responses', i, 'reply', lang]);
        if (seg) templates.push({ lang: lang as Lang, text: seg.text, segment: seg });
      }
    }
    const variables: VariableDecl[] = [];
    const vars = value.variables && typeof value.variables === 'object' ? (value.variables as Record<string, Record<string, Localized>>) : {};
    for (const [name, decl] of Object.entries(vars)) {
      const [s, e] = at(['variables', name], true);
      variables.push({ name, start: s, end: e, ...(decl && typeof decl === 'object' ? { description: decl.description, example: decl.example, default: decl.default } : {}) });
    }
    const etiquette = Array.isArray(value.etiquette)
      ? value.etiquette.flatMap((id, k) => {
          if (typeof id !== 'string') return [];
          const [s, e] = at(['etiquette', k]);
          return [{ id, start: s, end: e }];
        })
      : [];
    const triggers: ResponseEntry['triggers'] = {};
    if (Array.isArray(value.triggers)) triggers.any = value.triggers.filter((x): x is string => typeof x === 'string');
    else if (value.triggers && typeof value.triggers === 'object') {
      for (const l of LANGS) {
        const t = (value.triggers as Record<string, unknown>)[l];
        if (Array.isArray(t)) triggers[l] = t.filter((x): x is string => typeof x === 'string');
      }
    }
    const end = node.range ? node.range[1] : start;
    file.entries.push({
      id: value.id,
      file: path,
      title: (value.title as Localized) ?? value.id,
      category: typeof value.category === 'string' ? value.category : 'other',
      commenter: ['grateful', 'neutral', 'critic', 'troll'].includes(value.commenter as string) ? (value.commenter as CommenterType) : undefined,
      triggers,
      channels: Array.isArray(value.channels) ? value.channels.filter((x): x is string => typeof x === 'string') : [],
      templates,
      variables,
      etiquette,
      replyWithin: typeof value.reply_within === 'string' ? value.reply_within : undefined,
      tags: Array.isArray(value.tags) ? value.tags.filter((x): x is string => typeof x === 'string') : [],
      notes: value.notes as Localized | undefined,
      lintOff: value['tone-lint'] === 'off' || value['tone-lint'] === false,
      start,
      end,
      idStart,
      idEnd,
    });
  });
  return file;
}

// ------------------------------------------------------------------------------ templates

/** Where a Handlebars parse error sits in the template, from the line and the caret of its message. */
function parseErrorOffset(template: string, message: string): number {
  const lines = message.split('\n');
  const line = Number(/line (\d+)/.exec(lines[0] ?? '')?.[1] ?? 1);
  const excerpt = lines[1] ?? '';
  const caret = (lines[2] ?? '').indexOf('^');
  let lineStart = 0;
  for (let l = 1; l < line; l++) {
    const nl = template.indexOf('\n', lineStart);
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  if (caret < 0) return lineStart;
  let before = excerpt.slice(0, caret);
  if (before.startsWith('...')) before = before.slice(3);
  // The excerpt drops line breaks: compare against the template without them.
  const flat: number[] = [];
  let text = '';
  for (let i = 0; i < template.length; i++) {
    if (template[i] === '\n') continue;
    flat.push(i);
    text += template[i];
  }
  let best = -1;
  for (let i = text.indexOf(before); i !== -1; i = text.indexOf(before, i + 1)) {
    const end = i + before.length;
    const orig = end < flat.length ? (flat[end] as number) : template.length;
    if (orig >= lineStart) {
      best = orig;
      break;
    }
    best = orig;
  }
  return best >= 0 ? best : lineStart;
}

interface TemplateInfo {
  variables: { name: string; start: number; end: number }[];
  error?: { message: string; offset: number };
}

const inspected = new Map<string, TemplateInfo>();

/** The variables a template uses (with their offsets in the template) or its syntax error. Cached by text. */
export function inspectTemplate(template: string): TemplateInfo {
  let info = inspected.get(template);
  if (!info) {
    info = inspectUncached(template);
    if (inspected.size > 20_000) inspected.clear();
    inspected.set(template, info);
  }
  return info;
}

function inspectUncached(template: string): TemplateInfo {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(template);
  } catch (e) {
    const message = (e as Error).message;
    const expecting = /Expecting (.*), got '([^']+)'/.exec(message);
    const what = expecting ? `unexpected ${expecting[2] === 'EOF' ? 'end of template (a block is not closed?)' : expecting[2]}` : message.split('\n')[0];
    return { variables: [], error: { message: `Template syntax error: ${what}.`, offset: parseErrorOffset(template, message) } };
  }
  const lineStarts = [0];
  for (let i = 0; i < template.length; i++) if (template[i] === '\n') lineStarts.push(i + 1);
  const off = (pos: { line: number; column: number }) => (lineStarts[pos.line - 1] ?? 0) + pos.column;
  const variables: TemplateInfo['variables'] = [];
  const visit = (node: unknown, scoped: number): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; path?: hbs.AST.PathExpression; params?: unknown[]; program?: unknown; inverse?: unknown; body?: unknown[]; loc?: hbs.AST.SourceLocation };
    if (n.type === 'PathExpression') {
      const p = node as hbs.AST.PathExpression;
      if (!p.data && p.depth === 0 && p.parts.length && !(scoped && p.original.startsWith('this'))) {
        const head = p.parts[0] as string;
        if (!scoped) variables.push({ name: head, start: off(p.loc.start), end: off(p.loc.end) });
      }
      return;
    }
    if (n.type === 'MustacheStatement' || n.type === 'SubExpression') {
      const m = node as hbs.AST.MustacheStatement;
      const helper = m.path.type === 'PathExpression' && m.params.length > 0;
      if (!helper) visit(m.path, scoped);
      for (const p of m.params) visit(p, scoped);
      return;
    }
    if (n.type === 'BlockStatement') {
      const b = node as hbs.AST.BlockStatement;
      const name = b.path.type === 'PathExpression' ? b.path.original : '';
      for (const p of b.params) visit(p, scoped);
      const inner = name === 'each' || name === 'with' ? scoped + 1 : scoped;
      visit(b.program, inner);
      visit(b.inverse, scoped);
      return;
    }
    if (Array.isArray(n.body)) for (const s of n.body) visit(s, scoped);
  };
  visit(ast, 0);
  return { variables };
}

const RUNTIME = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;
const COMPILE = { strict: true, knownHelpersOnly: true, noEscape: true, preventIndent: true } as const;
const compiled = new Map<string, HandlebarsTemplateDelegate>();

export interface Rendered {
  text: string;
  /** Variables the template needs that had no value, default or example. */
  missing: string[];
  error?: string;
}

/** Values for an entry's variables: given ones, else defaults, else (if asked) the examples. */
export function valuesFor(entry: ResponseEntry, lang: Lang, given: Record<string, string> = {}, useExamples = false): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const v of entry.variables) {
    const value = given[v.name] ?? (v.default !== undefined ? localize(v.default, lang) : undefined) ?? (useExamples && v.example !== undefined ? localize(v.example, lang) : undefined);
    if (value !== undefined) out[v.name] = value;
  }
  return out;
}

/**
 * Renders a template as plain text (replies are not HTML; a webview escapes them on display). A
 * template can never run code: strict mode, only the built-in block helpers, no prototype access.
 */
export function renderTemplate(template: string, values: Record<string, string>): Rendered {
  const info = inspectTemplate(template);
  if (info.error) return { text: '', missing: [], error: info.error.message };
  const missing = [...new Set(info.variables.map((v) => v.name).filter((n) => !Object.prototype.hasOwnProperty.call(values, n)))];
  if (missing.length) return { text: '', missing };
  try {
    let fn = compiled.get(template);
    if (!fn) {
      fn = Handlebars.compile(template, COMPILE);
      if (compiled.size > 2000) compiled.clear();
      compiled.set(template, fn);
    }
    const data: Record<string, string> = Object.create(null);
    Object.assign(data, values);
    return { text: fn(data, RUNTIME), missing: [] };
  } catch (e) {
    return { text: '', missing: [], error: `The template cannot be rendered: ${(e as Error).message.split('\n')[0]}` };
  }
}

export function renderReply(entry: ResponseEntry, lang: Lang, values: Record<string, string> = {}, useExamples = false): Rendered {
  const t = entry.templates.find((x) => x.lang === lang) ?? entry.templates[0];
  if (!t) return { text: '', missing: [], error: `Entry ${entry.id} has no reply.` };
  return renderTemplate(t.text, valuesFor(entry, t.lang, values, useExamples));
}

// ------------------------------------------------------------------------------ validation

export interface MatrixCheckOptions {
  channelLimits?: Record<string, number>;
  /** Known etiquette rule ids; when given, unknown references are reported. */
  etiquetteIds?: ReadonlySet<string>;
}

/** Checks one file's entries: variables, template syntax, length per channel, etiquette references. */
export function validateEntries(file: MatrixFile, opts: MatrixCheckOptions = {}): Problem[] {
  const out: Problem[] = [];
  const limits = opts.channelLimits ?? DEFAULT_CHANNEL_LIMITS;
  const seen = new Map<string, ResponseEntry>();
  for (const e of file.entries) {
    const dup = seen.get(e.id);
    if (dup) out.push(problem(`Duplicate id "${e.id}": the entry above already uses it. Ids must be unique across the matrix.`, e.idStart, e.idEnd, 'duplicate-id'));
    seen.set(e.id, e);
    const used = new Set<string>();
    for (const t of e.templates) {
      const info = inspectTemplate(t.text);
      if (info.error) {
        // An error at the very end (an unclosed block) is shown on the template's last character.
        const s = t.segment.toSource(Math.max(0, Math.min(info.error.offset, t.text.replace(/\s+$/, '').length - 1)));
        out.push(problem(info.error.message, s, Math.max(s + 1, t.segment.toSourceEnd(Math.min(t.text.length, info.error.offset + 1))), 'template-syntax'));
        continue;
      }
      for (const v of info.variables) {
        used.add(v.name);
        if (!e.variables.some((d) => d.name === v.name)) {
          out.push(problem(`{{${v.name}}} is not declared. Add it under "variables" with a description and an example, or fix its spelling.`, t.segment.toSource(v.start), t.segment.toSourceEnd(v.end), 'undeclared-variable'));
        }
      }
      // A rendered example must fit every channel the entry is for. Plain {{var}} templates are filled
      // by substitution (the same result, without compiling a template per entry); an upper bound
      // skips the work when even the longest fill fits.
      const limited = e.channels.map((c) => limits[c]).filter((n): n is number => !!n);
      if (!limited.length) continue;
      const values = valuesFor(e, t.lang, {}, true);
      const bound = t.text.length + Object.values(values).reduce((n, v) => n + v.length, 0);
      if (bound <= Math.min(...limited) && !/https?:/.test(t.text)) continue;
      const simple = !/\{\{[#/^>!&{]|\{\{\s*else/.test(t.text);
      const rendered: Rendered = simple
        ? info.variables.every((v) => v.name in values)
          ? { text: t.text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_m, n: string) => values[n.split('.')[0] as string] ?? ''), missing: [] }
          : { text: '', missing: ['?'] }
        : renderTemplate(t.text, values);
      if (!rendered.error && !rendered.missing.length) {
        for (const ch of e.channels) {
          const limit = limits[ch];
          if (!limit) continue;
          const { length } = channelLength(rendered.text, ch, limit);
          if (length > limit) {
            out.push(problem(`With its example values the ${t.lang} reply is ${length} characters; ${ch} allows ${limit}. Shorten it or drop ${ch} from "channels".`, t.segment.toSource(0), t.segment.toSourceEnd(t.text.length), 'too-long', 'warning'));
          }
        }
      }
    }
    for (const v of e.variables) {
      if (!used.has(v.name) && e.templates.length) out.push(problem(`Variable "${v.name}" is declared but no template uses it. Remove it or use {{${v.name}}}.`, v.start, v.end, 'unused-variable', 'warning'));
    }
    if (opts.etiquetteIds) {
      for (const r of e.etiquette) {
        if (!opts.etiquetteIds.has(r.id)) out.push(problem(`Unknown etiquette rule "${r.id}". Use an id from the etiquette docs (their headings' {#id}).`, r.start, r.end, 'unknown-etiquette-rule'));
      }
    }
  }
  return out;
}

/** Ids used more than once across files: a problem at each later use, per file path. */
export function duplicateIdsAcross(files: readonly MatrixFile[]): Map<string, Problem[]> {
  const dups = laterDuplicates(files.map((f) => ({ path: f.path, items: f.entries })));
  return new Map([...dups].map(([path, list]) => [path, list.map(({ item, firstPath }) => problem(`Duplicate id "${item.id}": ${firstPath} uses it too. Ids must be unique across the matrix.`, item.idStart, item.idEnd, 'duplicate-id'))]));
}

/** The templates as lintable segments, with the entry's context (role template, declared variables). */
export function matrixSegments(file: MatrixFile): Segment[] {
  const out: Segment[] = [];
  for (const e of file.entries) {
    if (e.lintOff) continue;
    for (const t of e.templates) {
      const context = { lang: t.lang, role: 'template' as const, variables: e.variables.map((v) => v.name), ...(e.commenter ? { commenter: e.commenter } : {}), ...(e.channels.length === 1 ? { channel: e.channels[0] as string } : {}) };
      out.push({ ...t.segment, context });
    }
  }
  return out;
}

// ------------------------------------------------------------------------------ search

const norm = (s: string) => normalizeWord(s);

export interface SearchHit {
  entry: ResponseEntry;
  score: number;
}

/** Search text of an entry, normalized once (titles, triggers, templates, tags, category, id). */
const haystacks = new WeakMap<ResponseEntry, string>();
function haystack(e: ResponseEntry): string {
  let h = haystacks.get(e);
  if (h === undefined) {
    const title = typeof e.title === 'string' ? e.title : Object.values(e.title).join(' ');
    const triggers = [...(e.triggers.any ?? []), ...(e.triggers.ru ?? []), ...(e.triggers.en ?? [])].join(' ');
    h = norm([e.id, title, e.category, triggers, e.tags.join(' '), ...e.templates.map((t) => t.text)].join(' \u0001 '));
    haystacks.set(e, h);
  }
  return h;
}

/**
 * Fuzzy search in both languages: every query word must occur (as a word prefix scores more than
 * inside a word; in the title or triggers more than in the text); ё/е and case do not matter.
 */
export function searchEntries(entries: readonly ResponseEntry[], query: string): SearchHit[] {
  const words = norm(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length) return entries.map((entry) => ({ entry, score: 0 }));
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    const h = haystack(entry);
    const head = h.slice(0, h.indexOf('\u0001', h.indexOf('\u0001', h.indexOf('\u0001') + 1) + 1) + 1 || h.length);
    let score = 0;
    let ok = true;
    for (const w of words) {
      const i = h.indexOf(w);
      if (i === -1) {
        ok = false;
        break;
      }
      const prefix = i === 0 || !/[\p{L}\p{N}]/u.test(h[i - 1] as string);
      score += (prefix ? 3 : 1) + (head.includes(w) ? 2 : 0);
    }
    if (ok) hits.push({ entry, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
}
