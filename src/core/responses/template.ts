// Reply templates: Handlebars with a deliberately small surface. A template may insert variables
// ({{name}}, {{{name}}}) and use the built-in blocks #if, #unless, #each and #with; nothing else —
// no helpers (lookup, log or custom), partials, decorators, sub-expressions, dotted paths, or names
// of JavaScript internals (constructor, __proto__...). Those are refused twice: by a check of the
// syntax tree before anything runs (with the exact place, for diagnostics), and by the compiler
// options (strict, knownHelpersOnly with lookup and log unknown, no prototype access) in case the
// check misses something. Output is plain text: replies are not HTML (noEscape), and every webview
// escapes what it shows.
import Handlebars from 'handlebars';

export interface TemplateVariable {
  name: string;
  /** Offsets of the variable's path in the template text. */
  start: number;
  end: number;
}

export type TemplateIssueCode = 'template-syntax' | 'template-helper' | 'template-unsafe' | 'template-path';

/** A message in both languages of the UI. */
export interface Said {
  en: string;
  ru: string;
}

export interface TemplateIssue {
  code: TemplateIssueCode;
  message: Said;
  start: number;
  end: number;
}

export interface TemplateInfo {
  /** The top-level variables the template uses, in order, with their places. */
  variables: TemplateVariable[];
  /** A syntax error (the template cannot be parsed) at its place in the template text. */
  error?: { message: Said; offset: number; end: number };
  /** Constructs the template may not use (helpers, partials, internals, dotted paths), at their places. */
  issues: TemplateIssue[];
}

/** The blocks a template may use, with the number of parameters each takes. */
export const TEMPLATE_BLOCKS: Readonly<Record<string, number>> = { if: 1, unless: 1, each: 1, with: 1 };
/** Names that lead into JavaScript objects rather than to a value. */
const INTERNAL = new Set(['constructor', 'prototype', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'toString', 'valueOf']);
const isInternal = (s: string) => s.startsWith('__') || INTERNAL.has(s);
const LOOP_DATA = new Set(['index', 'key', 'first', 'last']);

// ------------------------------------------------------------------------------ parsing

interface HbParser {
  parseError?: (str: string, hash: unknown) => void;
  lexer: { matched: string; match: string };
}

interface SyntaxError {
  message: Said;
  start: number;
  end: number;
}

/** Line starts of a text, for Handlebars' 1-based lines and 0-based columns. */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/**
 * Mustache tags of a template in order, skipping comments and escaped `\{{`: enough to find the
 * block an error is about (an unclosed `{{#if}}`, a `{{/each}}` that closes an `{{#if}}`).
 */
