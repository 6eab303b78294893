// Etiquette in a real VS Code: tree, go-to-definition and hover from a response entry, unknown ids,
// and the moderation notice.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { CommunityKitApi } from '../../src/extension/extension';

const ws = () => (vscode.workspace.workspaceFolders as readonly vscode.WorkspaceFolder[])[0]!.uri;
const file = (rel: string) => vscode.Uri.joinPath(ws(), rel);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function api(): Promise<CommunityKitApi> {
  const a = await vscode.extensions.getExtension<CommunityKitApi>('community-kit.community-kit')!.activate();
  await a.etiquette.ready();
  return a;
}

async function responseDoc(extra = '') {
  const uri = file('.community/responses/moderation.yaml');
  const text = `responses:\n  - id: warn\n    title: Warning\n    etiquette: [no-attacks${extra}]\n    reply: { en: "Thanks for understanding, let's keep it friendly." }\n`;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  return doc;
}

suite('Etiquette in VS Code', () => {
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(file('.community/responses/moderation.yaml'));
    await sleep(500);
  });

  test('the index holds the starter rules and the ladder', async () => {
    const a = await api();
    assert.deepStrictEqual([...a.etiquette.ids()].sort(), ['appeal', 'no-attacks', 'no-illegal', 'no-politics', 'no-spam', 'on-topic', 'privacy', 'respect']);
    assert.deepStrictEqual(a.etiquette.all()[0]!.doc.ladder.map((s) => s.step), ['note', 'warning', 'block', 'ban']);
  });

  test('go to definition and hover from a response entry', async () => {
    await api();
    const doc = await responseDoc();
    const pos = new vscode.Position(3, doc.lineAt(3).text.indexOf('no-attacks') + 3);
    const defs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', doc.uri, pos);
    assert.strictEqual(defs.length, 1);
    assert.match(defs[0]!.uri.path, /etiquette\.md$/);
    const target = await vscode.workspace.openTextDocument(defs[0]!.uri);
    assert.match(target.lineAt(defs[0]!.range.start.line).text, /^## R2\. No personal attacks \{#no-attacks\}$/);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.match(text, /No personal attacks/);
    assert.match(text, /Argue with ideas, not with people/);
  });

  test('an unknown rule id shows a diagnostic', async () => {
    await api();
    const doc = await responseDoc(', no-such-rule');
    let d: vscode.Diagnostic | undefined;
    for (let i = 0; i < 100 && !d; i++) {
      d = vscode.languages.getDiagnostics(doc.uri).find((x) => typeof x.code === 'object' && x.code.value === 'kit/unknown-etiquette-rule');
      if (!d) await sleep(100);
    }
    assert.ok(d);
    assert.strictEqual(doc.getText(d.range), 'no-such-rule');
  });

  test('references and completion of rule ids', async () => {
    await api();
    const doc = await responseDoc();
    const pos = new vscode.Position(3, doc.lineAt(3).text.indexOf('no-attacks') + 1);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, pos);
    assert.ok(refs.some((r) => /moderation\.yaml$/.test(r.uri.path)), refs.map((r) => r.uri.path).join());
    const at = new vscode.Position(3, doc.lineAt(3).text.indexOf('[') + 1);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at);
    assert.ok(list.items.some((i) => i.label === 'no-spam'));
  });

  test('Write Moderation Notice produces the notice for the rule and the step', async () => {
    await api();
    const text = await vscode.commands.executeCommand<string>('communityKit.writeModerationNotice', { ruleId: 'no-spam', violation: 1, name: 'Sam' });
    assert.strictEqual(text, 'Sam, your comment breaks our rule “No spam or ads”, one we enforce without a warning, so commenting is paused for 3 days. After that, you are welcome back in the discussion. If you think we got it wrong, send us a private message and a moderator who was not involved will take another look.');
    const second = await vscode.commands.executeCommand<string>('communityKit.writeModerationNotice', { ruleId: 'respect', violation: 2, name: 'Ann' });
    assert.match(second, /^Ann, your comment breaks our rule “Respect each other”, so we have hidden it\./);
  });
});
