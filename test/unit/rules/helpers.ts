// Shared helpers for the rule-kind tests: compact finding tuples and option-error assertions.
import assert from 'node:assert/strict';
import { RuleOptionError, type CompileEnv, type RuleDef, type RuleKind } from '../../../src/core/rules/api';
import { runKind } from '../../../src/core/rules/testing';
import type { Finding, LintContext } from '../../../src/core/types';

/** Asserts that `f` throws a RuleOptionError for `option` whose message matches `re`. */
export function refuses(f: () => unknown, option: string, re: RegExp): void {
  assert.throws(f, (e: unknown) => {
    assert.ok(e instanceof RuleOptionError, String(e));
    assert.equal(e.option, option, e.message);
    assert.match(e.message, re);
    return true;
  });
}

/** Compiles a rule of `kind` with `options` and expects a RuleOptionError for `option`. */
export function refusesOptions(kind: RuleKind, options: Record<string, unknown>, option: string, re: RegExp, env: Partial<CompileEnv> = {}): void {
  refuses(() => runKind(kind, { id: 't', ...options } as Omit<RuleDef, 'kind'>, '', {}, env), option, re);
}

/** Findings as [start, end, covered text] for compact tables. */
export const spans = (text: string, found: Finding[]) => found.map((f) => [f.start, f.end, text.slice(f.start, f.end)]);

/** Runs a kind and returns its findings with the text they cover. */
export function run(kind: RuleKind, def: Record<string, unknown>, text: string, ctx: Partial<LintContext> = {}, env: Partial<CompileEnv> = {}): (Finding & { covered: string })[] {
  return runKind(kind, { id: 't', ...def } as Omit<RuleDef, 'kind'>, text, ctx, env).map((f) => ({ ...f, covered: text.slice(f.start, f.end) }));
}

/** Applies a fix to a text. */
export const applyFix = (text: string, fix: { start: number; end: number; replacement: string }) => text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
