// contextAt: the context a piece of a kit file is linted in, so a selection can be checked on its own
// (Check Reply on selected template text must not call its declared {{name}} a leftover).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUILTIN_CATALOG } from '../../../src/core/builtin';
import { defaultConfig } from '../../../src/core/config/voice';
import { lintText } from '../../../src/core/engine/lint';
import { contextAt } from '../../../src/core/kit/lint-file';

const matrix = 'responses:\n  - id: late\n    title: Late\n    commenter: critic\n    channels: [x]\n    variables:\n      name: { description: Name, example: Sam }\n    reply:\n      en: "Sorry for the wait, {{name}}. Send us a private message."\n';

test('inside a matrix template: its language, role, variables, commenter and channel', () => {
  const at = matrix.indexOf('Sorry');
  const ctx = contextAt('.community/responses/r.yaml', matrix, at)!;
  assert.equal(ctx.lang, 'en');
  assert.equal(ctx.role, 'template');
  assert.deepEqual(ctx.variables, ['name']);
  assert.equal(ctx.commenter, 'critic');
  assert.equal(ctx.channel, 'x');
  const config = defaultConfig(BUILTIN_CATALOG);
  const selection = 'Sorry for the wait, {{name}}.';
  assert.deepEqual(lintText(selection, ctx, config).filter((f) => f.rule === 'en.placeholder'), []);
  assert.ok(lintText(selection, {}, config).some((f) => f.rule === 'en.placeholder'), 'without the context it is a leftover');
});

test('outside any linted text, and in Markdown and etiquette notices', () => {
  assert.equal(contextAt('.community/responses/r.yaml', matrix, matrix.indexOf('title')), undefined);
  const md = '# Notes\n\nПривет, как дела?\n';
  assert.equal(contextAt('.community/notes.md', md, md.indexOf('как'))?.role, 'prose');
  const et = '---\nnotices:\n  warning: "{{name}}, правило {{rule.title}} нарушено."\n---\n## R1. Be kind {#be-kind}\n\nText.\n';
  const ctx = contextAt('.community/etiquette.md', et, et.indexOf('правило'))!;
  assert.equal(ctx.role, 'template');
  assert.ok(ctx.variables?.includes('rule'));
});
