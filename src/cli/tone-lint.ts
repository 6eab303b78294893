// tone-lint: checks a community kit (replies, response matrices, etiquette docs) against the brand's
// tone-of-voice guide, from the command line and in CI. All judgement lives in src/core; this file
// only finds files, reads and writes them, and prints.
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { BUILTIN_CATALOG, ruleDocsUrl, ruleInfo } from '../core/builtin';
import { defaultConfig, loadVoiceGuide, type LoadedGuide } from '../core/config/voice';
import { applyFixes } from '../core/engine/fix';
import { formatJson, formatSarif, formatText, type FileResult } from '../core/format/report';
import { KIT_DIR, classifyKitFile } from '../core/kit/files';
import { duplicateIdsAcross, parseMatrix } from '../core/responses/matrix';
import { parseEtiquette } from '../core/etiquette/etiquette';
import { duplicatesAcrossBanks, parseBank } from '../core/interview/bank';
import { GlobSet, isGlob } from '../core/kit/glob';
import { lintKitFile, type KitIndex } from '../core/kit/lint-file';
import { extractPlainSegments } from '../core/source/plain';
import { lintSegments } from '../core/engine/lint';
import type { Problem } from '../core/types';
import { problemMessage } from '../core/types';
import { parseArgs, UsageError, type CliArgs } from './args';
import { MESSAGES, uiLang, type Messages } from './messages';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.cache', '.vscode-test']);

const decoder = new TextDecoder('utf-8', { fatal: false });
const readText = (path: string) => decoder.decode(readFileSync(path)).replace(/^\uFEFF/, '');
const toPosix = (p: string) => p.split(sep).join('/');

/** Finds and caches the tone-of-voice guide that governs each folder. */
class Guides {
  private readonly byDir = new Map<string, LoadedGuide | undefined>();
  private readonly loaded = new Map<string, LoadedGuide>();
  private readonly texts = new Map<LoadedGuide, string>();
  private readonly fallback = defaultConfig(BUILTIN_CATALOG);

  constructor(private readonly explicit?: string) {}

  /** The guide file for a path, if any. */
  guidePath(file: string): string | undefined {
    if (this.explicit) return resolve(this.explicit);
    let dir = resolve(dirname(file));
    for (;;) {
      const candidate = join(dir, KIT_DIR, 'voice.yaml');
      if (existsSync(candidate)) return candidate;
      const alt = join(dir, KIT_DIR, 'voice.yml');
      if (existsSync(alt)) return alt;
      const up = dirname(dir);
      if (up === dir) return undefined;
      dir = up;
    }
  }

  load(guideFile: string): LoadedGuide {
    let g = this.loaded.get(guideFile);
    if (!g) {
      const text = readText(guideFile);
      g = loadVoiceGuide(text, BUILTIN_CATALOG, guideFile);
      this.loaded.set(guideFile, g);
      this.texts.set(g, text);
    }
    return g;
  }

  forFile(file: string): LoadedGuide | undefined {
    const dir = dirname(resolve(file));
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    const p = this.guidePath(file);
    const g = p ? this.load(p) : undefined;
    this.byDir.set(dir, g);
    return g;
  }

  /** The guide loaded from this file, if its text is still `source` (so linting the guide file need not load it again). */
  loadedFrom(file: string, source: string): LoadedGuide | undefined {
    const g = this.loaded.get(resolve(file));
    return g && this.texts.get(g) === source ? g : undefined;
  }

  get default() {
    return this.fallback;
  }

  all(): LoadedGuide[] {
    return [...this.loaded.values()];
  }
}

function walk(dir: string, out: string[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of entries) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) {
      if (SKIP_DIRS.has(name) || (name.startsWith('.') && name !== KIT_DIR)) continue;
      walk(p, out);
    } else if (/\.(ya?ml|md|markdown|txt)$/i.test(name)) out.push(p);
  }
}

