// The response matrix: ready replies for recurring questions, per commenter type, channel and
// language, as Handlebars templates in YAML (`.community/responses/*.yaml`, any number of files).
// Parsed with positions (entries, ids, templates as segments, variable declarations), validated
// (schema, ids across files, variables, template syntax and refused constructs, length per channel,
// reply time, etiquette references) and rendered safely (see template.ts).
import * as YAML from 'yaml';
import responsesSchema from '../../../schemas/responses.schema.json';
import { firstLineRange, nodeAt, nodeRange, schemaProblems } from '../config/schema';
import { DEFAULT_CHANNEL_LIMITS } from '../config/voice';
import { channelLength } from '../rules/kinds/length';
import { RecentParses } from '../source/recent';
import { plainSegment, type Segment } from '../source/segment';
import { parseYaml, scalarSegment, toJsSafe } from '../source/yaml';
import type { Bilingual, CommenterType, Lang, LintContext, Localized, Problem } from '../types';
import { COMMENTER_TYPES, LANGS, laterDuplicates, localize, problemText } from '../types';
import { asYamlScalar, endOf, fastNodeAt, fastParseYaml, fastToJs, type FNode } from './fastYaml';
import { inspectTemplate, renderTemplate, substituteSimple, type Rendered } from './template';

export { inspectTemplate, renderTemplate, TEMPLATE_BLOCKS, type Rendered, type TemplateInfo, type TemplateIssue, type TemplateVariable } from './template';
export { searchEntries, type SearchHit, type Searchable } from './search';

export interface VariableDecl {
  name: string;
  description?: Localized;
  example?: Localized;
  default?: Localized;
  /** The declaration's key in the file. */
  start: number;
  end: number;
}

export interface Template {
  lang: Lang;
  /** The template as YAML reads it (escapes resolved, indentation removed). */
  text: string;
  /** The template's text mapped to the file (for diagnostics inside it); the map is built on first use. */
  segment: Segment;
  /** The scalar in the file (quotes or block header included) and its language key. */
  start: number;
  end: number;
  keyStart: number;
  keyEnd: number;
}

export interface ResponseEntry {
  id: string;
  file: string;
  title: Localized;
  category: string;
  commenter?: CommenterType;
  /** Trigger phrases: per language, or `any` when the file gives one list. */
  triggers: Partial<Record<Lang, string[]>> & { any?: string[] };
  channels: string[];
  templates: Template[];
  variables: VariableDecl[];
  etiquette: { id: string; start: number; end: number }[];
  replyWithin?: string;
  /** Where the value of `reply_within` is, and each channel of `channels` (same order as `channels`). */
  replyWithinAt?: [number, number];
  channelAt?: [number, number][];
  tags: string[];
  notes?: Localized;
  /** `tone-lint: off` on the entry. */
  lintOff: boolean;
  /** The entry in the file: from its first key to the end of its last value; and its id. */
  start: number;
  end: number;
  idStart: number;
  idEnd: number;
}

export interface MatrixFile {
  path: string;
  source: string;
  entries: ResponseEntry[];
  /** YAML and schema problems. Validation problems come from validateEntries / validateMatrices. */
  problems: Problem[];
}

const problem = (message: string | Bilingual, start: number, end: number, code: string, severity: Problem['severity'] = 'error'): Problem => ({ severity, ...problemText(message), start, end, code });
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

// ------------------------------------------------------------------------------ parsing

/** A string scalar in the file: its value and range, and a `yaml` Scalar for it made on demand. */
interface ScalarRef {
  value: string;
  start: number;
  end: number;
  node(): YAML.Scalar;
}

/** Where the parts of one entry are in the file, whichever reader produced the tree. */
interface EntryLocator {
  /** The entry's start and the end of its last value. */
  span: [number, number];
  /** [start, end) of the node at a path inside the entry (its key with `key`); collections narrowed to their first line. */
  range(path: readonly (string | number)[], key?: boolean): [number, number];
  /** The string scalar at a path inside the entry. */
  scalar(path: readonly (string | number)[]): ScalarRef | undefined;
}