function blockTags(t: string): { kind: 'open' | 'close'; name: string; start: number; end: number }[] {
  const out: { kind: 'open' | 'close'; name: string; start: number; end: number }[] = [];
  for (let i = t.indexOf('{{'); i !== -1; i = t.indexOf('{{', i + 2)) {
    if (t[i - 1] === '\\') continue;
    if (t.startsWith('{{!--', i) || t.startsWith('{{~!--', i)) {
      const e = t.indexOf('--', i + 5);
      const close = e === -1 ? -1 : t.indexOf('}}', e);
      if (close === -1) break;
      i = close;
      continue;
    }
    const close = t.indexOf('}}', i + 2);
    const end = close === -1 ? t.length : close + 2;
    const m = /^\{\{~?\s*([#^/])\s*([^\s}~]*)/.exec(t.slice(i, end));
    if (m && !(m[1] === '^' && !m[2])) out.push({ kind: m[1] === '/' ? 'close' : 'open', name: m[2] as string, start: i, end });
    if (close === -1) break;
    i = close;
  }
  return out;
}

/** The first block that is closed by the wrong name, or the innermost one left open. */
function blockProblem(t: string): SyntaxError | undefined {
  const stack: { name: string; start: number; end: number }[] = [];
  for (const tag of blockTags(t)) {
    if (tag.kind === 'open') stack.push(tag);
    else {
      const open = stack.pop();
      if (!open) return { message: { en: `{{/${tag.name}}} closes a block that was never opened.`, ru: `{{/${tag.name}}} закрывает блок, который не открывали.` }, start: tag.start, end: tag.end };
      if (open.name !== tag.name) return { message: { en: `{{/${tag.name}}} closes {{#${open.name}}}: close it with {{/${open.name}}} first.`, ru: `{{/${tag.name}}} закрывает {{#${open.name}}}: сначала закройте его через {{/${open.name}}}.` }, start: tag.start, end: tag.end };
    }
  }
  const open = stack.pop();
  return open ? { message: { en: `{{#${open.name}}} is never closed: add {{/${open.name}}}.`, ru: `{{#${open.name}}} не закрыт: добавьте {{/${open.name}}}.` }, start: open.start, end: open.end } : undefined;
}

const TOKEN_NAMES: Record<string, string | Said> = { CLOSE: '}}', CLOSE_UNESCAPED: '}}}', CLOSE_SEXPR: ')', OPEN_SEXPR: '(', INVERSE: '{{else}}', OPEN_ENDBLOCK: '{{/', EQUALS: '=', SEP: { en: 'a dot', ru: 'точка' } };

function parseTemplate(template: string): { ast?: hbs.AST.Program; error?: SyntaxError } {
  const parser = (Handlebars as unknown as { Parser: HbParser }).Parser;
  let at: { start: number; end: number; token?: string } | undefined;
  // Handlebars' parser (jison) puts positions only into its message; its own state has them exactly.
  // The hook is set on the shared parser for this synchronous call only.
  parser.parseError = (str: string, hash: unknown) => {
    const { matched, match } = parser.lexer;
    at = { start: matched.length - match.length, end: matched.length, token: (hash as { token?: string } | undefined)?.token ?? undefined };
    throw new Error(str);
  };
  try {
    return { ast: Handlebars.parse(template) };
  } catch (e) {
    const err = e as Error & { lineNumber?: number; column?: number; endLineNumber?: number; endColumn?: number };
    const block = blockProblem(template);
    if (at) {
      if (at.token === 'EOF' || at.token === 'OPEN_ENDBLOCK' || (at.start >= template.length && block)) {
        if (block) return { error: block };
      }
      if (/^Lexical error/.test(err.message)) {
        const comment = template.lastIndexOf('{{!', at.start);
        if (comment !== -1 && !template.includes('}}', comment)) return { error: { message: { en: 'A comment {{! … }} is never closed.', ru: 'Комментарий {{! … }} не закрыт.' }, start: comment, end: comment + 3 } };
        return { error: { message: { en: 'Unrecognized text in a {{…}} tag.', ru: 'Непонятный текст внутри {{…}}.' }, start: at.start, end: Math.max(at.end, at.start + 1) } };
      }
      const text = template.slice(at.start, at.end);
      const name = TOKEN_NAMES[at.token ?? ''];
      const token = typeof name === 'string' ? { en: name, ru: name } : name;
      const shown = text ? `“${text}”` : String(at.token);
      const what: Said =
        at.token === 'EOF'
          ? { en: 'the template ends inside a {{…}} tag or a block', ru: 'шаблон кончается внутри {{…}} или блока' }
          : at.token === 'INVALID'
            ? { en: `“${text}” is not allowed here`, ru: `«${text}» здесь недопустимо` }
            : { en: `unexpected ${token?.en ?? shown}`, ru: `неожиданно ${token?.ru ?? shown}` };
      return { error: { message: { en: `Template syntax error: ${what.en}.`, ru: `Ошибка в шаблоне: ${what.ru}.` }, start: at.start, end: Math.max(at.end, at.start + 1) } };
    }
    // Errors from Handlebars' own checks (a block closed by another name) carry a line and column.
    if (block) return { error: block };
    const starts = lineStarts(template);
    const off = (line?: number, col?: number) => (line ? (starts[line - 1] ?? 0) + (col ?? 0) : 0);
    const start = off(err.lineNumber, err.column);
    // Handlebars' own words, which only it knows (English): quoted as they are in Russian
    const own = err.message.split('\n')[0]?.replace(/ - \d+:\d+$/, '');
    return { error: { message: { en: `Template syntax error: ${own}.`, ru: `Ошибка в шаблоне (по словам Handlebars): ${own}.` }, start, end: Math.max(start + 1, off(err.endLineNumber, err.endColumn)) } };
  } finally {
    delete parser.parseError; // the prototype's own handler is back
  }
}

// ------------------------------------------------------------------------------ inspection

const inspected = new Map<string, TemplateInfo>();

/** The variables a template uses, its syntax error and refused constructs, with offsets. Cached by text. */
export function inspectTemplate(template: string): TemplateInfo {
  let info = inspected.get(template);
  if (!info) {
    info = inspectUncached(template);
    if (inspected.size > 20_000) inspected.clear();
    inspected.set(template, info);
  }
  return info;
}

const SIMPLE_TAG = /\{\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}(?!\})/y;
const SIMPLE_BLOCK = /\{\{(?:#(if|unless) +([A-Za-z_][A-Za-z0-9_-]*) *|\/(if|unless) *|(else) *)\}\}(?!\})/y;
const LITERAL_NAMES = new Set(['else', 'this', 'true', 'false', 'null', 'undefined']);

/**
 * Most replies are text with {{name}} tags and perhaps {{#if name}} … {{else}} … {{/if}} blocks: their
 * variables are read without Handlebars' parser (the same result — checked against it in the tests —
 * at a fraction of the cost). Anything else, or anything wrong, goes to the parser.
 */
function inspectSimple(template: string): TemplateInfo | undefined {
  const variables: TemplateVariable[] = [];
  const open: { name: string; else: boolean }[] = [];
  for (let i = template.indexOf('{{'); i !== -1; i = template.indexOf('{{', i + 2)) {
    if (template.charCodeAt(i - 1) === 92 /* \ */) return undefined;
    const c = template[i + 2];
    if (c === '#' || c === '/' || c === 'e') {
      SIMPLE_BLOCK.lastIndex = i;
      const b = SIMPLE_BLOCK.exec(template);
      if (b) {
        if (b[1]) {
          const name = b[2] as string;
          if (LITERAL_NAMES.has(name) || isInternal(name)) return undefined;
          const start = template.indexOf(name, i + 3 + b[1].length);
          variables.push({ name, start, end: start + name.length });
          open.push({ name: b[1], else: false });
        } else if (b[3]) {
          if (open.pop()?.name !== b[3]) return undefined;
        } else {
          const top = open[open.length - 1];
          if (!top || top.else) return undefined;
          top.else = true;
        }
        i = SIMPLE_BLOCK.lastIndex - 2;
        continue;
      }
    }
    SIMPLE_TAG.lastIndex = i;
    const m = SIMPLE_TAG.exec(template);
    if (!m) return undefined;
    const name = m[1] as string;
    if (LITERAL_NAMES.has(name) || isInternal(name)) return undefined;
    const start = template.indexOf(name, i + 2);
    variables.push({ name, start, end: start + name.length });
    i = SIMPLE_TAG.lastIndex - 2;
  }
  return open.length ? undefined : { variables, issues: [] };
}

/** @internal Always through Handlebars' parser (the tests compare it with the shortcut). */
export function inspectWithParser(template: string): TemplateInfo {
  return inspectUncached(template, false);
}

function inspectUncached(template: string, shortcut = true): TemplateInfo {
  const simple = shortcut ? inspectSimple(template) : undefined;
  if (simple) return simple;
  const parsed = parseTemplate(template);
  if (!parsed.ast) {
    const e = parsed.error as SyntaxError;
    return { variables: [], issues: [], error: { message: e.message, offset: e.start, end: e.end } };
  }
  const starts = lineStarts(template);
  const off = (pos: hbs.AST.Position) => (starts[pos.line - 1] ?? 0) + pos.column;
  const range = (n: { loc: hbs.AST.SourceLocation }) => ({ start: off(n.loc.start), end: off(n.loc.end) });
  const variables: TemplateVariable[] = [];
  const issues: TemplateIssue[] = [];
  const issue = (code: TemplateIssueCode, en: string, ru: string, n: { loc: hbs.AST.SourceLocation }) => issues.push({ code, message: { en, ru }, ...range(n) });
  const helperName = (p: hbs.AST.Expression) => (p.type === 'PathExpression' ? (p as hbs.AST.PathExpression).original : p.type);

  /** scopes: how many context-changing blocks (#each, #with) enclose; locals: block params in scope. */
  const path = (p: hbs.AST.PathExpression, scopes: number, locals: ReadonlySet<string>, loops: number) => {
    const bad = p.parts.find((s) => isInternal(String(s)));
    if (bad !== undefined || (p.data && isInternal(p.parts[0] === 'root' ? String(p.parts[1] ?? '') : String(p.parts[0])))) {
      issue('template-unsafe', `{{${p.original}}} reaches into JavaScript internals (“${bad ?? p.parts[0]}”); a template can only insert declared variables.`, `{{${p.original}}} лезет во внутренности JavaScript («${bad ?? p.parts[0]}»); шаблон может вставлять только объявленные переменные.`, p);
      return;
    }
    if (p.data) {
      const head = String(p.parts[0] ?? '');
      if (head === 'root') {
        if (p.parts.length === 2) variables.push({ name: String(p.parts[1]), ...range(p) });
        else issue('template-path', `{{${p.original}}}: variables are plain text; use {{@root.name}} with one name.`, `{{${p.original}}}: переменные — это простой текст; пишите {{@root.имя}} с одним именем.`, p);
      } else if (!(LOOP_DATA.has(head) && loops > 0 && p.parts.length === 1)) {
        issue('template-path', `{{${p.original}}} is not available: templates know their variables, and @index, @key, @first, @last inside {{#each}}.`, `{{${p.original}}} недоступна: шаблон знает свои переменные, а внутри {{#each}} ещё @index, @key, @first, @last.`, p);
      }
      return;
    }
    const head = p.parts[0] === undefined ? undefined : String(p.parts[0]);
    if (head !== undefined && locals.has(head)) return;
    const topLevel = scopes === 0 ? p.depth === 0 : p.depth >= scopes;
    if (!topLevel) {
      if (p.depth > scopes) issue('template-path', `{{${p.original}}} climbs out of the template (too many ../).`, `{{${p.original}}} выходит за пределы шаблона (слишком много ../).`, p);
      return;
    }
    if (scopes === 0 && p.depth > 0) return void issue('template-path', `{{${p.original}}}: ../ has no outer block here.`, `{{${p.original}}}: здесь нет внешнего блока для ../.`, p);
    if (head === undefined) {
      issue('template-path', `{{${p.original}}} is the whole set of values, not one of them; insert a variable such as {{name}}.`, `{{${p.original}}} — это все значения сразу, а не одно; вставьте переменную, например {{name}}.`, p);
      return;
    }
    if (p.parts.length > 1) {
      issue('template-path', `{{${p.original}}}: variables are plain text and have no parts; use {{${head}}} or declare another variable.`, `{{${p.original}}}: переменные — простой текст, частей у них нет; пишите {{${head}}} или объявите другую переменную.`, p);
      return;
    }
    variables.push({ name: head, ...range(p) });
  };

  const expr = (e: hbs.AST.Expression, scopes: number, locals: ReadonlySet<string>, loops: number) => {
    if (e.type === 'PathExpression') path(e as hbs.AST.PathExpression, scopes, locals, loops);
    else if (e.type === 'SubExpression') {
      const name = helperName((e as hbs.AST.SubExpression).path);
      issue('template-helper', `(${name} …) calls a helper; templates have none. Use {{variables}} and {{#if}} blocks.`, `(${name} …) вызывает хелпер, а в шаблонах их нет. Пользуйтесь {{переменными}} и блоками {{#if}}.`, e as hbs.AST.SubExpression);
    }
  };

  const visit = (node: hbs.AST.Node | undefined, scopes: number, locals: ReadonlySet<string>, loops: number): void => {
    if (!node) return;
    switch (node.type) {
      case 'Program':
        for (const s of (node as hbs.AST.Program).body) visit(s, scopes, locals, loops);
        return;
      case 'MustacheStatement': {
        const m = node as hbs.AST.MustacheStatement;
        if (m.params.length || (m.hash && m.hash.pairs.length)) {
          const name = helperName(m.path);
          const risky = name === 'lookup' || name === 'log';
          issue(
            'template-helper',
            `{{${name} …}} calls a helper${risky ? ` (${name} can read internals or write to the console)` : ''}; templates have none. Insert a variable: {{name}}.`,
            `{{${name} …}} вызывает хелпер${risky ? ` (${name} может читать внутренности или писать в консоль)` : ''}, а в шаблонах их нет. Вставьте переменную: {{name}}.`,
            m,
          );
          return;
        }
        if (m.path.type === 'PathExpression') path(m.path as hbs.AST.PathExpression, scopes, locals, loops);
        else {
          const fixed = String((m.path as hbs.AST.Literal & { original?: unknown }).original ?? '');
          issue('template-path', `{{${fixed}}} inserts a fixed value; write the text itself.`, `{{${fixed}}} вставляет постоянное значение; напишите сам текст.`, m);
        }
        return;
      }
      case 'BlockStatement': {
        const b = node as hbs.AST.BlockStatement;
        const name = helperName(b.path);
        const arity = TEMPLATE_BLOCKS[name];
        if (arity === undefined || b.path.type !== 'PathExpression' || (b.path as hbs.AST.PathExpression).parts.length !== 1) {
          issue('template-helper', `{{#${name}}} is not a block templates know; use {{#if name}} … {{/if}} (or #unless, #each, #with).`, `Блока {{#${name}}} шаблоны не знают; пишите {{#if name}} … {{/if}} (или #unless, #each, #with).`, b);
          return;
        }
        if (b.params.length !== arity || (b.hash && b.hash.pairs.length)) {
          issue('template-helper', `{{#${name}}} takes exactly one variable: {{#${name} name}}.`, `{{#${name}}} принимает ровно одну переменную: {{#${name} name}}.`, b);
          return;
        }
        for (const p of b.params) expr(p, scopes, locals, loops);
        const changes = name === 'each' || name === 'with';
        const inner = new Set(locals);
        for (const bp of b.program?.blockParams ?? []) inner.add(bp);
        visit(b.program, changes ? scopes + 1 : scopes, inner, name === 'each' ? loops + 1 : loops);
        visit(b.inverse, scopes, locals, loops);
        return;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement':
        issue('template-helper', 'Partials ({{> name}}) are not available in replies; write the text out.', 'Вложенных шаблонов ({{> name}}) в ответах нет; напишите текст целиком.', node as hbs.AST.PartialStatement);
        return;
      case 'DecoratorBlock':
      case 'Decorator':
        issue('template-helper', 'Decorators ({{* name}}) are not available in replies.', 'Декораторов ({{* name}}) в ответах нет.', node as hbs.AST.Decorator);
        return;
      default:
        return; // content, comments
    }
  };
  visit(parsed.ast, 0, new Set(), 0);
  return { variables, issues };
}

// ------------------------------------------------------------------------------ rendering

export interface Rendered {
  /** The reply; empty when it could not be rendered. */
  text: string;
  /** Variables the template needs that had no value (so the caller can ask for them). */
  missing: string[];
  /** Why the template cannot be rendered (a syntax error, a refused construct, a failure). */
  error?: Said;
}

/** An environment of our own, without the helpers that reach into objects or the console. */
const hb = Handlebars.create();
hb.unregisterHelper('lookup');
hb.unregisterHelper('log');
const RUNTIME = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false, allowCallsToHelperMissing: false } as const;
const COMPILE = { strict: true, knownHelpersOnly: true, knownHelpers: { lookup: false, log: false }, noEscape: true, preventIndent: true } as const;
const compiled = new Map<string, HandlebarsTemplateDelegate>();

/**
 * Renders a template as plain text with the given values (only own string values are seen).
 * Returns the missing variables instead of text when some have no value; a refused construct or a
 * syntax error comes back as `error`, and nothing of the template runs.
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string>>): Rendered {
  const info = inspectTemplate(template);
  if (info.error) return { text: '', missing: [], error: info.error.message };
  if (info.issues.length) return { text: '', missing: [], error: (info.issues[0] as TemplateIssue).message };
  const has = (n: string) => Object.prototype.hasOwnProperty.call(values, n) && typeof values[n] === 'string';
  const missing = [...new Set(info.variables.map((v) => v.name).filter((n) => !has(n)))];
  if (missing.length) return { text: '', missing };
  const data: Record<string, string> = Object.create(null);
  for (const v of info.variables) data[v.name] = values[v.name] as string;
  try {
    let fn = compiled.get(template);
    if (!fn) {
      fn = hb.compile(template, COMPILE);
      if (compiled.size > 2000) compiled.clear();
      compiled.set(template, fn);
    }
    return { text: fn(data, RUNTIME), missing: [] };
  } catch (e) {
    const why = String((e as Error)?.message ?? e).split('\n')[0];
    return { text: '', missing: [], error: { en: `The template cannot be rendered: ${why}`, ru: `Шаблон не удаётся заполнить: ${why}` } };
  }
}

/**
 * The template filled by plain substitution when it is only text and {{variables}} (most replies):
 * the same result as rendering, without compiling. Undefined when the template needs Handlebars.
 */
export function substituteSimple(template: string, values: Readonly<Record<string, string>>): string | undefined {
  if (/\\\{\{|\{\{[#/^>!&{~*]|\{\{\s*else\b|~\}\}/.test(template)) return undefined;
  const info = inspectTemplate(template);
  if (info.error || info.issues.length) return undefined;
  let ok = true;
  const text = template.replace(/\{\{\s*([^\s{}]+)\s*\}\}/g, (_m, n: string) => {
    const v = Object.prototype.hasOwnProperty.call(values, n) ? values[n] : undefined;
    if (typeof v !== 'string') ok = false;
    return v ?? '';
  });
  return ok ? text : undefined;
}
