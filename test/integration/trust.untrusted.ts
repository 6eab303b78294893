// In a folder the user has not trusted (restricted mode), the extension runs with the built-in packs
// only: the guide's own rules — and with them any regular expression it holds — wait until the folder
// is trusted. Runs in its own code-server window with workspace trust on (test/vscode/run.mjs).
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { CommunityKitApi } from '../../src/extension/extension';

const ws = () => (vscode.workspace.workspaceFolders as readonly vscode.WorkspaceFolder[])[0]!.uri;
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

suite('An untrusted folder', () => {
  test('is linted with the built-in packs; the guide’s own rules do not run', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'the window opened the folder in restricted mode');
    const a = await vscode.extensions.getExtension<CommunityKitApi>('community-kit.community-kit')!.activate();
    await a.kits.ready();
    const uri = vscode.Uri.joinPath(ws(), '.community/replies/untrusted.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Check\n\nIt will definitely arrive tomorrow, we are NEVER late!!!\n'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    let codes: string[] = [];
    for (let i = 0; i < 100 && !codes.includes('en.shouting'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      codes = vscode.languages.getDiagnostics(uri).map(codeOf);
    }
    assert.ok(codes.includes('en.shouting'), `built-in findings: ${codes.join()}`);
    assert.ok(!codes.includes('brand.no-delivery-promises'), 'the guide’s own rule is not applied before trust');
    // the guide itself is still read: its voice shows in the tree
    assert.strictEqual(a.kits.all()[0]?.loaded?.guide.name, 'North Roast');
  });
});
