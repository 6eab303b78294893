// The response matrix in a real VS Code: tree, Insert Reply, preview, diagnostics, completion, hover.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { CommunityKitApi } from '../../src/extension/extension';

const ws = () => (vscode.workspace.workspaceFolders as readonly vscode.WorkspaceFolder[])[0]!.uri;
const file = (rel: string) => vscode.Uri.joinPath(ws(), rel);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function api(): Promise<CommunityKitApi> {
  const a = await vscode.extensions.getExtension<CommunityKitApi>('community-kit.community-kit')!.activate();
  await a.kits.ready();
  await a.responses.index.ready();
  return a;
}

suite('Response matrix in VS Code', () => {
  test('the tree groups entries by category, commenter type and channel, and filters', async () => {
    const a = await api();
    const tree = a.responses.tree;
    const labels = () => tree.getChildren().map((g) => (g as { label: string }).label);
    assert.ok(labels().includes('orders') && labels().includes('thanks'), labels().join());
    const orders = tree.getChildren().find((g) => (g as { label: string }).label === 'orders')!;
    assert.deepStrictEqual(tree.getChildren(orders).map((n) => (n as { entry: { id: string } }).entry.id).sort(), ['broken', 'order-where']);
    await vscode.commands.executeCommand('communityKit.responses.groupByCommenter');
    assert.ok(labels().some((l) => /Grateful/.test(l)), labels().join());
    await vscode.commands.executeCommand('communityKit.responses.groupByChannel');
    assert.ok(labels().includes('telegram') && labels().includes('x'), labels().join());
    await vscode.commands.executeCommand('communityKit.responses.filter', 'где заказ');
    assert.strictEqual(tree.getChildren().flatMap((g) => tree.getChildren(g)).length, 2, 'the entry shows under both its channels');
    await vscode.commands.executeCommand('communityKit.responses.filter', '');
    await vscode.commands.executeCommand('communityKit.responses.groupByCategory');
  });

  test('Insert Reply renders the entry with its values and inserts it at the cursor', async () => {
    await api();
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Reply: \n' });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(0, 7, 0, 7);
    const text = await vscode.commands.executeCommand<string>('communityKit.insertReply', 'order-where', { name: 'Олег' }, 'ru');
    assert.strictEqual(text, 'Олег, давайте проверим! Напишите номер заказа в личные сообщения.');
    assert.strictEqual(doc.lineAt(0).text, 'Reply: Олег, давайте проверим! Напишите номер заказа в личные сообщения.');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a bad template shows a diagnostic on the right line', async () => {
    const doc = await vscode.workspace.openTextDocument(file('.community/responses/orders.yaml'));
    await vscode.window.showTextDocument(doc);
    let d: vscode.Diagnostic | undefined;
    for (let i = 0; i < 100 && !d; i++) {
      d = vscode.languages.getDiagnostics(doc.uri).find((x) => typeof x.code === 'object' && x.code.value === 'kit/undeclared-variable');
      if (!d) await sleep(100);
    }
    assert.ok(d, 'undeclared variable reported');
    assert.strictEqual(doc.getText(d.range), 'nmae');
    assert.strictEqual(doc.lineAt(d.range.start.line).text.trim(), 'en: "Hi {{nmae}}, your order is on its way."');
  });

  test('completion and hover for {{variables}} inside templates', async () => {
    const doc = await vscode.workspace.openTextDocument(file('.community/responses/orders.yaml'));
    const line = doc.getText().split('\n').findIndex((l) => l.includes('Thank you, {{name}}'));
    const col = doc.lineAt(line).text.indexOf('{{name}}') + 2;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, col), '{');
    assert.ok(list.items.some((i) => i.label === 'name'), list.items.map((i) => i.label).join());
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, col + 1));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.match(text, /example: `Anna`/);
  });

  test('the preview renders the entry with its example values', async () => {
    await api();
    await vscode.commands.executeCommand('communityKit.responses.preview', 'order-where');
    const previewTab = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /responsePreview/.test(t.input.viewType));
    for (let i = 0; i < 50 && !previewTab(); i++) await sleep(100);
    assert.ok(previewTab(), 'the preview tab is open');
  });
});