function yamlEnd(node: unknown): number {
  if (YAML.isScalar(node) || YAML.isAlias(node)) return node.range?.[1] ?? 0;
  if (YAML.isCollection(node) && node.flow) return node.range?.[1] ?? 0;
  if (YAML.isMap(node)) {
    const last = node.items[node.items.length - 1];
    return last ? (last.value ? yamlEnd(last.value) : yamlEnd(last.key)) : node.range?.[1] ?? 0;
  }
  if (YAML.isSeq(node)) {
    const last = node.items[node.items.length - 1];
    return last ? yamlEnd(last) : node.range?.[1] ?? 0;
  }
  return 0;
}

/** Entry locators over a document `yaml` read. */
function yamlEntries(doc: YAML.Document, source: string): (i: number) => EntryLocator | undefined {
  const seq = YAML.isMap(doc.contents) ? doc.contents.get('responses', true) : undefined;
  return (i) => {
    const node = YAML.isSeq(seq) ? seq.items[i] : undefined;
    if (!YAML.isMap(node) || !node.range) return undefined;
    const sub = new YAML.Document();
    sub.contents = node;
    return {
      span: [node.range[0], yamlEnd(node)],
      range: (path, key) => nodeRange(nodeAt(sub, path, key), source),
      scalar(path) {
        const n = nodeAt(sub, path);
        if (!YAML.isScalar(n) || typeof n.value !== 'string' || !n.range) return undefined;
        return { value: n.value, start: n.range[0], end: n.range[1], node: () => n };
      },
    };
  };
}

/** Entry locators over the fast reader's tree. */
function fastEntries(root: FNode, source: string): (i: number) => EntryLocator | undefined {
  const seq = fastNodeAt(root, ['responses']);
  return (i) => {
    const node = seq?.kind === 'seq' ? seq.items[i] : undefined;
    if (node?.kind !== 'map') return undefined;
    return {
      span: [node.start, endOf(node)],
      range(path, key) {
        const n = fastNodeAt(node, path, key);
        if (!n) return firstLineRange(source, node.start, node.end);
        return n.kind === 'scalar' ? [n.start, n.end] : firstLineRange(source, n.start, n.end);
      },
      scalar(path) {
        const n = fastNodeAt(node, path);
        return n?.kind === 'scalar' && n.num === undefined ? { value: n.value, start: n.start, end: n.end, node: () => asYamlScalar(n, (v) => new YAML.Scalar(v)) } : undefined;
      },
    };
  };
}

/** A segment whose source map is built the first time a position is asked for. */
function lazySegment(source: string, ref: ScalarRef, path: readonly (string | number)[]): Segment {
  let seg: Segment | undefined;
  const get = () => (seg ??= scalarSegment(source, ref.node(), {}, path) ?? plainSegment(ref.value, ref.start, {}, path));
  return { text: ref.value, context: {}, path, toSource: (i) => get().toSource(i), toSourceEnd: (i) => get().toSourceEnd(i), mapFix: (f) => get().mapFix(f) };
}

