import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { BUILTIN_CATALOG, BUILTIN_PACKS } from '../../../src/core/builtin';
import { renderRulesDoc } from '../../../src/core/rules/docs';
import { localize } from '../../../src/core/types';

test('docs/rules.md is generated from the packs and up to date', () => {
  const doc = renderRulesDoc(BUILTIN_CATALOG);
  if (process.env.UPDATE_DOCS) writeFileSync('docs/rules.md', doc);
  assert.ok(readFileSync('docs/rules.md', 'utf8') === doc, 'docs/rules.md is out of date: run UPDATE_DOCS=1 npm run test:unit and commit it');
});

test('every built-in rule compiles and speaks both languages', () => {
  for (const defs of Object.values(BUILTIN_PACKS)) {
    for (const d of defs) {
      const kind = BUILTIN_CATALOG.kinds.get(d.kind);
      assert.ok(kind, `${d.id}: kind ${d.kind}`);
      assert.doesNotThrow(() => kind.compile(d, { channelLimits: {}, allow: [] }), d.id);
      for (const lang of ['ru', 'en'] as const) {
        assert.ok(localize(d.description, lang), `${d.id} description in ${lang}`);
        const message = d.message ?? kind.defaultMessage;
        assert.ok(typeof message === 'object' && message[lang], `${d.id} message in ${lang}`);
      }
    }
  }
});
