// Etiquette in VS Code: the docs of the workspace indexed, the "Etiquette" tree (rules and the
// ladder), go-to-definition, hover, references and completion for rule ids in response entries
// (`etiquette: [no-attacks]`) and Markdown (`rule:no-attacks`), and Write Moderation Notice.
import * as vscode from 'vscode';
import { uiLang } from '../util/names';
import { findRuleReferences, parseEtiquette, renderNotice, stepFor, type EtiquetteDoc, type EtiquetteRule, type LadderStep } from '../../core/etiquette/etiquette';
import { lintText } from '../../core/engine/lint';
import type { Lang } from '../../core/types';
import type { KitService } from '../kit/kitService';
import { toRange } from '../util/convert';

const GLOB = '**/.community/{etiquette*.md,etiquette/**/*.md}';
const isEtiquette = (uri: vscode.Uri) => /\/\.community\/(etiquette[^/]*\.md|etiquette\/.*\.md)$/.test(uri.path);

export class EtiquetteIndex implements vscode.Disposable {
  private readonly docs = new Map<string, EtiquetteDoc>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly subs: vscode.Disposable[] = [this.emitter];
  private loading: Promise<void> | undefined;

  constructor() {
    const w = vscode.workspace.createFileSystemWatcher(GLOB);
    this.subs.push(
      w,
      w.onDidCreate((u) => void this.read(u)),
      w.onDidChange((u) => void this.read(u)),
      w.onDidDelete((u) => {
        this.docs.delete(u.toString());
        this.emitter.fire();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isEtiquette(e.document.uri)) this.set(e.document.uri, e.document.getText());
      }),
    );
  }

  ready(): Promise<void> {
    return (this.loading ??= (async () => {
      for (const u of await vscode.workspace.findFiles(GLOB)) await this.read(u, false);
      this.emitter.fire();
    })());
  }

  private async read(uri: vscode.Uri, fire = true): Promise<void> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    this.set(uri, open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), fire);
  }

  private set(uri: vscode.Uri, text: string, fire = true): void {
    this.docs.set(uri.toString(), parseEtiquette(text, vscode.workspace.asRelativePath(uri, false)));
    if (fire) this.emitter.fire();
  }

  all(): { doc: EtiquetteDoc; uri: vscode.Uri }[] {
    return [...this.docs].map(([u, doc]) => ({ doc, uri: vscode.Uri.parse(u) }));
  }

  ids(): Set<string> {
    return new Set(this.all().flatMap((x) => x.doc.rules.map((r) => r.id)));
  }

  find(id: string): { rule: EtiquetteRule; doc: EtiquetteDoc; uri: vscode.Uri } | undefined {
    for (const { doc, uri } of this.all()) {
      const rule = doc.rules.find((r) => r.id === id);
      if (rule) return { rule, doc, uri };
    }
    return undefined;
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
  }
}

type Node = { type: 'rules' | 'ladder'; doc: EtiquetteDoc; uri: vscode.Uri } | { type: 'rule'; rule: EtiquetteRule; uri: vscode.Uri } | { type: 'step'; step: LadderStep; doc: EtiquetteDoc };

class EtiquetteTree implements vscode.TreeDataProvider<Node> {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  constructor(private readonly index: EtiquetteIndex) {
    index.onDidChange(() => this.emitter.fire(undefined));
  }
  getChildren(n?: Node): Node[] {
    if (!n) return this.index.all().flatMap(({ doc, uri }) => [{ type: 'rules', doc, uri } as Node, { type: 'ladder', doc, uri } as Node]);
    if (n.type === 'rules') return n.doc.rules.map((rule) => ({ type: 'rule', rule, uri: n.uri }));
    if (n.type === 'ladder') return n.doc.ladder.map((step) => ({ type: 'step', step, doc: n.doc }));
    return [];
  }
  getTreeItem(n: Node): vscode.TreeItem {
    if (n.type === 'rules' || n.type === 'ladder') {
      const item = new vscode.TreeItem(n.type === 'rules' ? vscode.l10n.t('Rules') : vscode.l10n.t('Sanctions ladder'), vscode.TreeItemCollapsibleState.Expanded);
      item.description = n.type === 'rules' ? `${n.doc.path} · ${n.doc.rules.length}` : String(n.doc.ladder.length);
      item.iconPath = new vscode.ThemeIcon(n.type === 'rules' ? 'law' : 'list-ordered');
      return item;
    }
    if (n.type === 'rule') {
      const item = new vscode.TreeItem(`${n.rule.number ? `${n.rule.number}. ` : ''}${n.rule.title}`, vscode.TreeItemCollapsibleState.None);
      item.description = n.rule.id;
      item.tooltip = new vscode.MarkdownString(n.rule.body);
      item.iconPath = new vscode.ThemeIcon('symbol-constant');
      item.contextValue = 'etiquetteRule';
      item.command = { command: 'communityKit.etiquette.openRule', title: vscode.l10n.t('Open Rule'), arguments: [n.rule.id] };
      return Object.assign(item, { ruleId: n.rule.id });
    }
    if (n.type !== 'step') return new vscode.TreeItem('');
    const item = new vscode.TreeItem(`${n.step.after}. ${stepLabel(n.step)}`, vscode.TreeItemCollapsibleState.None);
    const exceptions = Object.entries(n.doc.exceptions).filter(([, s]) => s === n.step.step).map(([r]) => r);
    item.description = exceptions.length ? vscode.l10n.t('also at once for: {0}', exceptions.join(', ')) : undefined;
    item.iconPath = new vscode.ThemeIcon(n.step.step === 'ban' ? 'circle-slash' : n.step.step === 'block' ? 'clock' : n.step.step === 'warning' ? 'warning' : 'info');
    return item;
  }
}