function buildEntries(file: MatrixFile, raw: unknown, entryAt: (i: number) => EntryLocator | undefined): void {
  const list = isObject(raw) ? raw.responses : undefined;
  if (!Array.isArray(list)) return;
  list.forEach((value: unknown, i) => {
    if (!isObject(value) || typeof value.id !== 'string') return;
    const loc = entryAt(i);
    if (!loc) return;
    const [idStart, idEnd] = loc.range(['id']);
    const templates: Template[] = [];
    if (isObject(value.reply)) {
      for (const [lang, text] of Object.entries(value.reply)) {
        if (!(LANGS as readonly string[]).includes(lang) || typeof text !== 'string') continue;
        const ref = loc.scalar(['reply', lang]);
        if (!ref) continue;
        const [keyStart, keyEnd] = loc.range(['reply', lang], true);
        templates.push({ lang: lang as Lang, text: ref.value, segment: lazySegment(file.source, ref, ['responses', i, 'reply', lang]), start: ref.start, end: ref.end, keyStart, keyEnd });
      }
    }
    const variables: VariableDecl[] = [];
    if (isObject(value.variables)) {
      for (const [name, decl] of Object.entries(value.variables)) {
        const [start, end] = loc.range(['variables', name], true);
        const d = isObject(decl) ? decl : {};
        variables.push({
          name,
          start,
          end,
          ...(d.description !== undefined ? { description: d.description as Localized } : {}),
          ...(d.example !== undefined ? { example: d.example as Localized } : {}),
          ...(d.default !== undefined ? { default: d.default as Localized } : {}),
        });
      }
    }
    const etiquette = Array.isArray(value.etiquette)
      ? value.etiquette.flatMap((id: unknown, k: number) => {
          if (typeof id !== 'string') return [];
          const [start, end] = loc.range(['etiquette', k]);
          return [{ id, start, end }];
        })
      : [];
    const triggers: ResponseEntry['triggers'] = {};
    if (Array.isArray(value.triggers)) triggers.any = strings(value.triggers);
    else if (isObject(value.triggers)) for (const l of LANGS) if (Array.isArray(value.triggers[l])) triggers[l] = strings(value.triggers[l]);
    const title = typeof value.title === 'string' || isObject(value.title) ? (value.title as Localized) : value.id;
    file.entries.push({
      id: value.id,
      file: file.path,
      title,
      category: typeof value.category === 'string' && value.category ? value.category : 'other',
      ...((COMMENTER_TYPES as readonly unknown[]).includes(value.commenter) ? { commenter: value.commenter as CommenterType } : {}),
      triggers,
      channels: strings(value.channels),
      channelAt: Array.isArray(value.channels) ? value.channels.flatMap((c: unknown, k: number) => (typeof c === 'string' ? [loc.range(['channels', k])] : [])) : [],
      templates,
      variables,
      etiquette,
      ...(typeof value.reply_within === 'string' ? { replyWithin: value.reply_within, replyWithinAt: loc.range(['reply_within']) } : {}),
      tags: strings(value.tags),
      ...(typeof value.notes === 'string' || isObject(value.notes) ? { notes: value.notes as Localized } : {}),
      lintOff: value['tone-lint'] === 'off' || value['tone-lint'] === false,
      start: loc.span[0],
      end: loc.span[1],
      idStart,
      idEnd,
    });
  });
}

const EMPTY_DOC = new YAML.Document();

/** Reads with the fast reader; undefined when the file is outside its subset or breaks the schema. */
function parseFast(source: string, path: string): MatrixFile | undefined {
  const root = fastParseYaml(source);
  if (!root) return undefined;
  const raw = fastToJs(root);
  // Valid files never touch the document; a file with schema problems is read again by `yaml`, so
  // the problems' positions come from one place.
  if (schemaProblems(EMPTY_DOC, source, responsesSchema, 'responses-schema', raw).length) return undefined;
  const file: MatrixFile = { path, source, entries: [], problems: [] };
  buildEntries(file, raw, fastEntries(root, source));
  return file;
}

function parseSlow(source: string, path: string): MatrixFile {
  const { doc, problems } = parseYaml(source);
  const file: MatrixFile = { path, source, entries: [], problems };
  if (problems.some((p) => p.severity === 'error')) return file;
  const raw = toJsSafe(doc) ?? null;
  problems.push(...schemaProblems(doc, source, responsesSchema, 'responses-schema', raw));
  buildEntries(file, raw, yamlEntries(doc, source));
  return file;
}

const recent = new RecentParses<MatrixFile>();

/**
 * Parses one response file: its entries with positions, and its YAML and schema problems. Never
 * throws. Results are shared with later calls for the same path and text: do not modify them.
 * `reader: 'yaml'` skips the fast reader (tests compare the two).
 */
export function parseMatrix(source: string, path: string, opts: { reader?: 'auto' | 'yaml' } = {}): MatrixFile {
  if (opts.reader === 'yaml') return parseSlow(source, path);
  const hit = recent.get(path, source);
  if (hit) return hit;
  const file = parseFast(source, path) ?? parseSlow(source, path);
  recent.set(path, source, file);
  return file;
}

// ------------------------------------------------------------------------------ rendering

