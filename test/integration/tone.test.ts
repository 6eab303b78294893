// Tone-lint inside a real VS Code: diagnostics, quick fixes, commands, the tree and the guide edits.
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as vscode from 'vscode';
import type { CommunityKitApi } from '../../src/extension/extension';

const EXT_ID = 'community-kit.community-kit';
const ws = () => (vscode.workspace.workspaceFolders as readonly vscode.WorkspaceFolder[])[0]!.uri;
const file = (rel: string) => vscode.Uri.joinPath(ws(), rel);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function api(): Promise<CommunityKitApi> {
  const ext = vscode.extensions.getExtension<CommunityKitApi>(EXT_ID);
  assert.ok(ext, 'extension is installed');
  const a = await ext.activate();
  await a.kits.ready();
  return a;
}

async function diagnosticsOf(uri: vscode.Uri, pred: (d: readonly vscode.Diagnostic[]) => boolean = (d) => d.length > 0, timeout = 10_000) {
  const t0 = Date.now();
  for (;;) {
    const d = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'Community Kit');
    if (pred(d)) return d;
    if (Date.now() - t0 > timeout) assert.fail(`diagnostics for ${uri.path} never matched; have: ${JSON.stringify(d.map((x) => [x.code, x.message]))}`);
    await sleep(100);
  }
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function open(rel: string) {
  const doc = await vscode.workspace.openTextDocument(file(rel));
  await vscode.window.showTextDocument(doc);
  return doc;
}

async function quickFixes(doc: vscode.TextDocument, range: vscode.Range) {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
}

