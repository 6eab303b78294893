// The response-matrix feature: the index of all response files, the tree, Insert Reply, the preview,
// and completion and hover for {{variables}} in templates. Validation diagnostics come through the
// tone diagnostics (lintKitFile checks matrix files), so editor and CLI report the same problems.
import * as vscode from 'vscode';
import { lintText } from '../../core/engine/lint';
import { renderReply, searchEntries, type ResponseEntry } from '../../core/responses/matrix';
import { localize, type Lang } from '../../core/types';
import { uiLang } from '../util/names';
import type { KitService } from '../kit/kitService';
import type { ToneDiagnostics } from '../tone/diagnostics';
import { MatrixIndex } from './matrixIndex';
import { ResponsePreviewPanel } from './previewPanel';
import { ResponsesTree, type GroupBy, type ResponseNode } from './responsesTree';

export interface ResponsesFeature {
  index: MatrixIndex;
  tree: ResponsesTree;
}

type Pick = vscode.QuickPickItem & { entry: ResponseEntry; lang: Lang };

function pickItems(entries: ResponseEntry[], query = ''): Pick[] {
  const q = query.trim().toLowerCase();
  return entries.flatMap((entry) =>
    entry.templates.map((t) => {
      const item: Pick = {
        entry,
        lang: t.lang,
        label: `${localize(entry.title, t.lang)}`,
        description: [t.lang.toUpperCase(), entry.id, ...(entry.triggers[t.lang] ?? entry.triggers.any ?? []), ...entry.tags.map((g) => `#${g}`)].join(' · '),
        detail: t.text.replace(/\s+/g, ' ').slice(0, 160),
      };
      // The workbench's own filter keeps only items holding the typed text as it is. Our search also
      // finds typos, words in another order, ё/е and categories: those hits must stay visible.
      if (q && ![item.label, item.description, item.detail].some((x) => x?.toLowerCase().includes(q))) item.alwaysShow = true;
      return item;
    }),
  );
}

