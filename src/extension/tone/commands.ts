// The tone commands: Lint Workspace (progress, cancellable, results in the Problems panel), Check
// Reply (the selection or a typed reply), and the guide edits behind quick fixes and the tree.
import * as vscode from 'vscode';
import { builtinRule, ruleDocsUrl } from '../../core/builtin';
import { setRuleSeverity, addAllowWord } from '../../core/config/edit';
import { lintText } from '../../core/engine/lint';
import { contextAt } from '../../core/kit/lint-file';
import { extractPlainSegments } from '../../core/source/plain';
import type { Fix, Finding, Severity } from '../../core/types';
import { COMMANDS } from '../commands';
import type { KitService } from '../kit/kitService';
import { findingToDiagnostic, problemToDiagnostic, textPositions, toRange } from '../util/convert';
import { currentText, openDocument } from '../util/files';
import { severityName } from '../util/names';
import type { ToneDiagnostics } from './diagnostics';

/** Applies core fixes to a file through a WorkspaceEdit (undoable), refusing if the text changed since it was read. */
export async function applyToFile(uri: vscode.Uri, expected: string, fixes: Fix[]): Promise<boolean> {
  if (!fixes.length) return false;
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.getText() !== expected) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} changed while the edit was prepared; nothing was changed. Try again.', vscode.workspace.asRelativePath(uri)));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const f of fixes) edit.replace(uri, toRange(doc, f.start, f.end), f.replacement);
  return vscode.workspace.applyEdit(edit);
}

