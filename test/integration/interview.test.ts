// Interview banks in a real VS Code: the tree grouped three ways, the filter, adding to a kit, export.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { CommunityKitApi } from '../../src/extension/extension';
import type { KitPanel } from '../../src/extension/interview/kitPanel';

const ws = () => (vscode.workspace.workspaceFolders as readonly vscode.WorkspaceFolder[])[0]!.uri;
const file = (rel: string) => vscode.Uri.joinPath(ws(), rel);

async function api(): Promise<CommunityKitApi> {
  const a = await vscode.extensions.getExtension<CommunityKitApi>('community-kit.community-kit')!.activate();
  await a.interview.ready();
  return a;
}
const labels = (a: CommunityKitApi) => a.interview.getChildren().map((g) => `${(g as { label: string }).label}:${(g as { items: unknown[] }).items.length}`);

suite('Interview questions in VS Code', () => {
  test('the tree groups the bank three ways and the filter narrows it', async () => {
    const a = await api();
    assert.deepStrictEqual(labels(a), ['Events and meetups:2', 'Negativity and crises:1']);
    await vscode.commands.executeCommand('communityKit.interview.groupByCompetency');
    assert.deepStrictEqual(labels(a), ['Crisis communication:2', 'Running events:2']);
    await vscode.commands.executeCommand('communityKit.interview.groupByLevel');
    assert.deepStrictEqual(labels(a), ['junior:1', 'middle:1', 'senior:1']);
    await vscode.commands.executeCommand('communityKit.interview.filter', 'ВСТРЕЧ');
    assert.deepStrictEqual(labels(a), ['junior:1', 'senior:1']);
    await vscode.commands.executeCommand('communityKit.interview.filter', 'angry');
    assert.deepStrictEqual(labels(a), ['middle:1']);
    await vscode.commands.executeCommand('communityKit.interview.filter', '');
    await vscode.commands.executeCommand('communityKit.interview.groupByCategory');
  });

  test('adding questions builds the kit file and keeps its comments', async () => {
    const a = await api();
    const events = a.interview.getChildren().find((g) => (g as { label: string }).label === 'Events and meetups')!;
    const nodes = a.interview.getChildren(events);
    const kit = file('.community/interview/kits/friday.kit.yaml');
    await vscode.commands.executeCommand('communityKit.interview.addToKit', nodes[0], nodes, kit);
    const text = (await vscode.workspace.openTextDocument(kit)).getText();
    assert.strictEqual(text, '# Friday interview — keep this comment\ntitle: Friday\nquestions:\n  - id: troll-storm   # first\n  - id: meetup-plan\n  - id: nobody-came\n');
    const fresh = file('.community/interview/kits/new.kit.yaml');
    await vscode.commands.executeCommand('communityKit.interview.addToKit', nodes[0], [nodes[0]], fresh);
    assert.match((await vscode.workspace.openTextDocument(fresh)).getText(), /questions:\n {2}- id: meetup-plan\n/);
  });

  test('the kit view refuses to save over a kit that changed since it read it, and saves after a reload', async () => {
    await api();
    const kit = file('.community/interview/kits/friday.kit.yaml');
    const panel = (await vscode.commands.executeCommand<KitPanel>('communityKit.interview.openKit', kit))!;
    const model = await panel.model();
    const rows = model.rows.map((r) => ({ id: r.id, minutes: r.minutes }));
    // meanwhile a question is added in the editor (or from the tree)
    const doc = await vscode.workspace.openTextDocument(kit);
    const added = new vscode.WorkspaceEdit();
    added.insert(kit, doc.positionAt(doc.getText().length), '  - id: added-meanwhile\n');
    assert.ok(await vscode.workspace.applyEdit(added));
    const before = doc.getText();
    assert.strictEqual(await panel.handle({ type: 'saveKit', rows: [...rows].reverse() }), false, 'refused');
    assert.strictEqual(doc.getText(), before, 'nothing written');
    assert.match(doc.getText(), /added-meanwhile/);
    // after a reload the view has the new question, and saving works
    const fresh = await panel.model();
    assert.ok(fresh.rows.some((r) => r.id === 'added-meanwhile'));
    const beforeSave = doc.getText();
    assert.strictEqual(await panel.handle({ type: 'saveKit', rows: fresh.rows.map((r) => ({ id: r.id, minutes: r.minutes })).reverse() }), true);
    const saved = doc.getText();
    assert.ok(saved.indexOf('added-meanwhile') < saved.indexOf('troll-storm'), saved);
    assert.match(saved, /^# Friday interview — keep this comment\ntitle: Friday\n/);
    // the edit is undoable
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), beforeSave);
    await vscode.commands.executeCommand('workbench.action.files.save');
    panel.panel.dispose();
  });

  test('the scorecard exports to Markdown with the competency summary', async () => {
    await api();
    const out = await vscode.commands.executeCommand<vscode.Uri>('communityKit.interview.exportScorecard', file('.community/interview/kits/friday.scorecard.yaml'), 'md');
    const md = new TextDecoder().decode(await vscode.workspace.fs.readFile(out));
    assert.strictEqual(
      md,
      '# Interview scorecard: Alex\n\n- **Recommendation: Strong yes**\n\n| Question | Score | Notes |\n|---|---:|---|\n| At night a post gets hundreds of angry comments. What do you do? | 4 | Calm \\<b\\>and\\</b\\> clear |\n| How would you organise a meetup for 30 people? | 2 |  |\n\n## Competencies\n\n| Competency | Mean |\n|---|---:|\n| Crisis communication | 4 |\n| Running events | 2 |\n',
    );
    const htmlUri = await vscode.commands.executeCommand<vscode.Uri>('communityKit.interview.exportScorecard', file('.community/interview/kits/friday.scorecard.yaml'), 'html');
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(htmlUri));
    assert.match(html, /Calm &lt;b&gt;and&lt;\/b&gt; clear/);
  });
});
