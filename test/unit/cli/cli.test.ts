// The tone-lint CLI as a user runs it: the built dist/cli.js in a child process, on temporary kits.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const CLI = resolve('dist/cli.js');

function run(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? process.cwd(),
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '1', ...opts.env },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function kit(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tone-lint-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

test('--help and --version exit 0; an unknown option exits 2 with a clear message', () => {
  const help = run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.out, /Usage: tone-lint/);
  assert.match(run(['--help'], { env: { LANG: 'ru_RU.UTF-8' } }).out, /Использование: tone-lint/);
  assert.equal(run(['--version']).code, 0);
  const bad = run(['--frobnicate']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /Unknown option --frobnicate/);
  const badValue = run(['--format', 'xml', 'x.md']);
  assert.equal(badValue.code, 2);
  assert.match(badValue.err, /text, json, sarif/);
});

test('the shipped example kits are clean: exit 0', () => {
  const r = run(['examples/ru', 'examples/en']);
  assert.equal(r.code, 0, r.out + r.err);
});

test('a reply from stdin: findings in JSON, exit 1 on an error-severity finding', () => {
  const r = run(['-', '--format', 'json'], { input: 'Вы сами виноваты, ЧИТАЙТЕ ВНИМАТЕЛЬНЕЕ!!!' });
  assert.equal(r.code, 1, r.err);
  const json = JSON.parse(r.out);
  assert.equal(json.files[0].path, '<stdin>');
  const f = json.files[0].findings;
  assert.ok(f.length >= 2);
  for (const x of f) {
    assert.deepEqual(Object.keys(x).sort(), ['column', 'endColumn', 'endLine', 'line', 'message', 'rule', 'severity']);
    assert.equal(x.line, 1);
  }
  assert.ok(f.some((x: { severity: string }) => x.severity === 'error'));
  const clean = run(['-'], { input: 'Спасибо, что написали! Сейчас всё проверим и вернёмся с ответом.' });
  assert.equal(clean.code, 0, clean.out);
});

