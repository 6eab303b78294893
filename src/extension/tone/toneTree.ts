// The "Tone of Voice" tree: the voice's attributes, then the rules grouped by kind, each with its
// severity and how many findings it has in the workspace. A click opens the rule's definition.
import * as vscode from 'vscode';
import { BUILTIN_CATALOG } from '../../core/builtin';
import type { CompiledRule } from '../../core/engine/lint';
import { localize } from '../../core/types';
import { COMMANDS } from '../commands';
import { kindName, severityName, uiLang } from '../util/names';
import type { KitService } from '../kit/kitService';
import type { ToneDiagnostics } from './diagnostics';

export type ToneNode =
  | { type: 'voice' }
  | { type: 'attribute'; index: number; label: string; description?: string }
  | { type: 'kind'; kind: string; rules: CompiledRule[]; off: string[] }
  | { type: 'rule'; rule: CompiledRule }
  | { type: 'off'; id: string };


export class ToneTree implements vscode.TreeDataProvider<ToneNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ToneNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subs: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly kits: KitService,
    private readonly diagnostics: ToneDiagnostics,
  ) {
    this.subs = [kits.onDidChange(() => this.refresh()), diagnostics.onDidUpdate(() => this.refreshSoon())];
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  private refreshSoon(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.refresh();
    }, 300);
  }

  getChildren(node?: ToneNode): ToneNode[] {
    const kit = this.kits.all()[0];
    const config = kit?.config ?? this.kits.defaultConfig;
    if (!node) {
      if (!this.kits.hasKit()) return []; // the welcome content offers Create Community Kit
      const byKind = new Map<string, CompiledRule[]>();
      for (const r of config.rules) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r]);
      const active = new Set(config.rules.map((r) => r.id));
      const off = [...config.known].filter((id) => !active.has(id));
      const kinds: ToneNode[] = [...byKind].sort(([a], [b]) => a.localeCompare(b)).map(([k, rules]) => ({ type: 'kind', kind: k, rules, off: [] }));
      if (off.length) kinds.push({ type: 'kind', kind: 'off', rules: [], off });
      return [{ type: 'voice' }, ...kinds];
    }
    if (node.type === 'voice') {
      const g = kit?.loaded?.guide;
      return (g?.attributes ?? []).map((a, index) => ({ type: 'attribute', index, label: localize(a.name, uiLang()), description: a.description ? localize(a.description, uiLang()) : undefined }));
    }
    if (node.type === 'kind') return node.kind === 'off' ? node.off.map((id) => ({ type: 'off', id })) : node.rules.map((rule) => ({ type: 'rule', rule }));
    return [];
  }

  getTreeItem(node: ToneNode): vscode.TreeItem {
    const lang = uiLang();
    switch (node.type) {
      case 'voice': {
        const g = this.kits.all()[0]?.loaded?.guide;
        const item = new vscode.TreeItem(g?.name ?? vscode.l10n.t('Voice (no guide yet)'), vscode.TreeItemCollapsibleState.Expanded);
        item.id = 'voice';
        item.iconPath = new vscode.ThemeIcon('megaphone');
        item.description = g?.summary ? localize(g.summary, lang) : undefined;
        item.tooltip = g?.summary ? localize(g.summary, lang) : vscode.l10n.t('Create .community/voice.yaml to describe the voice.');
        item.command = { command: COMMANDS.openToneGuide, title: vscode.l10n.t('Open Tone Guide') };
        return item;
      }
      case 'attribute': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.id = `attribute:${node.index}`;
        item.iconPath = new vscode.ThemeIcon('sparkle');
        item.description = node.description;
        item.tooltip = node.description;
        return item;
      }
      case 'kind': {
        const title = node.kind === 'off' ? vscode.l10n.t('Turned off') : kindName(node.kind);
        const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.Collapsed);
        // Stable ids: the tree refreshes as findings come in, and an expanded kind must stay expanded.
        item.id = `kind:${node.kind}`;
        item.iconPath = new vscode.ThemeIcon(node.kind === 'off' ? 'circle-slash' : 'symbol-class');
        const kindDef = BUILTIN_CATALOG.kinds.get(node.kind);
        item.tooltip = kindDef ? localize(kindDef.description, lang) : undefined;
        item.description = String(node.kind === 'off' ? node.off.length : node.rules.length);
        return item;
      }
      case 'rule': {
        const r = node.rule;
        const count = this.diagnostics.countsByRule().get(r.id) ?? 0;
        const item = new vscode.TreeItem(r.id, vscode.TreeItemCollapsibleState.None);
        item.id = `rule:${r.id}`;
        item.description = count ? `${severityName(r.severity)} · ${vscode.l10n.t('{0} findings', count)}` : severityName(r.severity);
        item.iconPath = new vscode.ThemeIcon(r.severity === 'error' ? 'error' : r.severity === 'warning' ? 'warning' : 'info');
        item.tooltip = new vscode.MarkdownString(`**${r.id}** — ${kindName(r.kind)}, ${severityName(r.severity)}\n\n${localize(r.def.description ?? r.message, lang)}\n\n_${r.origin}_`);
        item.contextValue = 'rule';
        item.command = { command: COMMANDS.openRule, title: vscode.l10n.t('Open Rule'), arguments: [r.id] };
        return Object.assign(item, { ruleId: r.id });
      }
      case 'off': {
        const item = new vscode.TreeItem(node.id, vscode.TreeItemCollapsibleState.None);
        item.id = `off:${node.id}`;
        item.description = severityName('off');
        item.iconPath = new vscode.ThemeIcon('circle-slash');
        item.contextValue = 'rule';
        item.command = { command: COMMANDS.openRule, title: vscode.l10n.t('Open Rule'), arguments: [node.id] };
        return Object.assign(item, { ruleId: node.id });
      }
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.emitter.dispose();
    for (const s of this.subs) s.dispose();
  }
}
