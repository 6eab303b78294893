// Localization in the real VS Code: with a Russian display language the extension's runtime strings
// come from l10n/bundle.l10n.ru.json and its contributions from package.nls.ru.json.
import * as assert from 'node:assert';
import * as vscode from 'vscode';

suite('Localization', () => {
  test('runtime strings follow the display language', async () => {
    const ext = vscode.extensions.getExtension('community-kit.community-kit')!;
    await ext.activate();
    console.log(`display language: ${vscode.env.language}`);
    if (vscode.env.language.startsWith('ru')) {
      assert.strictEqual(vscode.l10n.t('Tone Guide'), 'Гайд по тону');
      assert.strictEqual(vscode.l10n.t('{0} of {1} files, {2} findings', 1, 2, 3), '1 из 2 файлов, находок: 3');
      const pkg = ext.packageJSON as { contributes: { views: Record<string, { id: string; name: string }[]> } };
      assert.strictEqual(pkg.contributes.views.communityKit!.find((v) => v.id === 'communityKit.tone')!.name, 'Тон бренда');
    } else {
      assert.strictEqual(vscode.l10n.t('Tone Guide'), 'Tone Guide');
      const bundle = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'l10n', 'bundle.l10n.ru.json'));
      assert.strictEqual(JSON.parse(new TextDecoder().decode(bundle))['Tone Guide'], 'Гайд по тону');
    }
  });
});
