// Lints one kit file of any kind: finds its lintable text, runs the engine, applies suppression
// comments and adds the file's own problems (syntax, schema, format checks). The CLI and the editor
// both call this, so they report the same findings at the same places.
import { loadVoiceGuide, type LoadedGuide, type RuleCatalog } from '../config/voice';
import type { LintCache } from '../engine/cache';
import { lintSegments, SegmentLinter, type LintConfig } from '../engine/lint';
import type { FileResult } from '../format/report';
import { extractMarkdownSegments } from '../source/markdown';
import { extractPlainSegments } from '../source/plain';
import type { Segment } from '../source/segment';
import { parseSuppressions } from '../source/suppress';
import { extractYamlSegments } from '../source/yaml';
import type { Fix, LintContext, Problem } from '../types';
import { classifyKitFile, type KitFileKind } from './files';
import { matrixSegments, parseMatrix, validateEntries } from '../responses/matrix';
import { findRuleReferences, frontMatter, NOTICE_VARIABLES, parseEtiquette, unknownReferences } from '../etiquette/etiquette';
import { parseBank, parseKit, parseScorecard } from '../interview/bank';

export interface KitLintOptions {
  config: LintConfig;
  catalog: RuleCatalog;
  /** YAML keys whose strings are replies (from the guide). */
  keys?: readonly string[];
  /** Context the caller forces (e.g. the CLI's --lang, --channel, --commenter). */
  base?: Partial<LintContext>;
  /** Files larger than this many UTF-16 units are not linted (a problem says so). */
  maxSize?: number;
  /** What the rest of the kit knows: etiquette rule ids, and problems only the whole kit can see. */
  kit?: KitIndex;
  /** Remembers segment findings between runs over the same document (the editor); see engine/cache.ts. */
  cache?: LintCache;
  /** This very file, with this very text, already loaded as a voice guide: its problems are reused. */
  loadedGuide?: LoadedGuide;
}

/** Facts across the kit's files, for checks one file cannot make alone. */
export interface KitIndex {
  etiquetteIds?: ReadonlySet<string>;
  /** The etiquette ids of the kit a file belongs to (when one index serves several kits). */
  etiquetteIdsFor?(path: string): ReadonlySet<string> | undefined;
  /** Question ids of the kit's interview banks, for interview kits. */
  questionIds?: ReadonlySet<string>;
  questionIdsFor?(path: string): ReadonlySet<string> | undefined;
  /** Problems of this file that need the other files (duplicate ids across files...). */
  crossFileProblems?(path: string): Problem[];
}

/**
 * The largest file linted, in UTF-16 code units: 10 M characters (10 MB of English, 20 MB of Russian
 * text), which lints in a few seconds within about 1 GB of memory. A 50 MB file took 27 s and 1.7 GB
 * when measured, which is no way to learn that a kit file is too big: it is refused with a problem.
 */
export const DEFAULT_MAX_SIZE = 10_000_000;

