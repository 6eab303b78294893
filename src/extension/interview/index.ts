// Interview banks in VS Code: the "Interview Questions" tree (by category, competency or level, with
// a bilingual filter, counts and the strong answer in the tooltip), adding selected questions to an
// interview kit file (a WorkspaceEdit that keeps the file's comments), and scorecard exports.
import * as vscode from 'vscode';
import { addToKit, filterQuestions, groupQuestions, parseBank, parseScorecard, scorecardHtml, scorecardMarkdown, type Bank, type GroupBy, type Question } from '../../core/interview/bank';
import { localize } from '../../core/types';
import { uiLang } from '../util/names';
import { applyToFile } from '../tone/commands';
import { KitPanel } from './kitPanel';
import { toRange } from '../util/convert';

const BANK_GLOB = '**/.community/interview/*.{yaml,yml}';
export type InterviewNode = { type: 'group'; key: string; label: string; items: Question[] } | { type: 'question'; q: Question; uri: vscode.Uri };

export class InterviewTree implements vscode.TreeDataProvider<InterviewNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<InterviewNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  readonly banks = new Map<string, Bank>();
  groupBy: GroupBy = 'category';
  filter = '';
  view: vscode.TreeView<InterviewNode> | undefined;
  private loading: Promise<void> | undefined;
  private readonly subs: vscode.Disposable[] = [];

  constructor() {
    const w = vscode.workspace.createFileSystemWatcher(BANK_GLOB);
    const reload = (u: vscode.Uri) => void this.read(u).then(() => this.refresh());
    this.subs.push(w, w.onDidCreate(reload), w.onDidChange(reload), w.onDidDelete((u) => {
      this.banks.delete(u.toString());
      this.refresh();
    }));
  }

  ready(): Promise<void> {
    return (this.loading ??= (async () => {
      for (const u of await vscode.workspace.findFiles(BANK_GLOB)) await this.read(u);
      this.refresh();
    })());
  }

  private async read(uri: vscode.Uri): Promise<void> {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    this.banks.set(uri.toString(), parseBank(text, vscode.workspace.asRelativePath(uri, false)));
  }

  refresh(): void {
    if (this.view) this.view.description = this.filter ? `“${this.filter}”` : undefined;
    this.emitter.fire(undefined);
  }

  questions(): { q: Question; uri: vscode.Uri; bank: Bank }[] {
    return [...this.banks].flatMap(([u, bank]) => bank.questions.map((q) => ({ q, uri: vscode.Uri.parse(u), bank })));
  }

  private title(key: string): string {
    for (const b of this.banks.values()) {
      const t = this.groupBy === 'category' ? b.categories[key] : this.groupBy === 'competency' ? b.competencies[key] : undefined;
      if (t) return localize(t, uiLang());
    }
    return key;
  }

  getChildren(node?: InterviewNode): InterviewNode[] {
    const all = this.questions();
    if (node?.type === 'group') {
      const uriOf = new Map(all.map((x) => [x.q, x.uri])); // one lookup per question, not a scan
      return node.items.map((q) => ({ type: 'question', q, uri: uriOf.get(q)! }));
    }
    if (node) return [];
    const shown = filterQuestions(all.map((x) => x.q), this.filter);
    return [...groupQuestions(shown, this.groupBy)].map(([key, items]): InterviewNode => ({ type: 'group', key, label: this.title(key), items })).sort((a, b) => (a.type === 'group' && b.type === 'group' ? a.label.localeCompare(b.label) : 0));
  }

  getTreeItem(node: InterviewNode): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.label, this.filter ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.description = String(node.items.length);
      item.iconPath = new vscode.ThemeIcon('folder');
      return item;
    }
    const lang = uiLang();
    const q = node.q;
    const item = new vscode.TreeItem(localize(q.question, lang), vscode.TreeItemCollapsibleState.None);
    item.description = [q.level, q.time ? `${q.time}′` : ''].filter(Boolean).join(' · ');
    const md = new vscode.MarkdownString(`**${localize(q.question, lang)}**\n\n`);
    if (q.strongAnswer) md.appendMarkdown(`${vscode.l10n.t('A strong answer')}: ${localize(q.strongAnswer, lang)}`);
    item.tooltip = md;
    item.iconPath = new vscode.ThemeIcon('question');
    item.contextValue = 'interviewQuestion';
    item.command = { command: 'communityKit.responses.openEntry', title: vscode.l10n.t('Open'), arguments: [node.uri, q.idStart] };
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
    for (const s of this.subs) s.dispose();
  }
}