export function registerToneCommands(context: vscode.ExtensionContext, kits: KitService, diagnostics: ToneDiagnostics): void {
  const reg = (id: string, fn: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  reg(COMMANDS.lintWorkspace, async () => {
    await kits.ready();
    const files = await vscode.workspace.findFiles('**/*.{yaml,yml,md,markdown,txt}', '**/{node_modules,.git,dist}/**');
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Community Kit: linting the workspace'), cancellable: true },
      async (progress, token) => {
        let done = 0;
        let findings = 0;
        let linted = 0;
        for (const uri of files) {
          if (token.isCancellationRequested) break;
          done++;
          // An open file is linted as it is in the editor; others from disk, without opening them
          // (VS Code would dispose such documents later, and their diagnostics with them). The same
          // linting as live diagnostics, so both report the same.
          const text = kits.coversUri(uri) ? await currentText(uri) : undefined;
          const result = text === undefined ? undefined : diagnostics.lintSource(uri, text);
          if (text !== undefined && result) {
            const at = openDocument(uri) ?? textPositions(text);
            diagnostics.publishFor(uri, [...result.problems.map((p) => problemToDiagnostic(at, p)), ...result.findings.map((f) => findingToDiagnostic(at, f))], result);
            linted++;
            findings += result.findings.length + result.problems.length;
          }
          progress.report({ increment: 100 / files.length, message: vscode.l10n.t('{0} of {1} files, {2} findings', done, files.length, findings) });
        }
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        return { files: linted, findings, cancelled: token.isCancellationRequested };
      },
    );
  });

  reg(COMMANDS.checkReply, async (text?: string) => {
    const editor = vscode.window.activeTextEditor;
    let reply = typeof text === 'string' ? text : undefined;
    if (reply === undefined && editor && !editor.selection.isEmpty) reply = editor.document.getText(editor.selection);
    if (reply === undefined) {
      reply = await vscode.window.showInputBox({ title: vscode.l10n.t('Check Reply'), prompt: vscode.l10n.t('Paste or type the reply to check against the tone guide'), ignoreFocusOut: true });
    }
    if (!reply) return [];
    await kits.ready();
    const kit = editor ? kits.kitFor(editor.document.uri) : undefined;
    const config = kit?.config ?? kits.defaultConfig;
    // A selection inside a kit file is checked in its context there: a template's declared
    // {{variables}} are not leftovers, an entry's channel and commenter type apply.
    const fromSelection = typeof text !== 'string' && !!editor && !editor.selection.isEmpty;
    const base = fromSelection ? editor.document.offsetAt(editor.selection.start) : 0;
    const context = fromSelection && kit ? contextAt(kits.relativePath(editor.document.uri), editor.document.getText(), base, kit.loaded?.guide.lint.keys) ?? {} : {};
    const found: Finding[] = [];
    for (const seg of extractPlainSegments(reply)) for (const f of lintText(seg.text, context, config)) found.push({ ...f, start: seg.toSource(f.start), end: seg.toSource(f.end) });
    if (!found.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The reply is on-brand: no findings.'));
      return found;
    }
    const icon = (s: Severity) => (s === 'error' ? '$(error)' : s === 'warning' ? '$(warning)' : '$(info)');
    void vscode.window
      .showQuickPick(
        found.map((f) => ({ label: `${icon(f.severity)} ${reply!.slice(f.start, f.end).slice(0, 60) || f.rule}`, description: f.rule, detail: f.message, finding: f })),
        { title: vscode.l10n.t('{0} findings in the reply', found.length), matchOnDetail: true },
      )
      .then((picked) => {
        // a finding in the selection: show it in the document
        if (picked && fromSelection) editor.selection = new vscode.Selection(editor.document.positionAt(base + picked.finding.start), editor.document.positionAt(base + picked.finding.end));
      });
    return found;
  });

  reg(COMMANDS.showProblems, () => vscode.commands.executeCommand('workbench.actions.view.problems'));

  reg(COMMANDS.openRule, async (rule: string, from?: vscode.Uri) => {
    const kit = from ? kits.kitFor(from) : kits.all()[0];
    const loc = kit?.loaded?.guide.ruleLocations.get(rule);
    if (kit && loc) {
      const doc = await vscode.workspace.openTextDocument(kit.guideUri);
      await vscode.window.showTextDocument(doc, { selection: toRange(doc, loc.start, loc.end) });
      return;
    }
    await vscode.env.openExternal(vscode.Uri.parse(ruleDocsUrl(rule)));
  });

  reg(COMMANDS.addToAllowList, async (from: vscode.Uri, word: string) => {
    const kit = kits.kitFor(from) ?? kits.all()[0];
    if (!kit) return false;
    const text = (await currentText(kit.guideUri)) ?? '';
    const fixes = addAllowWord(text, word);
    if (!fixes.length) return false;
    if (text === '') {
      const edit = new vscode.WorkspaceEdit();
      edit.createFile(kit.guideUri, { ignoreIfExists: true, contents: new TextEncoder().encode(`version: 1\nallow:\n  - ${JSON.stringify(word)}\n`) });
      return vscode.workspace.applyEdit(edit);
    }
    return applyToFile(kit.guideUri, text, fixes);
  });

  // From the tree the argument is the tree node ({rule} or {id}); from code, a rule id string.
  reg(COMMANDS.changeSeverity, async (item?: string | { rule?: { id: string }; id?: string }, severity?: Severity | 'off') => {
    const rule = typeof item === 'string' ? item : item?.rule?.id ?? item?.id;
    const kit = kits.all()[0];
    if (!rule || !kit) return false;
    const pick =
      severity ??
      ((await vscode.window.showQuickPick(
        // the keyword is what the guide will say; its name in the display language goes beside it
        (['error', 'warning', 'info', 'off'] as const).map((s) => ({ label: s, description: [severityName(s), s === (builtinRule(rule)?.severity ?? '') ? vscode.l10n.t('built-in default') : ''].filter(Boolean).join(' · ') })),
        { title: vscode.l10n.t('Severity of {0}', rule) },
      ))?.label as Severity | 'off' | undefined);
    if (!pick) return false;
    const text = await currentText(kit.guideUri);
    if (text === undefined) {
      const edit = new vscode.WorkspaceEdit();
      edit.createFile(kit.guideUri, { ignoreIfExists: true, contents: new TextEncoder().encode(`version: 1\nrules:\n  ${rule}: ${pick}\n`) });
      return vscode.workspace.applyEdit(edit);
    }
    return applyToFile(kit.guideUri, text, setRuleSeverity(text, rule, pick));
  });
}