/** A file that is not text: a NUL byte, or many control characters, near its start. */
export function looksBinary(source: string): boolean {
  const head = source.slice(0, 8192);
  if (head.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

/** The lintable text of a kit file of this kind, as segments mapped to the file. */
export function segmentsFor(kind: KitFileKind, source: string, keys?: readonly string[], path = ''): { segments: Segment[]; problems: Problem[] } {
  switch (kind) {
    case 'markdown':
      return { segments: extractMarkdownSegments(source), problems: [] };
    case 'text':
      return { segments: extractPlainSegments(source), problems: [] };
    case 'yaml':
    case 'etiquette-ladder':
      return extractYamlSegments(source, keys ? { keys: [...keys] } : undefined);
    case 'responses':
      return { segments: matrixSegments(parseMatrix(source, path)), problems: [] };
    case 'etiquette':
      return { segments: [...extractMarkdownSegments(source), ...noticeSegments(source)], problems: [] };
    default:
      // The voice guide's don't-examples are off-brand on purpose; interview banks are not replies.
      return { segments: [], problems: [] };
  }
}

/**
 * The moderation-notice templates and the appeal text in an etiquette doc's front matter, as segments
 * of the whole file: they are sent to members, so they are tone-linted like replies (as templates, with
 * the notice variables declared). The front matter is read in place, the rest of the file blanked out
 * with its line breaks kept, so every offset is the file's own.
 */
function noticeSegments(source: string): Segment[] {
  const fm = frontMatter(source);
  if (!fm) return [];
  const yamlEnd = fm.yamlStart + fm.yamlText.length;
  const blank = (t: string) => t.replace(/[^\r\n]/g, ' ');
  const masked = blank(source.slice(0, fm.yamlStart)) + fm.yamlText + blank(source.slice(yamlEnd));
  const { segments } = extractYamlSegments(masked, { keys: ['notices', 'appeal'] });
  return segments.map((seg) => ({
    text: seg.text,
    path: seg.path,
    // the appeal is a closing sentence added to notices, not a reply of its own (no greeting needed)
    context: seg.path?.[0] === 'notices' ? { ...seg.context, role: 'template', variables: NOTICE_VARIABLES } : { ...seg.context, role: 'prose' },
    toSource: (o: number) => seg.toSource(o),
    toSourceEnd: (o: number) => seg.toSourceEnd(o),
    mapFix: (f: Fix) => seg.mapFix(f),
  }));
}

/**
 * The context of the text at `offset` in a kit file (language, channel, commenter type, role,
 * declared variables), as linting the whole file would give it; for checking a selection on its own.
 */
export function contextAt(path: string, source: string, offset: number, keys?: readonly string[]): Partial<LintContext> | undefined {
  const { segments } = segmentsFor(classifyKitFile(path), source, keys, path);
  return segments.find((s) => s.toSource(0) <= offset && offset <= s.toSourceEnd(s.text.length))?.context;
}

export function lintKitFile(path: string, source: string, opts: KitLintOptions): FileResult {
  const result: FileResult = { path, source, findings: [], problems: [] };
  const max = opts.maxSize ?? DEFAULT_MAX_SIZE;
  if (source.length > max) {
    result.problems.push({ severity: 'warning', code: 'too-large', start: 0, end: 0, message: `The file has ${source.length.toLocaleString('en-US')} characters, more than the limit of ${max.toLocaleString('en-US')}; it was not linted. Split it into smaller files (replies one topic a file, say).`, ru: `В файле ${source.length.toLocaleString('ru-RU')} символов — больше предела в ${max.toLocaleString('ru-RU')}; он не проверен. Разбейте его на файлы поменьше (например, по одной теме ответов в файле).` });
    return result;
  }
  if (looksBinary(source)) {
    result.problems.push({ severity: 'warning', code: 'binary', start: 0, end: 0, message: 'This is not a text file (it holds NUL or control bytes); it was not linted.', ru: 'Это не текстовый файл (в нём нулевые или управляющие байты); он не проверен.' });
    return result;
  }
  const bad = source.indexOf('\uFFFD');
  if (bad !== -1) {
    result.problems.push({ severity: 'warning', code: 'encoding', start: bad, end: bad + 1, message: 'The file is not valid UTF-8 here; the bytes were replaced by �. Save the file as UTF-8.', ru: 'Здесь файл не в кодировке UTF-8: байты заменены на �. Сохраните файл в UTF-8.' });
  }
  const kind = classifyKitFile(path);
  if (opts.kit?.etiquetteIdsFor || opts.kit?.questionIdsFor) {
    const ids = opts.kit.etiquetteIdsFor?.(path);
    const questions = opts.kit.questionIdsFor?.(path);
    opts = { ...opts, kit: { ...opts.kit, ...(ids ? { etiquetteIds: ids } : {}), ...(questions ? { questionIds: questions } : {}) } };
  }
  if (kind === 'responses') {
    const matrix = parseMatrix(source, path);
    result.problems.push(...matrix.problems, ...validateEntries(matrix, { channelLimits: opts.config.env.channelLimits, etiquetteIds: opts.kit?.etiquetteIds }), ...(opts.kit?.crossFileProblems?.(path) ?? []));
    result.findings = lintSegments(matrixSegments(matrix), opts.config, parseSuppressions(source, { format: 'yaml' }), opts.base, opts.cache);
    return result;
  }
  if (kind === 'etiquette') {
    const doc = parseEtiquette(source, path);
    result.problems.push(...doc.problems);
    const known = new Set([...(opts.kit?.etiquetteIds ?? []), ...doc.rules.map((r) => r.id)]);
    result.problems.push(...unknownReferences(findRuleReferences(source), known));
    const base = { ...opts.base, lang: opts.base?.lang ?? doc.lang };
    result.findings = lintSegments(segmentsFor(kind, source, opts.keys, path).segments, opts.config, parseSuppressions(source, { format: 'markdown' }), base, opts.cache);
    return result;
  }
  if (kind === 'markdown' && opts.kit?.etiquetteIds) {
    result.problems.push(...unknownReferences(findRuleReferences(source), opts.kit.etiquetteIds));
  }
  if (kind === 'interview-bank') {
    result.problems.push(...parseBank(source, path).problems, ...(opts.kit?.crossFileProblems?.(path) ?? []));
    return result;
  }
  if (kind === 'interview-kit') {
    result.problems.push(...parseKit(source, opts.kit?.questionIds).problems);
    return result;
  }
  if (kind === 'interview-scorecard') {
    result.problems.push(...parseScorecard(source).problems);
    return result;
  }
  if (kind === 'voice') {
    result.problems.push(...(opts.loadedGuide ?? loadVoiceGuide(source, opts.catalog, path)).problems);
    return result;
  }
  const format = kind === 'markdown' ? 'markdown' : kind === 'text' ? 'text' : 'yaml';
  const suppressions = parseSuppressions(source, { format });
  if (kind === 'markdown') {
    // each paragraph is linted as it is found, and let go
    const linter = new SegmentLinter(opts.config, suppressions, opts.base, opts.cache);
    extractMarkdownSegments(source, (seg) => linter.add(seg));
    result.findings = linter.findings();
    return result;
  }
  const { segments, problems } = segmentsFor(kind, source, opts.keys);
  result.problems.push(...problems);
  result.findings = lintSegments(segments, opts.config, suppressions, opts.base, opts.cache);
  return result;
}
