// Runs one rule kind on one text, for unit tests of kinds: the same steps the engine takes.
import type { Finding, LintContext } from '../types';
import { localize } from '../types';
import { makeUnit } from '../engine/unit';
import { reportMessage, type CompileEnv, type RuleDef, type RuleKind } from './api';

export const DEFAULT_ENV: CompileEnv = {
  channelLimits: { x: 280, telegram: 4096, vk: 4096, instagram: 2200, facebook: 8000, email: 10000 },
  allow: [],
};

export function runKind(kind: RuleKind, def: Omit<RuleDef, 'kind'> & { kind?: string }, text: string, ctx: Partial<LintContext> = {}, env: Partial<CompileEnv> = {}): Finding[] {
  const full: RuleDef = { ...def, kind: kind.kind } as RuleDef;
  const check = kind.compile(full, { ...DEFAULT_ENV, ...env });
  const context: LintContext = { lang: 'en', role: 'reply', ...ctx };
  const out: Finding[] = [];
  check(makeUnit(text, context), (r) => {
    const template = localize(full.message ?? kind.defaultMessage, context.lang);
    out.push({
      rule: full.id,
      severity: full.severity === 'off' || full.severity === undefined ? 'warning' : full.severity,
      message: reportMessage(r, template),
      start: r.start,
      end: r.end,
      ...(r.fix ? { fix: r.fix } : {}),
      ...(r.suggestions ? { suggestions: r.suggestions } : {}),
    });
  });
  return out.sort((a, b) => a.start - b.start);
}
