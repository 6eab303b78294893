// Reply templates: variables and errors at their places, refused constructs, safe rendering.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { inspectTemplate, inspectWithParser, renderTemplate, substituteSimple } from '../../../src/core/responses/template';

const slice = (t: string, r: { start: number; end: number } | { offset: number; end: number }) => t.slice('offset' in r ? r.offset : r.start, r.end);

test('variables with their places: plain, spaced, triple-stash, in blocks, @root; block-scoped names are not variables', () => {
  const t = 'Hi {{ name }}! {{{order}}} {{#if vip}}VIP{{else}}{{@root.city}}{{/if}} {{#each items as |it|}}{{it}} {{this}} {{@index}}{{/each}}';
  const info = inspectTemplate(t);
  assert.deepEqual(info.issues, []);
  assert.deepEqual(
    info.variables.map((v) => [v.name, slice(t, v)]),
    [
      ['name', 'name'],
      ['order', 'order'],
      ['vip', 'vip'],
      ['city', '@root.city'],
      ['items', 'items'],
    ],
  );
});

test('syntax errors: the offending token, an unclosed block on its opening tag, a wrong closing tag on itself', () => {
  const cases: [string, string, RegExp][] = [
    ['Hi {{name}, welcome', '}', /unexpected|not allowed/],
    ['Hi {{{name}}, welcome', '}}', /unexpected/],
    ['Line one\n{{#if vip}}\nVIP text', '{{#if vip}}', /never closed.*\{\{\/if\}\}/],
    ['{{#if a}}x{{/each}} tail', '{{/each}}', /closes \{\{#if\}\}/],
    ['a {{/if}} b', '{{/if}}', /never opened/],
    ['x {{name )}} y', ')', /unexpected \)/],
    ['{{!-- never closed', '{{!', /comment/],
  ];
  for (const [t, where, message] of cases) {
    const e = inspectTemplate(t).error;
    assert.ok(e, t);
    assert.equal(slice(t, e), where, `${JSON.stringify(t)}: ${e.message.en}`);
    assert.match(e.message.en, message);
    assert.match(e.message.ru, /[а-яё]{4}/i, `${JSON.stringify(t)} has a Russian message too`);
  }
});

test('refused constructs, each at its place, with a clear message', () => {
  const cases: [string, string, string][] = [
    ['A {{lookup this "constructor"}} b', '{{lookup this "constructor"}}', 'template-helper'],
    ['A {{log name}} b', '{{log name}}', 'template-helper'],
    ['A {{constructor.constructor "return process"}} b', '{{constructor.constructor "return process"}}', 'template-helper'],
    ['A {{constructor}} b', 'constructor', 'template-unsafe'],
    ['{{#with __proto__}}{{polluted}}{{/with}}', '__proto__', 'template-unsafe'],
    ['x {{> evil}} y', '{{> evil}}', 'template-helper'],
    ['x {{#custom a}}b{{/custom}}', '{{#custom a}}b{{/custom}}', 'template-helper'],
    ['x {{name.first}} y', 'name.first', 'template-path'],
    ['x {{this}} y', 'this', 'template-path'],
    ['x {{../name}} y', '../name', 'template-path'],
    ['x {{@secret}} y', '@secret', 'template-path'],
    ['x {{#if}}a{{/if}} y', '{{#if}}a{{/if}}', 'template-helper'],
    ['x {{#if (gt a b)}}a{{/if}}', '(gt a b)', 'template-helper'],
  ];
  for (const [t, where, code] of cases) {
    const info = inspectTemplate(t);
    assert.equal(info.error, undefined, t);
    const issue = info.issues[0];
    assert.ok(issue, t);
    assert.equal(issue.code, code, t);
    assert.equal(slice(t, issue), where, t);
    const r = renderTemplate(t, { name: 'Sam', a: 'x', b: 'y' });
    assert.equal(r.text, '', t);
    assert.deepEqual(r.error, issue.message);
  }
});

test('a template can never run code, read internals or pollute prototypes', () => {
  const logged: unknown[] = [];
  const original = console.log;
  console.log = (...a: unknown[]) => void logged.push(a);
  try {
    for (const t of ['{{constructor.constructor "globalThis.pwned = 1"}}', '{{#with __proto__}}{{toString}}{{/with}}', '{{lookup this "constructor"}}', '{{lookup name "length"}}', '{{log "hello"}}', '{{> evil}}', '{{#each __proto__}}{{this}}{{/each}}', '{{name.constructor.name}}', '{{__defineGetter__}}']) {
      const r = renderTemplate(t, { name: 'x' });
      assert.equal(r.text, '', t);
      assert.ok(r.error && r.error.en.length > 20 && /[а-яё]{4}/i.test(r.error.ru), `${t}: a clear error in both languages, got ${JSON.stringify(r)}`);
    }
  } finally {
    console.log = original;
  }
  assert.deepEqual(logged, [], 'nothing was logged');
  assert.equal((globalThis as { pwned?: unknown }).pwned, undefined);
  // Values are plain strings in an object without a prototype: a "__proto__" value pollutes nothing.
  const values = JSON.parse('{"__proto__": {"polluted": "yes"}, "name": "Sam"}') as Record<string, string>;
  assert.equal(renderTemplate('Hi {{name}}', values).text, 'Hi Sam');
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  // Inherited properties are not values.
  assert.deepEqual(renderTemplate('Hi {{name}}', Object.create({ name: 'inherited' }) as Record<string, string>).missing, ['name']);
});

test('rendering: plain text, never escaped; optional parts; missing values listed, not half-filled', () => {
  assert.equal(renderTemplate('Hi {{name}} & <b>', { name: '<Sam> "&"' }).text, 'Hi <Sam> "&" & <b>');
  assert.equal(renderTemplate('Order{{#if order}} #{{order}}{{/if}} shipped', { order: '' }).text, 'Order shipped');
  assert.equal(renderTemplate('Order{{#if order}} #{{order}}{{/if}} shipped', { order: '42' }).text, 'Order #42 shipped');
  assert.equal(renderTemplate('{{#unless vip}}Hello{{else}}Welcome back{{/unless}}, {{name}}', { vip: 'yes', name: 'Ann' }).text, 'Welcome back, Ann');
  assert.deepEqual(renderTemplate('{{a}} {{b}} {{a}}', { b: '1' }), { text: '', missing: ['a'] });
  assert.equal(renderTemplate('Multi\n  line {{x}}\n', { x: 'ok' }).text, 'Multi\n  line ok\n');
});

test('substitution gives what rendering gives, or steps aside', () => {
  const values = { name: 'Ann', order: '7' };
  assert.equal(substituteSimple('Hi {{name}}, order {{ order }}.', values), 'Hi Ann, order 7.');
  assert.equal(substituteSimple('{{#if order}}x{{/if}}', values), undefined);
  assert.equal(substituteSimple('{{~name}}', values), undefined);
  assert.equal(substituteSimple('\\{{name}}', values), undefined);
  assert.equal(substituteSimple('{{missing}}', values), undefined);
});

test('the {{name}}-only shortcut reads templates exactly as the Handlebars parser does', () => {
  const piece = fc.constantFrom('Hi ', 'привет', '{{name}}', '{{ order }}', '{{x-y}}', '{{', '}}', '{', '}', '{{{', '}}}', '{{#if a}}', '{{#if  name }}', '{{#unless order}}', '{{/unless}}', '{{/if}}', '{{else}}', '{{else if a}}', '{{#if}}', '{{^}}', '\\', '\\{{a}}', '{{true}}', '{{this}}', '{{constructor}}', '{{a.b}}', '{{!c}}', '\n', ' ', '😀', '{{~a~}}', '{{ }}', '{{9}}');
  const block = fc.tuple(fc.constantFrom('{{#if a}}', '{{#unless name}}'), fc.array(piece, { maxLength: 3 }), fc.constantFrom('', '{{else}}', '{{else}}{{else}}'), fc.array(piece, { maxLength: 3 }), fc.constantFrom('{{/if}}', '{{/unless}}', '')).map((p) => p.flat().join(''));
  fc.assert(
    fc.property(fc.array(fc.oneof(piece, block), { maxLength: 10 }).map((a) => a.join('')), (t) => {
      const viaParser = inspectWithParser(t);
      const info = inspectTemplate(t);
      assert.deepEqual(info, viaParser, JSON.stringify(t));
      const r = renderTemplate(t, { name: 'N', order: 'O', 'x-y': 'XY', a: 'A' });
      const s = substituteSimple(t, { name: 'N', order: 'O', 'x-y': 'XY', a: 'A' });
      if (s !== undefined && !r.error && !r.missing.length) assert.equal(s, r.text, JSON.stringify(t));
    }),
    { numRuns: 3000 },
  );
});