/** A ladder step as the UI names it: "Temporary block (3d)". */
function stepLabel(step: LadderStep): string {
  const names: Record<string, string> = { note: vscode.l10n.t('Note'), warning: vscode.l10n.t('Warning'), block: vscode.l10n.t('Temporary block'), ban: vscode.l10n.t('Permanent ban') };
  return `${names[step.step] ?? step.step}${step.duration ? ` (${step.duration})` : ''}`;
}

/** The rule id under the cursor: in `etiquette: [a, b]` of a response file, or `rule:id` anywhere. */
function idAt(doc: vscode.TextDocument, pos: vscode.Position): { id: string; range: vscode.Range } | undefined {
  const line = doc.lineAt(pos.line).text;
  for (const r of findRuleReferences(line)) {
    if (pos.character >= r.start && pos.character <= r.end) return { id: r.id, range: new vscode.Range(pos.line, r.start, pos.line, r.end) };
  }
  if (/^\s*(etiquette:\s*\[|-\s)/.test(line) && /\.community\/responses\//.test(doc.uri.path)) {
    const range = doc.getWordRangeAtPosition(pos, /[a-z0-9][a-z0-9-]*/);
    const inList = /etiquette:\s*\[/.test(line) || /^\s*etiquette:\s*$/.test(doc.lineAt(Math.max(0, pos.line - 1)).text);
    if (range && inList) return { id: doc.getText(range), range };
  }
  return undefined;
}

export function registerEtiquette(context: vscode.ExtensionContext, kits: KitService): EtiquetteIndex {
  const index = new EtiquetteIndex();
  const tree = new EtiquetteTree(index);
  const selector: vscode.DocumentSelector = [{ language: 'yaml', pattern: '**/.community/responses/**' }, { language: 'markdown' }];
  const open = async (id: string) => {
    await index.ready();
    const f = index.find(id);
    if (!f) return false;
    const doc = await vscode.workspace.openTextDocument(f.uri);
    await vscode.window.showTextDocument(doc, { selection: toRange(doc, f.rule.idStart, f.rule.idEnd) });
    return true;
  };
  context.subscriptions.push(
    index,
    vscode.window.registerTreeDataProvider('communityKit.etiquette', tree),
    vscode.commands.registerCommand('communityKit.etiquette.openRule', open),
    vscode.languages.registerDefinitionProvider(selector, {
      async provideDefinition(doc, pos) {
        const at = idAt(doc, pos);
        if (!at) return undefined;
        await index.ready();
        const f = index.find(at.id);
        if (!f) return undefined;
        const target = await vscode.workspace.openTextDocument(f.uri);
        return new vscode.Location(f.uri, toRange(target, f.rule.start, f.rule.end));
      },
    }),
    vscode.languages.registerHoverProvider(selector, {
      async provideHover(doc, pos) {
        const at = idAt(doc, pos);
        if (!at) return undefined;
        await index.ready();
        const f = index.find(at.id);
        if (!f) return new vscode.Hover(vscode.l10n.t('Unknown etiquette rule “{0}”.', at.id), at.range);
        return new vscode.Hover(new vscode.MarkdownString(`**${f.rule.number ? `${f.rule.number}. ` : ''}${f.rule.title}** \`${f.rule.id}\`\n\n${f.rule.body}`), at.range);
      },
    }),
    vscode.languages.registerReferenceProvider([...(selector as vscode.DocumentFilter[]), { language: 'markdown' }], {
      async provideReferences(doc, pos) {
        const here = idAt(doc, pos);
        let id = here?.id;
        if (!id) {
          // on a definition: `{#id}` in the etiquette doc
          const r = doc.getWordRangeAtPosition(pos, /\{#[a-z0-9-]+\}/);
          if (r) id = doc.getText(r).slice(2, -1);
        }
        if (!id) return undefined;
        const out: vscode.Location[] = [];
        const files = await vscode.workspace.findFiles('**/.community/**/*.{yaml,yml,md}', '**/node_modules/**');
        for (const uri of files) {
          const d = await vscode.workspace.openTextDocument(uri);
          const text = d.getText();
          for (const r of findRuleReferences(text)) if (r.id === id) out.push(new vscode.Location(uri, toRange(d, r.start, r.end)));
          if (/\.ya?ml$/.test(uri.path)) {
            const re = new RegExp(`(?<=etiquette:[^\\n]*[\\[\\s,])${id}(?![\\w-])|(?<=etiquette:\\s*\\n(?:\\s*-\\s*[\\w-]+\\s*\\n)*\\s*-\\s*)${id}(?![\\w-])`, 'g');
            for (let m = re.exec(text); m; m = re.exec(text)) out.push(new vscode.Location(uri, toRange(d, m.index, m.index + id.length)));
          }
        }
        return out;
      },
    }),
    vscode.languages.registerCompletionItemProvider(
      selector,
      {
        async provideCompletionItems(doc, pos) {
          const before = doc.lineAt(pos.line).text.slice(0, pos.character);
          if (!/rule:[\w-]*$/.test(before) && !/etiquette:\s*\[[^\]]*$/.test(before)) return undefined;
          await index.ready();
          return index.all().flatMap(({ doc: d }) =>
            d.rules.map((r) => {
              const item = new vscode.CompletionItem(r.id, vscode.CompletionItemKind.Reference);
              item.detail = r.title;
              item.documentation = new vscode.MarkdownString(r.body);
              return item;
            }),
          );
        },
      },
      ':',
      '[',
      ',',
      ' ',
    ),
    vscode.commands.registerCommand('communityKit.writeModerationNotice', async (args?: { ruleId: string; violation: number; name: string; lang?: Lang }) => {
      await index.ready();
      let req = args;
      const all = index.all();
      if (!all.length) {
        void vscode.window.showWarningMessage(vscode.l10n.t('No etiquette document found: add .community/etiquette.md first.'));
        return undefined;
      }
      let target = all[0]!.doc;
      if (!req) {
        const rulePick = await vscode.window.showQuickPick(
          all.flatMap(({ doc }) => doc.rules.map((r) => ({ label: `${r.number ? `${r.number}. ` : ''}${r.title}`, description: `${r.id} · ${doc.lang}`, rule: r, doc }))),
          { title: vscode.l10n.t('Which rule was broken?'), matchOnDescription: true },
        );
        if (!rulePick) return undefined;
        target = rulePick.doc;
        // one line per violation count, each with the step this rule gets then (its exception included)
        const last = Math.max(1, ...target.ladder.map((s) => s.after));
        const rule = rulePick.rule;
        const stepPick = await vscode.window.showQuickPick(
          Array.from({ length: last }, (_, i) => i + 1).map((n) => {
            const s = stepFor(target, rule.id, n);
            return { label: vscode.l10n.t('Violation {0}', n), description: s ? stepLabel(s) : '', n };
          }),
          { title: vscode.l10n.t('How many times, counting this one?') },
        );
        if (!stepPick) return undefined;
        const name = await vscode.window.showInputBox({ title: vscode.l10n.t('Member’s name'), prompt: vscode.l10n.t('How to address the member in the notice') });
        if (name === undefined) return undefined;
        req = { ruleId: rulePick.rule.id, violation: stepPick.n, name };
      } else {
        target = index.find(req.ruleId)?.doc ?? target;
      }
      const r = renderNotice(target, req);
      if (r.error) {
        void vscode.window.showErrorMessage(r.error[uiLang()]);
        return undefined;
      }
      const errors = lintText(r.text, { lang: req.lang ?? target.lang, role: 'reply' }, kits.defaultConfig).filter((f) => f.severity === 'error');
      if (errors.length) void vscode.window.showWarningMessage(vscode.l10n.t('The notice has tone errors: {0}', errors.map((f) => f.message).join(' ')));
      const editor = vscode.window.activeTextEditor;
      if (editor && !args) await editor.edit((b) => b.replace(editor.selection, r.text));
      else if (!args) {
        await vscode.env.clipboard.writeText(r.text);
        void vscode.window.showInformationMessage(vscode.l10n.t('The notice is on the clipboard.'));
      }
      return r.text;
    }),
  );
  void index.ready();
  return index;
}
