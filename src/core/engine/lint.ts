// The lint engine: runs compiled rules over texts and segments. Pure and synchronous; everything it
// needs (rules, channel table, defaults) comes in a LintConfig built once by the config loader.
import { reportMessage, type Check, type CompileEnv, type Report, type RuleDef } from '../rules/api';
import type { Segment } from '../source/segment';
import { detectLang } from '../text/lang';
import type { CommenterType, Finding, Lang, LintContext, Localized, Severity, TextRole } from '../types';
import { localize } from '../types';
import { GATES } from '../rules/gate';
import { keepable, scanArrays, scanWords, type ScanArrays, type WordSpans } from '../text/scan';
import { makeUnit } from './unit';

/** A rule ready to run: its definition, resolved severity and compiled check. */
export interface CompiledRule {
  id: string;
  kind: string;
  severity: Severity;
  def: RuleDef;
  message: Localized;
  check: Check;
  /** Where the rule comes from: a built-in pack name or the guide's file. */
  origin: string;
}

export interface LintConfig {
  rules: CompiledRule[];
  env: CompileEnv;
  /** Defaults for texts that do not say: language ('auto' detects per text), channel, commenter type. */
  defaults: { lang: Lang | 'auto'; channel?: string; commenter?: CommenterType };
  /** Rules by id, including those turned off (for suppression comments naming them). */
  known: ReadonlySet<string>;
}

/** Rules that apply to a context, cached per (lang, channel, commenter, role). */
const scopeCache = new WeakMap<LintConfig, Map<string, CompiledRule[]>>();
// The last answer, as texts of one file mostly share their context (one lookup instead of a key string).
let last: { config: LintConfig; lang: Lang; channel?: string; commenter?: string; role: TextRole; rules: CompiledRule[] } | undefined;

function rulesFor(config: LintConfig, ctx: LintContext): CompiledRule[] {
  if (last && last.config === config && last.lang === ctx.lang && last.role === ctx.role && last.channel === ctx.channel && last.commenter === ctx.commenter) return last.rules;
  let cache = scopeCache.get(config);
  if (!cache) scopeCache.set(config, (cache = new Map()));
  const key = `${ctx.lang}|${ctx.channel ?? ''}|${ctx.commenter ?? ''}|${ctx.role}`;
  let list = cache.get(key);
  if (!list) {
    list = config.rules.filter((r) => appliesTo(r.def, ctx));
    cache.set(key, list);
  }
  last = { config, lang: ctx.lang, role: ctx.role, rules: list, ...(ctx.channel !== undefined ? { channel: ctx.channel } : {}), ...(ctx.commenter !== undefined ? { commenter: ctx.commenter } : {}) };
  return list;
}

function appliesTo(def: RuleDef, ctx: LintContext): boolean {
  if (def.lang && def.lang !== ctx.lang) return false;
  if (def.channels?.length && (!ctx.channel || !def.channels.includes(ctx.channel))) return false;
  if (def.commenters?.length && (!ctx.commenter || !def.commenters.includes(ctx.commenter))) return false;
  if (def.roles?.length && !def.roles.includes(ctx.role)) return false;
  return true;
}

/** Fills in the context a text does not set: the config's defaults, then language detection. */
export function resolveContext(text: string, partial: Partial<LintContext>, config: LintConfig, role: TextRole = 'reply', words?: WordSpans): LintContext {
  const fallback: Lang = config.defaults.lang === 'auto' ? 'ru' : config.defaults.lang;
  const lang = partial.lang ?? (config.defaults.lang === 'auto' ? detectLang(text, fallback, words) : config.defaults.lang);
  const ctx: LintContext = { lang, role: partial.role ?? role };
  const channel = partial.channel ?? config.defaults.channel;
  const commenter = partial.commenter ?? config.defaults.commenter;
  if (channel !== undefined) ctx.channel = channel;
  if (commenter !== undefined) ctx.commenter = commenter;
  if (partial.variables) ctx.variables = partial.variables;
  return ctx;
}

// The arrays each lintText lends its text's word scan, by depth (a rule that lints a text of its own
// gets the next set): no unit outlives its lintText, so the next text at that depth may reuse them.
const LENT: ScanArrays[] = [];
let depth = 0;