async function chooseEntry(index: MatrixIndex): Promise<Pick | undefined> {
  const all = index.entries().map((x) => x.entry);
  const qp = vscode.window.createQuickPick<Pick>();
  qp.title = vscode.l10n.t('Insert Reply');
  qp.placeholder = vscode.l10n.t('Search titles, triggers and text, in Russian or English');
  // The workbench filters as the user types (synchronously, so Enter always takes a visible match);
  // our bilingual search only re-orders the items by relevance.
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  qp.items = pickItems(all);
  qp.onDidChangeValue((v) => (qp.items = v.trim() ? pickItems(searchEntries(all, v).map((h) => h.entry), v) : pickItems(all)));
  return new Promise((resolve) => {
    qp.onDidAccept(() => {
      resolve(qp.selectedItems[0]);
      qp.hide();
    });
    qp.onDidHide(() => {
      resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}

export function registerResponses(context: vscode.ExtensionContext, kits: KitService, tone: ToneDiagnostics): ResponsesFeature {
  const index = new MatrixIndex();
  const tree = new ResponsesTree(index, tone);
  const view = vscode.window.createTreeView<ResponseNode>('communityKit.responses', { treeDataProvider: tree, showCollapseAll: true });
  tree.view = view;
  const reg = (id: string, fn: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  reg('communityKit.responses.openEntry', async (uri: vscode.Uri, offset: number) => {
    const doc = await vscode.workspace.openTextDocument(uri);
    const pos = doc.positionAt(offset);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos) });
  });
  const groupBy = (g: GroupBy) => () => {
    tree.groupBy = g;
    tree.refresh();
  };
  reg('communityKit.responses.groupByCategory', groupBy('category'));
  reg('communityKit.responses.groupByCommenter', groupBy('commenter'));
  reg('communityKit.responses.groupByChannel', groupBy('channel'));
  reg('communityKit.responses.filter', async (value?: string) => {
    const v = value ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Filter Responses'), value: tree.filter, prompt: vscode.l10n.t('Words from titles, triggers or text; empty clears the filter') }));
    if (v === undefined) return;
    tree.filter = v.trim();
    tree.refresh();
  });
  reg('communityKit.responses.preview', async (node?: ResponseNode | string) => {
    await index.ready();
    const id = typeof node === 'string' ? node : node?.type === 'entry' ? node.entry.id : (await chooseEntry(index))?.entry.id;
    if (id) ResponsePreviewPanel.show(context.extensionUri, kits, index, id);
  });

  // Insert Reply: pick an entry (fuzzy, both languages), fill its variables, lint the result, then
  // insert it at the cursor or copy it. Arguments let tests and keybindings skip the prompts.
  reg('communityKit.insertReply', async (entryId?: string, values?: Record<string, string>, lang?: Lang) => {
    await index.ready();
    let entry: ResponseEntry | undefined;
    let chosenLang: Lang | undefined = lang;
    if (entryId) entry = index.entries().find((x) => x.entry.id === entryId)?.entry;
    else {
      const pick = await chooseEntry(index);
      entry = pick?.entry;
      chosenLang = pick?.lang;
    }
    if (!entry) return undefined;
    const entryUri = index.entries().find((x) => x.entry === entry)?.uri;
    const l = chosenLang ?? (entry.templates.some((t) => t.lang === uiLang()) ? uiLang() : entry.templates[0]?.lang ?? 'en');
    const given: Record<string, string> = { ...(values ?? {}) };
    if (!values) {
      for (const v of entry.variables) {
        const answer = await vscode.window.showInputBox({
          title: `${localize(entry.title, l)} — {{${v.name}}}`,
          prompt: v.description ? localize(v.description, l) : v.name,
          value: v.default !== undefined ? localize(v.default, l) : v.example !== undefined ? localize(v.example, l) : '',
          ignoreFocusOut: true,
        });
        if (answer === undefined) return undefined;
        given[v.name] = answer;
      }
    }
    const r = renderReply(entry, l, given);
    if (r.error || r.missing.length) {
      void vscode.window.showErrorMessage(r.error ? r.error[uiLang()] : vscode.l10n.t('Missing values: {0}', r.missing.join(', ')));
      return undefined;
    }
    // The filled-in reply is linted as what it now is, a reply: with the kit's own guide, the entry's
    // commenter type and each of its channels (length limits differ). Errors ask before going on;
    // warnings are shown once the reply is out.
    const config = (entryUri && kits.kitFor(entryUri)?.config) || kits.defaultConfig;
    const seen = new Set<string>();
    const findings = (entry.channels.length ? entry.channels : [undefined]).flatMap((channel) =>
      lintText(r.text, { lang: l, role: 'reply', ...(entry.commenter ? { commenter: entry.commenter } : {}), ...(channel ? { channel } : {}) }, config),
    ).filter((f) => !seen.has(f.message) && !!seen.add(f.message));
    const errors = findings.filter((f) => f.severity === 'error');
    const warnings = findings.filter((f) => f.severity === 'warning');
    if (errors.length && !values) {
      const go = vscode.l10n.t('Use it anyway');
      const answer = await vscode.window.showWarningMessage(vscode.l10n.t('The filled-in reply has tone errors: {0}', errors.map((f) => f.message).join(' ')), { modal: true }, go);
      if (answer !== go) return undefined;
    }
    if (warnings.length) void vscode.window.showWarningMessage(vscode.l10n.t('Tone-lint notes on this reply: {0}', warnings.map((f) => f.message).join(' ')));
    const mode = vscode.workspace.getConfiguration('communityKit').get<string>('responses.insertMode', 'auto');
    const editor = vscode.window.activeTextEditor;
    if (editor && mode !== 'copy') {
      await editor.edit((b) => {
        for (const s of editor.selections) b.replace(s, r.text);
      });
    } else {
      await vscode.env.clipboard.writeText(r.text);
      void vscode.window.showInformationMessage(vscode.l10n.t('The reply is on the clipboard, ready to paste.'));
    }
    return r.text;
  });

  // {{variables}}: completion of declared names, hover with description and example.
  const selector: vscode.DocumentSelector = { language: 'yaml', pattern: '**/.community/responses/**' };
  const entryAt = (doc: vscode.TextDocument, pos: vscode.Position) => {
    index.update(doc.uri, doc.getText(), false);
    const off = doc.offsetAt(pos);
    return index.fileOf(doc.uri)?.entries.find((e) => e.start <= off && off <= e.end);
  };
  context.subscriptions.push(
    index,
    tree,
    view,
    vscode.languages.registerCompletionItemProvider(
      selector,
      {
        provideCompletionItems(doc, pos) {
          const before = doc.lineAt(pos.line).text.slice(0, pos.character);
          if (!/\{\{[#/^]?\s*[\w.]*$/.test(before)) return undefined;
          const e = entryAt(doc, pos);
          return e?.variables.map((v) => {
            const item = new vscode.CompletionItem(v.name, vscode.CompletionItemKind.Variable);
            item.detail = v.example !== undefined ? `${vscode.l10n.t('example')}: ${localize(v.example, uiLang())}` : undefined;
            item.documentation = v.description !== undefined ? localize(v.description, uiLang()) : undefined;
            return item;
          });
        },
      },
      '{',
    ),
    vscode.languages.registerHoverProvider(selector, {
      provideHover(doc, pos) {
        const range = doc.getWordRangeAtPosition(pos, /\{\{\s*[\w.]+\s*\}\}/);
        if (!range) return undefined;
        const name = doc.getText(range).replace(/[{}\s]/g, '').split('.')[0] as string;
        const v = entryAt(doc, pos)?.variables.find((x) => x.name === name);
        if (!v) return new vscode.Hover(new vscode.MarkdownString(vscode.l10n.t('`{0}` is not declared in this entry\'s variables.', name)), range);
        const md = new vscode.MarkdownString(`**{{${v.name}}}**`);
        if (v.description !== undefined) md.appendMarkdown(`\n\n${localize(v.description, uiLang())}`);
        if (v.example !== undefined) md.appendMarkdown(`\n\n${vscode.l10n.t('example')}: \`${localize(v.example, uiLang())}\``);
        if (v.default !== undefined) md.appendMarkdown(`\n\n${vscode.l10n.t('default')}: \`${localize(v.default, uiLang())}\``);
        return new vscode.Hover(md, range);
      },
    }),
    vscode.window.registerWebviewPanelSerializer(ResponsePreviewPanel.viewType, {
      async deserializeWebviewPanel(panel, state) {
        ResponsePreviewPanel.revive(panel, context.extensionUri, kits, index, state);
      },
    }),
  );
  void index.ready();
  return { index, tree };
}