/**
 * Values for an entry's variables: the given ones, else the declared default, else (when
 * `useExamples`, for previews) the example; with `'first'` the example comes before the default (length
 * checks: a reply measured as it reads filled in, an optional part `default: ""` with its example
 * value). Variables left out are missing.
 */
export function valuesFor(entry: ResponseEntry, lang: Lang, given: Readonly<Record<string, string>> = {}, useExamples: boolean | 'first' = false): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const v of entry.variables) {
    const own = Object.prototype.hasOwnProperty.call(given, v.name) ? given[v.name] : undefined;
    const fallback = v.default !== undefined ? localize(v.default, lang) : undefined;
    const example = useExamples && v.example !== undefined ? localize(v.example, lang) : undefined;
    const value = own ?? (useExamples === 'first' ? (example ?? fallback) : (fallback ?? example));
    if (value !== undefined) out[v.name] = value;
  }
  return out;
}

/** The variables that need a value from the user: declared, used by the template, without a default. */
export function requiredVariables(entry: ResponseEntry, lang: Lang): VariableDecl[] {
  const t = templateFor(entry, lang);
  const used = new Set(t ? inspectTemplate(t.text).variables.map((v) => v.name) : []);
  return entry.variables.filter((v) => used.has(v.name) && v.default === undefined);
}

/** The entry's template in `lang`, else its first one. */
export function templateFor(entry: ResponseEntry, lang: Lang): Template | undefined {
  return entry.templates.find((x) => x.lang === lang) ?? entry.templates[0];
}

/**
 * Renders an entry's reply in `lang` (or the language it has) as plain text. A value comes from
 * `values`, else the variable's default, else — only with `useExamples` — its example. When values
 * are missing the result has no text and lists them in `missing` (the Insert Reply flow asks for
 * them); a broken or refused template gives `error`. `lang` is the language actually used.
 */
export function renderReply(entry: ResponseEntry, lang: Lang, values: Readonly<Record<string, string>> = {}, useExamples = false): Rendered & { lang?: Lang } {
  const t = templateFor(entry, lang);
  if (!t) return { text: '', missing: [], error: { en: `Entry ${entry.id} has no reply.`, ru: `У записи ${entry.id} нет ответа.` } };
  return { ...renderTemplate(t.text, valuesFor(entry, t.lang, values, useExamples)), lang: t.lang };
}

// ------------------------------------------------------------------------------ validation

export interface MatrixCheckOptions {
  /** Length limits per channel (the guide's channel table); default: the built-in table. */
  channelLimits?: Readonly<Record<string, number>>;
  /** Known etiquette rule ids; when given, references to other ids are reported. */
  knownEtiquetteIds?: ReadonlySet<string>;
  /** @deprecated the same as knownEtiquetteIds. */
  etiquetteIds?: ReadonlySet<string>;
}

/** Target reply times (minutes): comments within about two hours, negative ones within four. */
export const REPLY_TIME_TARGETS: Readonly<Record<CommenterType | 'default', number>> = { grateful: 120, neutral: 120, critic: 240, troll: 240, default: 120 };

/** `30m`, `2h`, `1d` in minutes; undefined when it is not such a duration. */
export function replyMinutes(s: string): number | undefined {
  const m = /^(\d+)(m|h|d)$/.exec(s);
  return m ? Number(m[1]) * (m[2] === 'm' ? 1 : m[2] === 'h' ? 60 : 1440) : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] as number;
}

function templateProblems(e: ResponseEntry, t: Template, out: Problem[], used: Set<string>): boolean {
  const info = inspectTemplate(t.text);
  const seg = t.segment;
  const at = (s: number, end: number) => {
    // A place at the very end (an unclosed tag) is shown on the template's last character.
    const last = Math.max(0, t.text.replace(/\s+$/, '').length - 1);
    const a = Math.min(s, last);
    const start = seg.toSource(a);
    return [start, Math.max(start + 1, seg.toSourceEnd(Math.max(a + 1, Math.min(end, t.text.length))))] as const;
  };
  if (info.error) {
    const [s, x] = at(info.error.offset, info.error.end);
    out.push(problem(info.error.message, s, x, 'template-syntax'));
    return false;
  }
  for (const i of info.issues) {
    const [s, x] = at(i.start, i.end);
    out.push(problem(i.message, s, x, i.code));
  }
  for (const v of info.variables) {
    used.add(v.name);
    if (!e.variables.some((d) => d.name === v.name)) {
      // On the name inside the braces.
      const inner = t.text.slice(v.start, v.end).indexOf(v.name);
      const s = v.start + Math.max(0, inner);
      out.push(problem({ en: `{{${v.name}}} is not declared. Add it under "variables" with a description and an example, or fix its spelling.`, ru: `{{${v.name}}} не объявлена. Добавьте её в "variables" с описанием и примером или исправьте опечатку.` }, seg.toSource(s), seg.toSourceEnd(s + v.name.length), 'undeclared-variable'));
    }
  }
  return info.issues.length === 0;
}