/** Lints one text. Offsets of the findings are offsets into `text`. A failing rule never stops the others. */
export function lintText(text: string, partial: Partial<LintContext>, config: LintConfig): Finding[] {
  const arrays = (LENT[depth] ??= scanArrays());
  depth++;
  try {
    return lintUnit(text, partial, config, arrays);
  } finally {
    depth--;
    // a huge text's words are not kept on after it
    LENT[depth] = keepable(arrays);
  }
}

function lintUnit(text: string, partial: Partial<LintContext>, config: LintConfig, arrays: ScanArrays): Finding[] {
  // When the language is to be detected, the word scan comes first: it counts the letters detection needs.
  const words = partial.lang === undefined && config.defaults.lang === 'auto' ? scanWords(text, GATES.trie, arrays) : undefined;
  const ctx = resolveContext(text, partial, config, 'reply', words);
  const unit = makeUnit(text, ctx, words, arrays);
  const out: Finding[] = [];
  // one report function for every rule of this text (this runs for every text of a file)
  let rule: CompiledRule | undefined;
  const report = (r: Report) => {
    const current = rule as CompiledRule;
    const f: Finding = {
      rule: current.id,
      severity: current.severity,
      message: reportMessage(r, localize(current.message, ctx.lang)),
      start: Math.max(0, Math.min(r.start, text.length)),
      end: Math.max(0, Math.min(Math.max(r.end, r.start), text.length)),
    };
    if (r.fix) f.fix = r.fix;
    if (r.suggestions?.length) f.suggestions = r.suggestions;
    out.push(f);
  };
  for (const r of rulesFor(config, ctx)) {
    // a rule that says which gates it needs is not called where none is open (see Check)
    const gates = r.check.gates;
    if (gates !== undefined && !(unit.gates & gates)) continue;
    rule = r;
    try {
      r.check(unit, report);
    } catch (e) {
      out.push({
        rule: r.id,
        severity: 'error',
        message: `internal error in rule ${r.id}: ${(e as Error).message}`,
        start: 0,
        end: 0,
      });
    }
  }
  return out.length > 1 ? out.sort(byPosition) : out;
}

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}

export function byPosition(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Lints the segments of one file and returns findings in source offsets. Fixes that cannot be made
 * safely in the source are dropped from the finding (the finding stays). Suppression comments apply.
 */
export function lintSegments(
  segments: readonly Segment[],
  config: LintConfig,
  suppressions?: Suppressions,
  base: Partial<LintContext> = {},
  cache?: TextCache,
): Finding[] {
  const linter = new SegmentLinter(config, suppressions, base, cache);
  for (const seg of segments) linter.add(seg);
  return linter.findings();
}

type Suppressions = { isSuppressed(rule: string, sourceOffset: number): boolean };
type TextCache = { lint(text: string, context: Partial<LintContext>, config: LintConfig): Finding[] };

/** lintSegments one segment at a time, as an extraction finds them (see extractMarkdownSegments' `each`). */
export class SegmentLinter {
  private readonly out: Finding[] = [];
  private readonly noBase: boolean;

  constructor(
    private readonly config: LintConfig,
    private readonly suppressions?: Suppressions,
    private readonly base: Partial<LintContext> = {},
    private readonly cache?: TextCache,
  ) {
    this.noBase = isEmpty(base);
  }

  add(seg: Segment): void {
    const { base, config, suppressions, out } = this;
    const context = this.noBase ? seg.context : isEmpty(seg.context) ? base : { ...base, ...seg.context };
    const found = this.cache ? this.cache.lint(seg.text, context, config) : lintText(seg.text, context, config);
    for (const f of found) {
      const start = seg.toSource(f.start);
      const end = Math.max(start, seg.toSourceEnd(f.end));
      if (suppressions?.isSuppressed(f.rule, start)) continue;
      const mapped: Finding = { rule: f.rule, severity: f.severity, message: f.message, start, end };
      const fix = f.fix && seg.mapFix(f.fix);
      if (fix) mapped.fix = fix;
      const suggestions = f.suggestions?.map((s) => seg.mapFix(s)).filter((s): s is NonNullable<typeof s> => !!s);
      if (suggestions?.length) mapped.suggestions = suggestions;
      out.push(mapped);
    }
  }

  /** The findings of every segment added, in source order. */
  findings(): Finding[] {
    return this.out.sort(byPosition);
  }
}