/** The files to lint: the kit in the current folder, or the paths, folders and globs given. */
function collectFiles(args: CliArgs, cwd: string, m: Messages, guides: Guides): string[] {
  const files: string[] = [];
  if (!args.paths.length) {
    if (!existsSync(join(cwd, KIT_DIR))) throw new UsageError(m.noKit(cwd));
    const guideFile = guides.guidePath(join(cwd, KIT_DIR, 'voice.yaml'));
    const guide = guideFile ? guides.load(guideFile).guide : undefined;
    const include = new GlobSet(guide?.lint.include ?? ['.community/**/*.{yaml,yml,md,markdown,txt}']);
    const exclude = new GlobSet(guide?.lint.exclude ?? []);
    const all: string[] = [];
    walk(cwd, all);
    for (const f of all) {
      const rel = toPosix(relative(cwd, f));
      if (include.matches(rel) && !exclude.matches(rel)) files.push(f);
    }
    return files;
  }
  for (const p of args.paths) {
    if (isGlob(p) && !existsSync(p)) {
      const posix = toPosix(p);
      const base = posix.slice(0, posix.search(/[*?{[]/)).replace(/[^/]*$/, '') || '.';
      const set = new GlobSet([posix.replace(/^\.\//, '')]);
      const all: string[] = [];
      walk(resolve(cwd, base), all);
      for (const f of all) if (set.matches(toPosix(relative(cwd, f)))) files.push(f);
      continue;
    }
    const abs = resolve(cwd, p);
    if (!existsSync(abs)) throw new UsageError(m.notFound(p));
    if (statSync(abs).isDirectory()) walk(abs, files);
    else files.push(abs);
  }
  return [...new Set(files)];
}

/** Facts across the linted files: duplicate response ids in different files of the same kit. */
function kitIndexFor(files: string[], cwd: string): KitIndex {
  const byKit = new Map<string, ReturnType<typeof parseMatrix>[]>();
  for (const f of files) {
    if (classifyKitFile(f) !== 'responses') continue;
    const path = toPosix(relative(cwd, f)) || f;
    const kit = path.slice(0, Math.max(0, path.indexOf(`${KIT_DIR}/`)));
    byKit.set(kit, [...(byKit.get(kit) ?? []), parseMatrix(readText(f), path)]);
  }
  const dups = new Map<string, Problem[]>();
  for (const matrices of byKit.values()) for (const [path, list] of duplicateIdsAcross(matrices)) dups.set(path, list);
  // Etiquette rule ids per kit, for references from response entries and Markdown.
  const ids = new Map<string, Set<string>>();
  for (const f of files) {
    if (classifyKitFile(f) !== 'etiquette') continue;
    const path = toPosix(relative(cwd, f)) || f;
    const kit = path.slice(0, Math.max(0, path.indexOf(`${KIT_DIR}/`)));
    const set = ids.get(kit) ?? new Set<string>();
    for (const r of parseEtiquette(readText(f), path).rules) set.add(r.id);
    ids.set(kit, set);
  }
  const kitOf = (path: string) => path.slice(0, Math.max(0, path.indexOf(`${KIT_DIR}/`)));
  // Interview banks: question ids per kit (for kits), duplicate ids across banks.
  const banks = new Map<string, ReturnType<typeof parseBank>[]>();
  for (const f of files) {
    if (classifyKitFile(f) !== 'interview-bank') continue;
    const path = toPosix(relative(cwd, f)) || f;
    banks.set(kitOf(path), [...(banks.get(kitOf(path)) ?? []), parseBank(readText(f), path)]);
  }
  for (const list of banks.values()) for (const [path, problems] of duplicatesAcrossBanks(list)) dups.set(path, problems);
  const questionIds = new Map([...banks].map(([k, list]) => [k, new Set(list.flatMap((b) => b.questions.map((q) => q.id)))]));
  return {
    crossFileProblems: (path) => dups.get(path) ?? [],
    etiquetteIdsFor: (path) => ids.get(kitOf(path)),
    questionIdsFor: (path) => questionIds.get(kitOf(path)),
  };
}

function lintOne(file: string, source: string, args: CliArgs, guides: Guides, cwd: string, kit?: KitIndex): FileResult {
  const loaded = guides.forFile(file);
  const config = loaded?.config ?? guides.default;
  const base = baseContext(args);
  const result = lintKitFile(toPosix(relative(cwd, file)) || file, source, {
    config,
    catalog: BUILTIN_CATALOG,
    keys: loaded?.guide.lint.keys,
    base,
    kit,
    loadedGuide: guides.loadedFrom(file, source),
  });
  return result;
}

function baseContext(args: CliArgs) {
  const base: { lang?: 'ru' | 'en'; channel?: string; commenter?: CliArgs['commenter'] } = {};
  if (args.lang && args.lang !== 'auto') base.lang = args.lang;
  if (args.channel) base.channel = args.channel;
  if (args.commenter) base.commenter = args.commenter;
  return base;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return decoder.decode(Buffer.concat(chunks)).replace(/^\uFEFF/, '');
}

export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  const early = argv.find((a, i) => argv[i - 1] === '--locale' || a.startsWith('--locale='));
  let m = MESSAGES[uiLang(process.env, early?.replace(/^--locale=/, ''))];
  let args: CliArgs;
  try {
    args = parseArgs(argv, m);
  } catch (e) {
    process.stderr.write(`tone-lint: ${(e as Error).message}\n`);
    return 2;
  }
  m = MESSAGES[uiLang(process.env, args.locale)];
  if (args.help) {
    process.stdout.write(m.usage + '\n');
    return 0;
  }
  if (args.version) {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const guides = new Guides(args.config);
  if (args.config && !existsSync(args.config)) {
    process.stderr.write(`tone-lint: ${m.configMissing(args.config)}\n`);
    return 2;
  }

  let results: FileResult[] = [];
  try {
    if (args.stdin) {
      const source = await readStdin();
      const loaded = guides.forFile(join(cwd, 'stdin.txt'));
      const config = loaded?.config ?? guides.default;
      const findings = lintSegments(extractPlainSegments(source), config, undefined, baseContext(args));
      results.push({ path: '<stdin>', source, findings, problems: [] });
    } else {
      const files = collectFiles(args, cwd, m, guides);
      if (!files.length) {
        process.stderr.write(`tone-lint: ${m.noFiles}\n`);
        return 2;
      }
      const kit = kitIndexFor(files, cwd);
      for (const file of files) {
        let source = readText(file);
        let result = lintOne(file, source, args, guides, cwd, kit);
        if (args.fix) {
          const original = source;
          for (let pass = 0; pass < 10; pass++) {
            const fixes = result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
            if (!fixes.length) break;
            const { text, applied } = applyFixes(source, fixes);
            if (!applied.length) break;
            source = text;
            result = lintOne(file, source, args, guides, cwd, kit);
          }
          if (source !== original) {
            if (readText(file) !== original) process.stderr.write(`tone-lint: ${m.fixChanged(file)}\n`);
            else writeFileSync(file, source);
          }
        }
        results.push(result);
      }
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`tone-lint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }

  // The guides' own problems are part of the report: a broken guide stops the run with code 2.
  let configBroken = false;
  for (const g of guides.all()) {
    if (!g.problems.length || !g.guide.path) continue;
    const rel = toPosix(relative(cwd, g.guide.path)) || g.guide.path;
    if (!results.some((r) => r.path === rel)) results.unshift({ path: rel, source: readText(g.guide.path), findings: [], problems: g.problems });
    if (g.problems.some((p) => p.severity === 'error')) configBroken = true;
  }

  if (args.quiet) {
    results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error'), problems: r.problems.filter((p) => p.severity === 'error') }));
  }

  // Problems of the kit files speak tone-lint's own language (--locale, else LANG); findings speak the language of their text.
  const locale = uiLang(process.env, args.locale);
  results = results.map((r) => ({ ...r, problems: r.problems.map((p) => ({ ...p, message: problemMessage(p, locale) })) }));

  const color = args.color && !process.env.NO_COLOR && !!process.stdout.isTTY;
  if (args.format === 'json') process.stdout.write(formatJson(results));
  else if (args.format === 'sarif') process.stdout.write(formatSarif(results, { name: 'tone-lint', version: VERSION, informationUri: ruleDocsUrl('') }, ruleInfo));
  else process.stdout.write(formatText(results, { color, words: m.words }));

  if (configBroken) {
    process.stderr.write(`tone-lint: ${m.configErrors(guides.all().filter((g) => g.problems.length).map((g) => g.guide.path).join(', '))}\n`);
    return 2;
  }
  const errors = results.some((r) => r.findings.some((f) => f.severity === 'error') || r.problems.some((p) => p.severity === 'error'));
  if (errors) return 1;
  if (args.maxWarnings !== undefined) {
    const warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length + r.problems.filter((p) => p.severity === 'warning').length, 0);
    if (warnings > args.maxWarnings) {
      process.stderr.write(`tone-lint: ${m.tooManyWarnings(warnings, args.maxWarnings)}\n`);
      return 1;
    }
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`tone-lint: internal error: ${(e as Error)?.stack ?? String(e)}\nPlease report it with the file that caused it.\n`);
    process.exitCode = 2;
  },
);
