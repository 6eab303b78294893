// The "Responses" tree: entries grouped by category, commenter type or channel (switchable), with a
// filter, counts per group and a problem badge on entries with findings. A click opens the entry.
import * as vscode from 'vscode';
import { searchEntries, type ResponseEntry } from '../../core/responses/matrix';
import { localize } from '../../core/types';
import { uiLang } from '../util/names';
import type { ToneDiagnostics } from '../tone/diagnostics';
import type { MatrixIndex } from './matrixIndex';

export type GroupBy = 'category' | 'commenter' | 'channel';
export type ResponseNode = { type: 'group'; label: string; items: { entry: ResponseEntry; uri: vscode.Uri }[] } | { type: 'entry'; entry: ResponseEntry; uri: vscode.Uri };

export class ResponsesTree implements vscode.TreeDataProvider<ResponseNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ResponseNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  groupBy: GroupBy = 'category';
  filter = '';
  view: vscode.TreeView<ResponseNode> | undefined;
  private readonly subs: vscode.Disposable[];

  constructor(
    private readonly index: MatrixIndex,
    private readonly diagnostics: ToneDiagnostics,
  ) {
    this.subs = [index.onDidChange(() => this.refresh()), diagnostics.onDidUpdate(() => this.refresh())];
  }

  refresh(): void {
    if (this.view) this.view.description = this.filter ? `“${this.filter}”` : undefined;
    this.emitter.fire(undefined);
  }

  private commenterLabel(c: string | undefined): string {
    const labels: Record<string, string> = { grateful: vscode.l10n.t('Grateful'), neutral: vscode.l10n.t('Neutral questions'), critic: vscode.l10n.t('Constructive critics'), troll: vscode.l10n.t('Destructive trolls') };
    return c ? labels[c] ?? c : vscode.l10n.t('Any commenter');
  }

  getChildren(node?: ResponseNode): ResponseNode[] {
    if (node?.type === 'group') return node.items.map((x) => ({ type: 'entry', ...x }));
    if (node) return [];
    const all = this.index.entries();
    const shown = this.filter ? searchEntries(all.map((x) => x.entry), this.filter).map((h) => all.find((x) => x.entry === h.entry)!) : all;
    const groups = new Map<string, { entry: ResponseEntry; uri: vscode.Uri }[]>();
    for (const x of shown) {
      const keys = this.groupBy === 'category' ? [x.entry.category] : this.groupBy === 'commenter' ? [this.commenterLabel(x.entry.commenter)] : x.entry.channels.length ? x.entry.channels : [vscode.l10n.t('any channel')];
      for (const k of keys) groups.set(k, [...(groups.get(k) ?? []), x]);
    }
    return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([label, items]) => ({ type: 'group', label, items }));
  }

  /** Problems and findings (not info) inside an entry, whether its file is open or not (background results). */
  private problemsOf(uri: vscode.Uri, e: ResponseEntry): number {
    const r = this.diagnostics.anyResultFor(uri);
    if (!r) return 0;
    return [...r.problems, ...r.findings].filter((f) => f.severity !== 'info' && f.start >= e.start && f.end <= e.end).length;
  }

  getTreeItem(node: ResponseNode): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.items.length);
      item.iconPath = new vscode.ThemeIcon('folder');
      return item;
    }
    const e = node.entry;
    const lang = uiLang();
    const item = new vscode.TreeItem(localize(e.title, lang), vscode.TreeItemCollapsibleState.None);
    const problems = this.problemsOf(node.uri, e);
    item.description = [e.id, problems ? `⚠ ${problems}` : ''].filter(Boolean).join(' ');
    item.iconPath = new vscode.ThemeIcon(problems ? 'warning' : 'comment');
    const t = e.templates.find((x) => x.lang === lang) ?? e.templates[0];
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${localize(e.title, lang)}** — \`${e.id}\`\n\n`);
    if (t) md.appendCodeblock(t.text, 'handlebars');
    if (e.replyWithin) md.appendMarkdown(`\n${vscode.l10n.t('Reply within {0}', e.replyWithin)}`);
    item.tooltip = md;
    item.contextValue = 'response';
    item.resourceUri = node.uri;
    item.command = { command: 'communityKit.responses.openEntry', title: vscode.l10n.t('Open'), arguments: [node.uri, e.idStart] };
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
    for (const s of this.subs) s.dispose();
  }
}
