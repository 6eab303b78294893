// A benchmark run inside the real VS Code (npm run bench:vscode), never a test: the time from an edit
// of a 2,000-line response file to its new diagnostics, and the extension's own activation time.
import * as vscode from 'vscode';
import { BUILTIN_CATALOG } from '../../src/core/builtin';
import { lintKitFile } from '../../src/core/kit/lint-file';
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
  const relative = vscode.workspace.asRelativePath(uri, false);
  const kit = api.kits.kitFor(uri)!;
  const settle = () => new Promise((r) => setTimeout(r, debounce + 600));
  await settle();
  const lintTimes: number[] = [];
  const coldTimes: number[] = [];
  const total: number[] = [];
  const fromChange: number[] = [];
  for (let k = 0; k < 12; k++) {
    const line = 9 + 10 * k;
    const col = doc.lineAt(line).text.length - 1;
    // Done when the extension has published diagnostics that include a finding in the inserted text
    // (not on any diagnostics event: VS Code delivers those up to 50 ms late, and earlier runs' too).
    const done = new Promise<number>((resolve) => {
      const sub = api.tone.onDidUpdate(() => {
        if (vscode.languages.getDiagnostics(uri).some((d) => d.range.start.line === line && d.range.start.character >= col - 1)) {
          sub.dispose();
          resolve(performance.now());
        }
      });
    });
    let changed = 0;
    const onChange = vscode.workspace.onDidChangeTextDocument((e) => {
      if (!changed && e.document.uri.toString() === uri.toString()) changed = performance.now();
    });
    const t0 = performance.now();
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(line, col), k % 2 ? ' Thanks!!!' : ' ЮЗЕР');
    await vscode.workspace.applyEdit(edit);
    const t1 = await done;
    onChange.dispose();
    total.push(t1 - t0);
    fromChange.push(t1 - changed);
    await settle(); // let the matrix index and the trees finish before the next edit
    const l0 = performance.now();
    api.tone.lintNow(doc);
    lintTimes.push(performance.now() - l0);
    const c0 = performance.now();
    lintKitFile(relative, doc.getText(), { config: kit.config, catalog: BUILTIN_CATALOG, kit: api.tone.kitIndex });
    coldTimes.push(performance.now() - c0);
  }
  console.log(`BENCH edit→diagnostics on a ${doc.lineCount}-line response file: median ${median(total).toFixed(0)} ms including the ${debounce} ms debounce → ${(median(total) - debounce).toFixed(0)} ms after it (target < 50 ms)`);
  console.log(`BENCH from the extension host's change event to published diagnostics: median ${median(fromChange).toFixed(0)} ms → ${(median(fromChange) - debounce).toFixed(0)} ms after the debounce`);
  console.log(`BENCH lint of that file: in the editor (segment cache, one entry changed) median ${median(lintTimes).toFixed(1)} ms; from scratch median ${median(coldTimes).toFixed(1)} ms`);
  console.log(`BENCH activation (the extension's own activate(), module load to return): ${api.timings.activateMs.toFixed(1)} ms`);
  await vscode.workspace.fs.delete(uri);
  console.log('1 passed, 0 failed');
}