export function registerInterview(context: vscode.ExtensionContext): InterviewTree {
  const tree = new InterviewTree();
  const view = vscode.window.createTreeView<InterviewNode>('communityKit.interview', { treeDataProvider: tree, canSelectMany: true, showCollapseAll: true });
  tree.view = view;
  const reg = (id: string, fn: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  const groupBy = (g: GroupBy) => () => {
    tree.groupBy = g;
    tree.refresh();
  };
  reg('communityKit.interview.groupByCategory', groupBy('category'));
  reg('communityKit.interview.groupByCompetency', groupBy('competency'));
  reg('communityKit.interview.groupByLevel', groupBy('level'));
  reg('communityKit.interview.filter', async (value?: string) => {
    const v = value ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Filter Interview Questions'), value: tree.filter, prompt: vscode.l10n.t('Words in either language; empty clears the filter') }));
    if (v === undefined) return;
    tree.filter = v.trim();
    tree.refresh();
  });

  // Add the selected questions to a kit: pick an existing kit file or create one; the file is edited
  // with a WorkspaceEdit (undoable), its comments and formatting kept.
  reg('communityKit.interview.addToKit', async (clicked?: InterviewNode, selected?: InterviewNode[], kitUri?: vscode.Uri) => {
    await tree.ready();
    const nodes = selected?.length ? selected : clicked ? [clicked] : view.selection;
    const items = nodes.flatMap((n) => (n.type === 'question' ? [n.q] : n.items)).map((q) => ({ id: q.id }));
    if (!items.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select questions in the Interview Questions view first.'));
      return undefined;
    }
    let target = kitUri;
    if (!target) {
      const kits = await vscode.workspace.findFiles('**/.community/interview/kits/*.kit.yaml');
      const newKit = vscode.l10n.t('New interview kit...');
      const pick = await vscode.window.showQuickPick([newKit, ...kits.map((k) => vscode.workspace.asRelativePath(k))], { title: vscode.l10n.t('Add {0} questions to which kit?', items.length) });
      if (!pick) return undefined;
      if (pick === newKit) {
        const name = await vscode.window.showInputBox({ title: vscode.l10n.t('Kit name'), value: 'interview', validateInput: (v) => (/^[\w-]+$/.test(v) ? undefined : vscode.l10n.t('Letters, digits, - and _ only')) });
        const folder = vscode.workspace.workspaceFolders?.[0];
        if (!name || !folder) return undefined;
        target = vscode.Uri.joinPath(folder.uri, '.community', 'interview', 'kits', `${name}.kit.yaml`);
      } else target = kits.find((k) => vscode.workspace.asRelativePath(k) === pick);
    }
    if (!target) return undefined;
    let text: string | undefined;
    try {
      text = (await vscode.workspace.openTextDocument(target)).getText();
    } catch {
      text = undefined;
    }
    if (text === undefined) {
      const edit = new vscode.WorkspaceEdit();
      const body = `# ${vscode.l10n.t('Interview kit')}\ntitle: ${target.path.split('/').pop()!.replace(/\.kit\.yaml$/, '')}\nquestions:\n${items.map((q) => `  - id: ${q.id}`).join('\n')}\n`;
      edit.createFile(target, { contents: new TextEncoder().encode(body) });
      await vscode.workspace.applyEdit(edit);
    } else {
      await applyToFile(target, text, addToKit(text, items));
    }
    return target;
  });

  reg('communityKit.interview.exportScorecard', async (uri?: vscode.Uri, format?: 'md' | 'html') => {
    await tree.ready();
    const source = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!source || !/\.scorecard\.ya?ml$/.test(source.path)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a .scorecard.yaml file to export it.'));
      return undefined;
    }
    const fmt = format ?? ((await vscode.window.showQuickPick(['md', 'html'], { title: vscode.l10n.t('Export as') })) as 'md' | 'html' | undefined);
    if (!fmt) return undefined;
    const card = parseScorecard((await vscode.workspace.openTextDocument(source)).getText());
    const map = new Map(tree.questions().map((x) => [x.q.id, x.q]));
    const competencies = Object.assign({}, ...[...tree.banks.values()].map((b) => b.competencies));
    const lang = uiLang();
    const out = fmt === 'md' ? scorecardMarkdown(card, map, competencies, lang) : scorecardHtml(card, map, competencies, lang);
    const target = source.with({ path: source.path.replace(/\.ya?ml$/, `.${fmt}`) });
    // Through a WorkspaceEdit, so an earlier export that is overwritten can be got back with undo;
    // asked first when the command runs from the UI.
    const exists = await vscode.workspace.fs.stat(target).then(
      () => true,
      () => false,
    );
    if (exists && !format) {
      const replace = vscode.l10n.t('Replace');
      const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Replace it with the new export?', vscode.workspace.asRelativePath(target)), { modal: true }, replace);
      if (answer !== replace) return undefined;
    }
    const edit = new vscode.WorkspaceEdit();
    if (exists) {
      const doc = await vscode.workspace.openTextDocument(target);
      edit.replace(target, toRange(doc, 0, doc.getText().length), out);
      if (!(await vscode.workspace.applyEdit(edit))) return undefined;
      await doc.save();
    } else {
      edit.createFile(target, { contents: new TextEncoder().encode(out) });
      if (!(await vscode.workspace.applyEdit(edit))) return undefined;
    }
    return target;
  });

  reg('communityKit.interview.openKit', async (uri?: vscode.Uri) => {
    let kit = uri ?? (/\.kit\.ya?ml$/.test(vscode.window.activeTextEditor?.document.uri.path ?? '') ? vscode.window.activeTextEditor!.document.uri : undefined);
    if (!kit) {
      const kits = await vscode.workspace.findFiles('**/.community/interview/kits/*.kit.yaml');
      const pick = await vscode.window.showQuickPick(kits.map((k) => vscode.workspace.asRelativePath(k)), { title: vscode.l10n.t('Open which interview kit?') });
      kit = kits.find((k) => vscode.workspace.asRelativePath(k) === pick);
    }
    if (kit) return KitPanel.show(context.extensionUri, tree, kit);
    return undefined;
  });
  context.subscriptions.push(
    tree,
    view,
    vscode.window.registerWebviewPanelSerializer(KitPanel.viewType, {
      async deserializeWebviewPanel(panel, state) {
        KitPanel.revive(panel, context.extensionUri, tree, state);
      },
    }),
  );
  void tree.ready();
  return tree;
}
