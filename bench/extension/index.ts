// A benchmark run inside the real VS Code (npm run bench:vscode), never a test: the time from an edit
// of a 2,000-line response file to its new diagnostics, and the extension's own activation time.
import * as vscode from 'vscode';
import type { CommunityKitApi } from '../../src/extension/extension';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension<CommunityKitApi>('community-kit.community-kit')!;
  const api = await ext.activate();
  await api.kits.ready();
  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  const lines = ['responses:'];
  for (let i = 0; lines.length < 2000; i++) {
    lines.push(`  - id: bench-${i}`, `    title: Bench ${i}`, '    category: bench', '    commenter: neutral', '    channels: [telegram]', '    variables:', '      name: { description: Name, example: Sam }', '    reply:', `      en: "Hi {{name}}, thanks for asking about order ${i}. We'll check and reply today."`, `      ru: "{{name}}, спасибо за вопрос о заказе ${i}. Проверим и ответим сегодня."`);
  }
  const uri = vscode.Uri.joinPath(folder, '.community/responses/bench.yaml');
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(lines.join('\n') + '\n'));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  const debounce = vscode.workspace.getConfiguration('communityKit').get<number>('tone.debounceMs', 250);
  const lintTimes: number[] = [];
  const total: number[] = [];
  for (let k = 0; k < 12; k++) {
    const line = 9 + 10 * k;
    const done = new Promise<number>((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === uri.toString())) {
          sub.dispose();
          resolve(performance.now());
        }
      });
    });
    const t0 = performance.now();
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(line, doc.lineAt(line).text.length - 1), k % 2 ? ' Thanks!!!' : ' ЮЗЕР');
    await vscode.workspace.applyEdit(edit);
    const t1 = await done;
    total.push(t1 - t0);
    const l0 = performance.now();
    api.tone.lintNow(doc);
    lintTimes.push(performance.now() - l0);
  }
  console.log(`BENCH edit→diagnostics on a ${doc.lineCount}-line response file: median ${median(total).toFixed(0)} ms including the ${debounce} ms debounce → ${(median(total) - debounce).toFixed(0)} ms after it (target < 50 ms); lint alone median ${median(lintTimes).toFixed(1)} ms`);
  console.log(`BENCH activation (the extension's own activate(), module load to return): ${api.timings.activateMs.toFixed(1)} ms`);
  await vscode.workspace.fs.delete(uri);
  console.log('1 passed, 0 failed');
}