function lengthProblems(e: ResponseEntry, t: Template, limits: Readonly<Record<string, number>>, out: Problem[]): void {
  const limited = e.channels.filter((c) => limits[c]);
  if (!limited.length) return;
  const values = valuesFor(e, t.lang, {}, 'first');
  // A cheap upper bound first: the template plus every use of every value (blocks only drop text;
  // #each and #with could repeat it, and x counts links as 23, so those go the long way).
  let bound = t.text.length;
  for (const v of inspectTemplate(t.text).variables) bound += values[v.name]?.length ?? 0;
  const repeats = /\{\{~?\s*#\s*(?:each|with)\b/.test(t.text);
  if (!repeats && bound <= Math.min(...limited.map((c) => limits[c] as number)) && !/https?:|www\./i.test(t.text + Object.values(values).join(' '))) return;
  const text = substituteSimple(t.text, values) ?? (() => {
    const r = renderTemplate(t.text, values);
    return r.error || r.missing.length ? undefined : r.text;
  })();
  if (text === undefined) return;
  for (const ch of limited) {
    const limit = limits[ch] as number;
    const { length } = channelLength(text, ch, limit);
    if (length > limit) out.push(problem({ en: `With its example values the ${t.lang} reply is ${length} characters; ${ch} allows ${limit}. Shorten it by ${length - limit}, or take ${ch} out of "channels".`, ru: `С примерами значений ответ (${t.lang}) занимает ${length} зн., а ${ch} разрешает ${limit}. Сократите его на ${length - limit} или уберите ${ch} из "channels".` }, t.keyStart, t.keyEnd, 'too-long', 'warning'));
  }
}

/**
 * Checks one file's entries: ids unique in the file, variables declared and used, template syntax and
 * refused constructs, the example reply's length per channel, the reply time target, channel names
 * and etiquette references. Problems are at their exact places in the file.
 */
export function validateEntries(file: MatrixFile, opts: MatrixCheckOptions = {}): Problem[] {
  const out: Problem[] = [];
  const limits = opts.channelLimits ?? DEFAULT_CHANNEL_LIMITS;
  const known = opts.knownEtiquetteIds ?? opts.etiquetteIds;
  const seen = new Set<string>();
  for (const e of file.entries) {
    if (seen.has(e.id)) out.push(problem({ en: `Duplicate id "${e.id}": an entry above already uses it. Ids must be unique across the matrix.`, ru: `Повтор id "${e.id}": он уже есть у записи выше. Id должны быть уникальны во всей матрице.` }, e.idStart, e.idEnd, 'duplicate-id'));
    seen.add(e.id);
    const used = new Set<string>();
    for (const t of e.templates) {
      if (templateProblems(e, t, out, used)) lengthProblems(e, t, limits, out);
    }
    for (const v of e.variables) {
      if (!used.has(v.name) && e.templates.length) out.push(problem({ en: `Variable "${v.name}" is declared but no template uses it. Remove it or use {{${v.name}}}.`, ru: `Переменная "${v.name}" объявлена, но ни один шаблон её не использует. Удалите её или вставьте {{${v.name}}}.` }, v.start, v.end, 'unused-variable', 'warning'));
    }
    const minutes = e.replyWithin ? replyMinutes(e.replyWithin) : undefined;
    const target = REPLY_TIME_TARGETS[e.commenter ?? 'default'];
    if (minutes !== undefined && minutes > target && !(e.channels.length && e.channels.every((c) => c === 'email'))) {
      const [from, to] = e.replyWithinAt ?? [e.idStart, e.idEnd];
      const negative = e.commenter === 'critic' || e.commenter === 'troll';
      out.push(problem({ en: `reply_within ${e.replyWithin} is slower than the target for ${negative ? 'negative comments (3–4 hours)' : 'comments (about 2 hours)'}: the longer a comment waits, the more the thread fills without you.`, ru: `reply_within ${e.replyWithin} — дольше, чем нужно ${negative ? 'для негативных комментариев (3–4 часа)' : 'для комментариев (около 2 часов)'}: чем дольше комментарий ждёт, тем больше обсуждение идёт без вас.` }, from, to, 'slow-reply', 'warning'));
    }
    for (const [k, ch] of e.channels.entries()) {
      if (limits[ch] !== undefined) continue;
      const near = Object.keys(limits).find((c) => editDistance(c, ch.toLowerCase()) <= (c.length > 3 ? 2 : 1));
      if (near && near !== ch) {
        const [from, to] = e.channelAt?.[k] ?? [e.idStart, e.idEnd];
        out.push(problem({ en: `Channel "${ch}" is not in the channel table; did you mean "${near}"? Its length is not checked.`, ru: `Канала "${ch}" нет в таблице каналов; может быть, "${near}"? Длина для него не проверяется.` }, from, to, 'unknown-channel', 'warning'));
      }
    }
    if (known) {
      for (const r of e.etiquette) {
        if (!known.has(r.id)) out.push(problem({ en: `Unknown etiquette rule "${r.id}". Use an id from the etiquette docs (their headings' {#id}).`, ru: `Неизвестное правило сообщества "${r.id}". Используйте id из правил (метку {#id} в заголовке).` }, r.start, r.end, 'unknown-etiquette-rule'));
      }
    }
  }
  return out;
}

/** Ids used in more than one file: a problem at each later use, per file path. */
export function duplicateIdsAcross(files: readonly MatrixFile[]): Map<string, Problem[]> {
  const dups = laterDuplicates(files.map((f) => ({ path: f.path, items: f.entries })));
  return new Map([...dups].map(([path, list]) => [path, list.map(({ item, firstPath }) => problem({ en: `Duplicate id "${item.id}": ${firstPath} uses it too. Ids must be unique across the matrix.`, ru: `Повтор id "${item.id}": он есть и в ${firstPath}. Id должны быть уникальны во всей матрице.` }, item.idStart, item.idEnd, 'duplicate-id'))]));
}

/**
 * Validates a whole matrix (all response files of a kit): each file's YAML and schema problems, its
 * entries' checks, and ids used in more than one file. Problems per file path, sorted by position.
 */
export function validateMatrices(files: readonly MatrixFile[], opts: MatrixCheckOptions = {}): Map<string, Problem[]> {
  const across = duplicateIdsAcross(files);
  const out = new Map<string, Problem[]>();
  for (const f of files) {
    const list = [...(out.get(f.path) ?? []), ...f.problems, ...validateEntries(f, opts), ...(across.get(f.path) ?? [])];
    out.set(f.path, list.sort((a, b) => a.start - b.start || a.end - b.end));
  }
  return out;
}

/**
 * The templates as lintable segments with the entry's context: language, role `template`, declared
 * variables (so {{name}} is not an unfilled placeholder), the commenter type, and the channel when the
 * entry has exactly one (lengths per channel are the matrix's own check). Entries with
 * `tone-lint: off` are left out.
 */
export function matrixSegments(file: MatrixFile): Segment[] {
  const out: Segment[] = [];
  for (const e of file.entries) {
    if (e.lintOff) continue;
    for (const t of e.templates) {
      const context: Partial<LintContext> = { lang: t.lang, role: 'template', variables: e.variables.map((v) => v.name) };
      if (e.commenter) context.commenter = e.commenter;
      if (e.channels.length === 1) context.channel = e.channels[0] as string;
      out.push({ ...t.segment, context });
    }
  }
  return out;
}
