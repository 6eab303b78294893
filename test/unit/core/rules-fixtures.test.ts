// Every rule kind in both languages, as inline expectations: test/fixtures/rules/{ru,en}.txt hold one
// reply per line and the rule ids it must trigger. The set must match exactly (no misses, no extras).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BUILTIN_CATALOG } from '../../../src/core/builtin';
import { defaultConfig } from '../../../src/core/config/voice';
import { lintText } from '../../../src/core/engine/lint';
import type { LintContext } from '../../../src/core/types';

const config = defaultConfig(BUILTIN_CATALOG);

for (const lang of ['ru', 'en'] as const) {
  test(`built-in ${lang} pack: fixture replies trigger exactly the expected rules`, () => {
    const lines = readFileSync(`test/fixtures/rules/${lang}.txt`, 'utf8').split('\n');
    let cases = 0;
    const failures: string[] = [];
    lines.forEach((line, i) => {
      if (!line.trim() || line.startsWith('#')) return;
      const m = /^(?:\[([^\]]+)\]\s*)?(.*?)\s*\{([^}]*)\}\s*$/.exec(line);
      assert.ok(m, `line ${i + 1} has no {expectation}`);
      const ctx: Partial<LintContext> = { lang };
      for (const kv of (m[1] ?? '').split(',').filter(Boolean)) {
        const [k, v] = kv.includes('=') ? kv.split('=') : ['commenter', kv];
        (ctx as Record<string, string>)[k!.trim()] = v!.trim();
      }
      const expected = (m[3] as string).split(',').map((s) => s.trim()).filter(Boolean).sort();
      const wantsGreeting = expected.some((e) => e.endsWith('.greeting'));
      const got = [...new Set(lintText(m[2] as string, ctx, config).map((f) => f.rule))].filter((r) => wantsGreeting || !r.endsWith('.greeting')).sort();
      cases++;
      if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push(`line ${i + 1}: ${m[2]}\n    expected {${expected.join(', ')}} got {${got.join(', ')}}`);
    });
    assert.ok(cases >= 30, `${cases} cases`);
    assert.equal(failures.length, 0, failures.join('\n'));
  });
}