test('no paths lints the kit in the current folder; no kit there is a usage error', () => {
  const dir = kit({ '.community/replies.md': 'We guarantee it will NEVER HAPPEN AGAIN!!!\n' });
  const r = run(['--format', 'json'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.equal(JSON.parse(r.out).files[0].path, '.community/replies.md');
  const empty = kit({ 'a.txt': 'x' });
  const none = run([], { cwd: empty });
  assert.equal(none.code, 2);
  assert.match(none.err, /no \.community folder/);
});

test('a broken guide stops the run with exit 2 and says where', () => {
  const dir = kit({
    '.community/voice.yaml': 'version: 1\nrules:\n  ru.no-such-rule: error\n  mine:\n    kind: pattern\n    pattern: "(a+"\n',
    '.community/a.md': 'Привет.\n',
  });
  const r = run(['--format', 'json'], { cwd: dir });
  assert.equal(r.code, 2, r.out + r.err);
  const files = JSON.parse(r.out).files;
  const guide = files.find((f: { path: string }) => f.path.endsWith('voice.yaml'));
  assert.ok(guide, r.out);
  const rules = guide.findings.map((f: { rule: string; line: number }) => `${f.rule}@${f.line}`);
  assert.ok(rules.includes('kit/unknown-rule@3'), rules.join());
  assert.ok(guide.findings.some((f: { line: number; rule: string }) => f.line >= 4 && f.rule === 'kit/rule-options'), rules.join());
  assert.match(r.err, /has errors/);
});

test('broken YAML, binary junk and a big file give clear messages, never a stack trace', () => {
  const big = 'Спасибо за отзыв, мы рады, что вам понравилось.\n\n'.repeat(120_000); // ~10 MB
  const dir = kit({
    '.community/broken.yaml': 'reply: "unclosed\n  - [\n',
    '.community/junk.txt': '\u0000\u0001\u0002binary\u0000',
    '.community/big.md': big,
  });
  const r = run(['--format', 'json'], { cwd: dir });
  assert.doesNotMatch(r.err, /at .*\.js:\d+/);
  const files = JSON.parse(r.out).files;
  const broken = files.find((f: { path: string }) => f.path.endsWith('broken.yaml'));
  assert.ok(broken.findings.some((f: { rule: string }) => f.rule === 'kit/yaml-syntax'));
  const junk = files.find((f: { path: string }) => f.path.endsWith('junk.txt'));
  assert.equal(junk.findings[0].rule, 'kit/binary');
  assert.equal(r.code, 1);
});

test('SARIF output for a folder; --quiet keeps errors only', () => {
  const dir = kit({ 'r/a.md': 'Hi Sam, thanks!!! Your order is on its way.\n\nYou are WRONG about this.\n' });
  const r = run(['r', '--format', 'sarif'], { cwd: dir });
  const log = JSON.parse(r.out);
  assert.equal(log.version, '2.1.0');
  assert.ok(log.runs[0].results.length >= 2);
  assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'r/a.md');
  const quiet = JSON.parse(run(['r', '--format', 'json', '--quiet'], { cwd: dir }).out);
  assert.ok(quiet.files[0].findings.every((f: { severity: string }) => f.severity === 'error'));
});

test('--fix applies safe fixes and keeps comments and formatting', () => {
  const src = '# Ответы на частые вопросы\nfaq:\n  - id: thanks   # keep me\n    reply: "Спасибо, юзер!!! Рады помочь."\n';
  const dir = kit({ '.community/faq.yaml': src });
  const r = run(['--fix', '--format', 'json'], { cwd: dir });
  const after = readFileSync(join(dir, '.community/faq.yaml'), 'utf8');
  assert.equal(after, '# Ответы на частые вопросы\nfaq:\n  - id: thanks   # keep me\n    reply: "Спасибо, пользователь! Рады помочь."\n', r.out + r.err);
  // a second run has nothing left to fix
  run(['--fix'], { cwd: dir });
  assert.equal(readFileSync(join(dir, '.community/faq.yaml'), 'utf8'), after);
});

test('--lang, --channel and --commenter set the context of stdin replies', () => {
  const long = 'Thanks for the question. '.repeat(15);
  const x = JSON.parse(run(['-', '--format', 'json', '--channel', 'x'], { input: long }).out);
  assert.ok(x.files[0].findings.some((f: { rule: string }) => /length/.test(f.rule)), JSON.stringify(x));
  const tg = JSON.parse(run(['-', '--format', 'json', '--channel', 'telegram'], { input: long }).out);
  assert.ok(!tg.files[0].findings.some((f: { rule: string }) => /length/.test(f.rule)));
  const critic = JSON.parse(run(['-', '--format', 'json', '--commenter', 'critic'], { input: 'The app works fine for us.' }).out);
  assert.ok(critic.files[0].findings.length >= 1, 'a reply to a critic without thanks or apology is flagged');
});

test('the same response id in two files of one kit is an error in the later file', () => {
  const entry = (id: string) => `responses:\n  - id: ${id}\n    title: t\n    reply: { en: "Thanks for writing to us, we will reply today." }\n`;
  const dir = kit({ '.community/responses/a.yaml': entry('same'), '.community/responses/b.yaml': entry('same') });
  const r = run(['--format', 'json'], { cwd: dir });
  const files = JSON.parse(r.out).files as { path: string; findings: { rule: string }[] }[];
  assert.deepEqual(files.map((f) => f.findings.filter((x) => x.rule === 'kit/duplicate-id').length), [0, 1]);
  assert.equal(r.code, 1);
});

test('an interview kit naming a question no bank has is reported by the CLI', () => {
  const dir = kit({
    '.community/interview/bank.yaml': 'questions:\n  - { id: known, category: c, question: "Q?" }\n',
    '.community/interview/kits/a.kit.yaml': 'questions:\n  - id: known\n  - id: ghost\n',
  });
  const files = JSON.parse(run(['--format', 'json'], { cwd: dir }).out).files as { path: string; findings: { rule: string; line: number }[] }[];
  const kitFile = files.find((f) => f.path.endsWith('a.kit.yaml'))!;
  assert.deepEqual(kitFile.findings.map((f) => `${f.rule}@${f.line}`), ['kit/unknown-question@3']);
});

test('the summary line agrees in number in English and names its counts in Russian', () => {
  const en = run(['-'], { input: 'Obviously!!\n' });
  assert.match(en.out, /✖ 2 problems \(1 error, 1 warning, 0 info\)/);
  const ru = run(['-', '--locale', 'ru'], { input: 'Мы гарантируем!!! ИДИОТСКИЙ вопрос\n' });
  assert.match(ru.out, /✖ находок: 4 \(ошибок: 2, предупреждений: 2, инфо: 0\)/);
});
