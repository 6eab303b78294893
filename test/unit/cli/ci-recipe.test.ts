// The CI recipe for kit repositories, run as far as it can be here: the workflow's lint command on a
// kit (with the CLI built from this repository instead of npx), and the pre-commit hook in a real git
// repository with staged files.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import * as YAML from 'yaml';

const CLI = `${process.execPath} ${resolve('dist/cli.js')}`;

test('the workflow’s lint step produces SARIF for the kit, and fails only on errors', () => {
  const wf = YAML.parse(readFileSync('examples/ci/tone-lint.yml', 'utf8'));
  const step = wf.jobs['tone-lint'].steps.find((s: { id?: string }) => s.id === 'lint');
  const command = (step.run as string).replace(/^npx tone-lint/, CLI);
  assert.notEqual(command, step.run, 'the run line names tone-lint');
  const dir = mkdtempSync(join(tmpdir(), 'kit-ci-'));
  cpSync('examples/en/.community', join(dir, '.community'), { recursive: true });
  const ok = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  const sarif = JSON.parse(readFileSync(join(dir, 'tone-lint.sarif'), 'utf8'));
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.runs[0].results.length, 0);
  writeFileSync(join(dir, '.community/draft.md'), 'We are SO SORRY!!! Call +7 912 345-67-89.\n');
  const bad = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8' });
  assert.equal(bad.status, 1);
  assert.ok(JSON.parse(readFileSync(join(dir, 'tone-lint.sarif'), 'utf8')).runs[0].results.length >= 2);
});

test('the pre-commit hook blocks a commit with an off-brand staged reply and lets a clean one through', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kit-hook-'));
  const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
  git('init', '-q');
  cpSync('examples/ru/.community', join(dir, '.community'), { recursive: true });
  git('add', '.');
  const hook = resolve('examples/ci/pre-commit');
  const run = () => spawnSync('sh', [hook], { cwd: dir, encoding: 'utf8', env: { ...process.env, TONE_LINT: CLI } });
  assert.equal(run().status, 0, run().stdout);
  writeFileSync(join(dir, '.community/draft.md'), 'Вы сами виноваты, ЧИТАЙТЕ ПРАВИЛА!!!\n');
  git('add', '.community/draft.md');
  const blocked = run();
  assert.equal(blocked.status, 1);
  assert.match(blocked.stdout, /ru\.blame/);
  assert.match(blocked.stderr, /fix them or commit with --no-verify/);
  // the working tree may differ: only the staged text counts
  writeFileSync(join(dir, '.community/draft.md'), 'Спасибо, что написали!\n');
  assert.equal(run().status, 1);
  git('add', '.community/draft.md');
  assert.equal(run().status, 0);
});