async function revert(doc: vscode.TextDocument) {
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

suite('Tone-lint in VS Code', () => {
  test('the extension activates and every contributed command has a handler', async () => {
    await api();
    const registered = new Set(await vscode.commands.getCommands(true));
    const pkg = vscode.extensions.getExtension(EXT_ID)!.packageJSON as { contributes: { commands: { command: string }[] } };
    for (const c of pkg.contributes.commands) assert.ok(registered.has(c.command), `${c.command} has a handler`);
  });

  test('opening a kit file shows findings at the right ranges', async () => {
    await api();
    const doc = await open('.community/replies/offbrand.md');
    const diags = await diagnosticsOf(doc.uri, (d) => d.length >= 4);
    const at = (code: string) => diags.find((d) => codeOf(d) === code);
    const slang = at('ru.slang')!;
    assert.ok(slang, 'ru.slang finding');
    assert.strictEqual(doc.getText(slang.range), 'юзер');
    assert.strictEqual(doc.getText(at('en.shouting')!.range), 'OPEN');
    assert.strictEqual(doc.getText(at('en.exclamations')!.range), '!!!');
    assert.strictEqual(doc.getText(at('ru.condescension')!.range), 'Как мы уже писали');
    assert.strictEqual(at('en.shouting')!.severity, vscode.DiagnosticSeverity.Error);
    assert.match(String((at('ru.slang')!.code as { target: vscode.Uri }).target), /docs\/rules\.md#ruslang/);
  });

  test('a file outside the kit is not linted', async () => {
    const doc = await open('notes.txt');
    await sleep(800);
    assert.strictEqual(vscode.languages.getDiagnostics(doc.uri).length, 0);
  });

  test('quick fix: the rule’s fix replaces the word with its inflected preferred form', async () => {
    const doc = await open('.community/faq.yaml');
    const diags = await diagnosticsOf(doc.uri, (d) => d.some((x) => codeOf(x) === 'ru.slang'));
    const slang = diags.find((d) => codeOf(d) === 'ru.slang')!;
    const fixes = await quickFixes(doc, slang.range);
    const preferred = fixes.find((a) => a.isPreferred);
    assert.ok(preferred?.edit, `a preferred fix among ${fixes.map((f) => f.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(preferred.edit));
    assert.match(doc.getText(), /reply: "Спасибо, пользователь!!! Рады помочь\."/);
    assert.match(doc.getText(), /# keep this comment/);
    await revert(doc);
  });

  test('quick fix: disable the rule for this line inserts the comment and the finding goes', async () => {
    const doc = await open('.community/faq.yaml');
    const diags = await diagnosticsOf(doc.uri, (d) => d.some((x) => codeOf(x) === 'en.shouting'));
    const shout = diags.find((d) => codeOf(d) === 'en.shouting')!;
    const action = (await quickFixes(doc, shout.range)).find((a) => /Disable en\.shouting/.test(a.title));
    assert.ok(action?.edit);
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    // the finding is inside a `reply: |` block: the comment goes above the key, not into the reply text
    const line = doc.lineAt(shout.range.start.line - 1).text;
    assert.strictEqual(line, '    # tone-lint-disable-next-line en.shouting');
    assert.match(doc.lineAt(shout.range.start.line).text, /^ {4}reply: \|$/);
    await diagnosticsOf(doc.uri, (d) => !d.some((x) => codeOf(x) === 'en.shouting'));
    await revert(doc);
  });

  test('quick fix: fix all of one rule in the file, and source.fixAll', async () => {
    const doc = await open('.community/replies/offbrand.md');
    await diagnosticsOf(doc.uri, (d) => d.some((x) => codeOf(x) === 'en.exclamations'));
    const fixAll = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.communityKit')) ?? [];
    assert.strictEqual(fixAll.length, 1);
    assert.ok(await vscode.workspace.applyEdit(fixAll[0]!.edit!));
    assert.match(doc.getText(), /Спасибо за вопрос, пользователь! Заказ/);
    assert.match(doc.getText(), /We are OPEN on Sunday! Come by\./);
    await revert(doc);
  });

  test('fix-on-save: plain source.fixAll right after typing fixes the current text, not the last lint’s offsets', async () => {
    const doc = await open('.community/replies/offbrand.md');
    await diagnosticsOf(doc.uri, (d) => d.some((x) => codeOf(x) === 'en.exclamations'));
    const typed = new vscode.WorkspaceEdit();
    typed.insert(doc.uri, new vscode.Position(0, 0), 'A line typed just now, before the debounce.\n\n');
    assert.ok(await vscode.workspace.applyEdit(typed));
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll')) ?? [];
    const ours = actions.filter((a) => a.kind?.value === 'source.fixAll.communityKit');
    assert.strictEqual(ours.length, 1, actions.map((a) => a.kind?.value).join());
    assert.ok(await vscode.workspace.applyEdit(ours[0]!.edit!));
    assert.match(doc.getText(), /^A line typed just now, before the debounce\.\n\n# Replies to check/);
    assert.match(doc.getText(), /We are OPEN on Sunday! Come by\./);
    assert.match(doc.getText(), /Спасибо за вопрос, пользователь! Заказ/);
    await revert(doc);
    // let the reverted text's own diagnostics arrive before the next test reads them
    await diagnosticsOf(doc.uri, (d) => d.some((x) => codeOf(x) === 'ru.slang' && x.range.start.line === 2));
  });

  test('quick fix: allow the word in the guide edits voice.yaml and keeps its comments', async () => {
    const a = await api();
    const doc = await open('.community/replies/offbrand.md');
    const diags = await diagnosticsOf(doc.uri, (d) => d.some((x) => codeOf(x) === 'ru.slang'));
    const slang = diags.find((d) => codeOf(d) === 'ru.slang')!;
    const allow = (await quickFixes(doc, slang.range)).find((x) => /Allow “юзер”/.test(x.title));
    assert.ok(allow?.command, 'an allow action');
    await vscode.commands.executeCommand(allow.command.command, ...(allow.command.arguments ?? []));
    const guide = await vscode.workspace.openTextDocument(file('.community/voice.yaml'));
    assert.match(guide.getText(), /allow:\n {2}- North Roast\n {2}- юзер\n/);
    assert.match(guide.getText(), /# A rule of our own/);
    await guide.save();
    await a.kits.reload();
    await diagnosticsOf(doc.uri, (d) => !d.some((x) => codeOf(x) === 'ru.slang'));
  });

  test('the guide is validated as you edit it, with exact positions', async () => {
    const doc = await open('.community/voice.yaml');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(doc.lineCount - 1, 0), '  en.no-such-rule: error\n');
    await vscode.workspace.applyEdit(edit);
    const diags = await diagnosticsOf(doc.uri, (d) => d.some((x) => codeOf(x) === 'kit/unknown-rule'));
    const d = diags.find((x) => codeOf(x) === 'kit/unknown-rule')!;
    assert.strictEqual(doc.getText(d.range), 'en.no-such-rule');
    await revert(doc);
  });

  test('the tree lists the voice and the rules by kind; change severity edits the guide', async () => {
    const a = await api();
    const roots = a.toneTree.getChildren();
    assert.strictEqual(roots[0]!.type, 'voice');
    const kinds = roots.filter((n) => n.type === 'kind').map((n) => (n as { kind: string }).kind);
    for (const k of ['banned', 'caps', 'pii', 'preferred']) assert.ok(kinds.includes(k), `kind ${k} in ${kinds}`);
    const banned = roots.find((n) => n.type === 'kind' && (n as { kind: string }).kind === 'banned')!;
    const ids = a.toneTree.getChildren(banned).map((n) => (n as { rule: { id: string } }).rule.id);
    assert.ok(ids.includes('en.insults') && ids.includes('ru.condescension'), ids.join());
    const attributes = a.toneTree.getChildren(roots[0]);
    assert.ok(attributes.length >= 3);
    assert.ok(await vscode.commands.executeCommand('communityKit.tone.changeSeverity', 'en.cliches', 'off'));
    const guide = await vscode.workspace.openTextDocument(file('.community/voice.yaml'));
    assert.match(guide.getText(), /\n {2}en\.cliches: off\n/);
    await revert(guide);
  });

  test('kit files that are not open are linted in the background for the views, not for the Problems panel', async () => {
    const a = await api();
    const uri = file('.community/replies/background.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Never opened\n\nWe are NEVER late, read the FAQ.\n'));
    // the watcher reloads the kit, and a background pass lints the new file
    const t0 = Date.now();
    while (!a.tone.anyResultFor(uri)?.findings.some((f) => f.rule === 'en.shouting') && Date.now() - t0 < 15_000) await sleep(200);
    assert.ok(a.tone.anyResultFor(uri)?.findings.some((f) => f.rule === 'en.shouting'), 'linted without being opened');
    assert.ok((a.tone.countsByRule().get('en.shouting') ?? 0) >= 1);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'not opened');
    assert.strictEqual(vscode.languages.getDiagnostics(uri).length, 0, 'nothing in the Problems panel for it');
    await vscode.workspace.fs.delete(uri);
  });

  test('tone-lint on the command line reports on a response file exactly what the editor shows', async () => {
    await api();
    const doc = await open('.community/responses/orders.yaml');
    // wait until the kit index (etiquette ids, other files) has been applied: the unknown variable shows
    const diags = await diagnosticsOf(doc.uri, (d) => d.some((x) => codeOf(x) === 'kit/undeclared-variable'));
    const cli = vscode.Uri.joinPath(vscode.extensions.getExtension('community-kit.community-kit')!.extensionUri, 'dist/cli.js').fsPath;
    const r = spawnSync(process.execPath, [cli, '--format', 'json', doc.uri.fsPath], { cwd: ws().fsPath, encoding: 'utf8' });
    assert.ok(r.stdout, r.stderr);
    const findings = (JSON.parse(r.stdout) as { files: { findings: { rule: string; line: number; column: number; endLine: number; endColumn: number }[] }[] }).files[0]!.findings;
    const fromCli = findings.map((f) => `${f.rule} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`).sort();
    const inEditor = diags.map((d) => `${codeOf(d)} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`).sort();
    assert.ok(fromCli.length >= 2, fromCli.join('\n'));
    assert.deepStrictEqual(inEditor, fromCli);
  });

  test('Check Reply on selected template text checks it in its context there', async () => {
    await api();
    const doc = await open('.community/responses/orders.yaml');
    const line = doc.getText().split('\n').findIndex((l) => l.includes("en: \"Let's check"));
    const text = doc.lineAt(line).text;
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(line, text.indexOf("Let's"), line, text.lastIndexOf('"'));
    const found = await vscode.commands.executeCommand<{ rule: string }[]>('communityKit.checkReply');
    // {{name}} is declared by the entry: not an unfilled placeholder here
    assert.ok(!found.some((f) => f.rule.endsWith('.placeholder')), found.map((f) => f.rule).join());
    const typed = await vscode.commands.executeCommand<{ rule: string }[]>('communityKit.checkReply', "Let's check, {{name}}!");
    assert.ok(typed.some((f) => f.rule === 'en.placeholder'), 'typed on its own it is a leftover');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });

  test('Lint Workspace reports files and findings; Check Reply lints a typed reply', async () => {
    await api();
    const r = await vscode.commands.executeCommand<{ files: number; findings: number }>('communityKit.lintWorkspace');
    assert.ok(r.files >= 3, `files ${r.files}`);
    assert.ok(r.findings >= 5, `findings ${r.findings}`);
    const found = await vscode.commands.executeCommand<{ rule: string }[]>('communityKit.checkReply', 'You are WRONG, read the FAQ!!!');
    assert.ok(found.some((f) => f.rule === 'en.shouting'));
    assert.ok(found.some((f) => f.rule === 'en.blame'));
  });

  test('diagnostics are cleared when the file closes', async () => {
    const doc = await open('.community/replies/offbrand.md');
    await diagnosticsOf(doc.uri);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await diagnosticsOf(doc.uri, (d) => d.length === 0);
  });
});

suite('Create Community Kit', () => {
  test('writes a starter kit into an empty folder, then never overwrites: a second run skips or merges', async () => {
    const folder = vscode.Uri.joinPath(ws(), 'new-kit');
    const first = await vscode.commands.executeCommand<{ created: number; merged: number; skipped: number }>('communityKit.createKit', { lang: 'both', folder });
    assert.deepStrictEqual(first, { created: 12, merged: 0, skipped: 0 });
    // the Responses tree shows the starter matrix: 41 entries a language, its categories in each language
    const a = await api();
    const starter = () => a.responses.index.entries().filter((x) => x.uri.path.includes('/new-kit/'));
    for (let i = 0; i < 75 && starter().length < 82; i++) await sleep(200);
    assert.strictEqual(starter().length, 82);
    const group = (label: string) => a.responses.tree.getChildren().find((g) => (g as { label?: string }).label === label);
    assert.strictEqual(a.responses.tree.getChildren(group('prices')).length, 6, 'the English price entries');
    assert.strictEqual(a.responses.tree.getChildren(group('цены')).length, 6, 'the Russian price entries');
    const voice = vscode.Uri.joinPath(folder, '.community/voice.yaml');
    await vscode.workspace.fs.writeFile(voice, new TextEncoder().encode('version: 1\n# mine\n'));
    const second = await vscode.commands.executeCommand<{ created: number; merged: number; skipped: number }>('communityKit.createKit', { lang: 'both', folder, mode: 'merge' });
    assert.deepStrictEqual(second, { created: 0, merged: 0, skipped: 12 });
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(voice)), 'version: 1\n# mine\n');
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });
});
