// Every UI string of the extension has a Russian translation, and package.json's %keys% exist in
// both package.nls files: a new string without a translation fails here.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('every vscode.l10n.t string has a Russian translation with the same placeholders', () => {
  const bundle = JSON.parse(readFileSync('l10n/bundle.l10n.ru.json', 'utf8')) as Record<string, string>;
  const used = new Set<string>();
  for (const f of sources('src/extension')) {
    const s = readFileSync(f, 'utf8');
    for (const m of s.matchAll(/vscode\.l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add((m[1] as string).replace(/\\'/g, "'"));
  }
  assert.ok(used.size > 50);
  const missing = [...used].filter((k) => !(k in bundle));
  assert.deepEqual(missing, [], 'add these to l10n/bundle.l10n.ru.json');
  for (const [k, v] of Object.entries(bundle)) {
    const slots = (x: string) => (x.match(/\{\d+\}/g) ?? []).sort().join();
    assert.equal(slots(v), slots(k), `placeholders of “${k}”`);
    assert.match(v, /[а-яё]/i, `“${k}” is translated`);
  }
});

test('package.json %keys% are in package.nls.json and package.nls.ru.json', () => {
  const pkg = readFileSync('package.json', 'utf8');
  const keys = [...new Set([...pkg.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1] as string))];
  const en = JSON.parse(readFileSync('package.nls.json', 'utf8'));
  const ru = JSON.parse(readFileSync('package.nls.ru.json', 'utf8'));
  assert.deepEqual(keys.filter((k) => !(k in en)), []);
  assert.deepEqual(keys.filter((k) => !(k in ru)), []);
  assert.deepEqual(Object.keys(en).sort(), Object.keys(ru).sort());
});

test('the walkthrough has its pages in both languages, and the Russian ones are not the English text', () => {
  const en = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;
  const ru = JSON.parse(readFileSync('package.nls.ru.json', 'utf8')) as Record<string, string>;
  const pages = Object.keys(en).filter((k) => /^walkthrough\..*\.media$/.test(k));
  assert.equal(pages.length, 4);
  for (const k of pages) {
    assert.notEqual(ru[k], en[k], k);
    const ruText = readFileSync(ru[k]!, 'utf8');
    readFileSync(en[k]!, 'utf8');
    assert.match(ruText, /[а-яё]{4,}/i, `${ru[k]} is in Russian`);
  }
});
