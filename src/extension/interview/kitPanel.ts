// The interview kit webview: the kit's questions in order with their minutes and the total, moved up
// and down, scored 1–5 against their rubric with notes, and a recommendation. Saving writes the kit's
// `questions:` list and the scorecard beside it with WorkspaceEdits; the rest of each file is kept.
import * as vscode from 'vscode';
import { uiLang } from '../util/names';
import { kitQuestionLines, parseKit, parseScorecard, replaceTopLevelList, scoreLines, type Bank, type Question } from '../../core/interview/bank';
import { localize, type Lang } from '../../core/types';
import { applyToFile } from '../tone/commands';
import { panelOptions, webviewHtml } from '../util/webview';
import type { InterviewTree } from './index';
import type { KitHostMessage, KitModel, KitWebviewMessage } from './protocol';

const scorecardUri = (kit: vscode.Uri) => kit.with({ path: kit.path.replace(/\.kit\.ya?ml$/, '.scorecard.yaml') });

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return (await vscode.workspace.openTextDocument(uri)).getText();
  } catch {
    return undefined;
  }
}

export class KitPanel {
  static readonly viewType = 'communityKit.interviewKit';
  private static current: KitPanel | undefined;
  private readonly subs: vscode.Disposable[] = [];
  /** The kit's and the scorecard's text as the model shown in the webview was built from (undefined: no file). */
  private base: { kit?: string; card?: string } = {};

  static async show(extensionUri: vscode.Uri, tree: InterviewTree, kit: vscode.Uri): Promise<KitPanel> {
    if (KitPanel.current) {
      KitPanel.current.kit = kit;
      KitPanel.current.panel.reveal();
      await KitPanel.current.send();
      return KitPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(KitPanel.viewType, vscode.l10n.t('Interview Kit'), vscode.ViewColumn.Active, KitPanel.options(extensionUri));
    return (KitPanel.current = new KitPanel(panel, extensionUri, tree, kit));
  }

  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, tree: InterviewTree, state: unknown): void {
    const kit = (state as { kit?: string } | undefined)?.kit;
    panel.webview.options = KitPanel.options(extensionUri);
    if (kit) KitPanel.current = new KitPanel(panel, extensionUri, tree, vscode.Uri.parse(kit));
    else panel.dispose();
  }

  static readonly options = panelOptions;

  private constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly tree: InterviewTree,
    private kit: vscode.Uri,
  ) {
    panel.webview.html = webviewHtml(panel.webview, extensionUri, { script: 'interview-kit.js', style: 'tone-guide.css', title: vscode.l10n.t('Interview Kit') });
    this.subs.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: KitWebviewMessage) => void this.handle(m)),
    );
  }

  private post(m: KitHostMessage) {
    void this.panel.webview.postMessage(m);
  }

  async model(): Promise<KitModel> {
    await this.tree.ready();
    const lang: Lang = uiLang();
    const questions = new Map<string, { q: Question; rubrics: Record<string, Record<string, unknown>>; competencies: Bank['competencies'] }>(
      this.tree.questions().map((x) => [x.q.id, { q: x.q, rubrics: x.bank.rubrics as Record<string, Record<string, unknown>>, competencies: x.bank.competencies }]),
    );
    const kitText = await readText(this.kit);
    const cardText = await readText(scorecardUri(this.kit));
    this.base = { kit: kitText, card: cardText };
    const kit = parseKit(kitText ?? '');
    const card = parseScorecard(cardText ?? '');
    const kitLang = kit.lang ?? lang;
    return {
      kitUri: this.kit.toString(),
      title: kit.title ?? this.kit.path.split('/').pop() ?? '',
      recommendation: card.recommendation,
      rows: kit.questions.map((k) => {
        const found = questions.get(k.id);
        const rubric = found ? (typeof found.q.rubric === 'string' ? found.rubrics[found.q.rubric] : found.q.rubric) : undefined;
        const score = card.scores.find((s) => s.id === k.id);
        return {
          id: k.id,
          question: found ? localize(found.q.question, kitLang) : vscode.l10n.t('Unknown question {0}', k.id),
          minutes: k.minutes ?? found?.q.time ?? 5,
          rubric: Object.entries((rubric ?? {}) as Record<string, Parameters<typeof localize>[0]>).map(([n, t]) => ({ score: Number(n), text: localize(t, kitLang) })),
          competencies: (found?.q.competencies ?? []).map((c) => (found?.competencies[c] ? localize(found.competencies[c], kitLang) : c)),
          ...(score?.score ? { score: score.score } : {}),
          ...(score?.notes ? { notes: score.notes } : {}),
        };
      }),
      labels: {
        total: vscode.l10n.t('Total'),
        minutes: vscode.l10n.t('min'),
        up: vscode.l10n.t('Move up'),
        down: vscode.l10n.t('Move down'),
        score: vscode.l10n.t('Score'),
        notes: vscode.l10n.t('Notes'),
        recommendation: vscode.l10n.t('Recommendation'),
        competencies: vscode.l10n.t('By competency'),
        notScored: vscode.l10n.t('not scored yet'),
        saveKit: vscode.l10n.t('Save kit'),
        saveScorecard: vscode.l10n.t('Save scorecard'),
        saved: vscode.l10n.t('Saved.'),
        'strong-no': vscode.l10n.t('Strong no'),
        no: vscode.l10n.t('No'),
        yes: vscode.l10n.t('Yes'),
        'strong-yes': vscode.l10n.t('Strong yes'),
      },
    };
  }

  async send(): Promise<void> {
    this.post({ type: 'init', model: await this.model() });
  }

  /**
   * Whether a file still holds the text the webview's rows were built from. If it changed (a question
   * added from the tree, an edit in the editor, a change on disk), saving the rows would drop that
   * change: refuse, and offer to reload the view.
   */
  private unchanged(uri: vscode.Uri, now: string | undefined, base: string | undefined): boolean {
    if (now === base) return true;
    const reload = vscode.l10n.t('Reload');
    void vscode.window
      .showWarningMessage(vscode.l10n.t('{0} changed since the interview kit view read it; nothing was saved. Reload the view to see the change, then save again.', vscode.workspace.asRelativePath(uri)), reload)
      .then((a) => (a === reload ? this.send() : undefined));
    return false;
  }

  /** Handles a message from the webview (public for the integration tests); false when a save was refused. */
  async handle(m: KitWebviewMessage): Promise<boolean> {
    if (m.type === 'ready') {
      await this.send();
      return true;
    }
    if (m.type === 'saveKit') {
      const current = await readText(this.kit);
      if (!this.unchanged(this.kit, current, this.base.kit)) return false;
      const text = current ?? '';
      const items = m.rows.filter((r) => /^[a-z0-9-]+$/.test(r.id)).map((r) => ({ id: r.id, minutes: Math.max(1, Math.min(120, Math.round(Number(r.minutes) || 5))) }));
      await applyToFile(this.kit, text, replaceTopLevelList(text, 'questions', kitQuestionLines(items)));
      await (await vscode.workspace.openTextDocument(this.kit)).save();
      this.base.kit = await readText(this.kit);
      this.post({ type: 'saved', what: 'kit' });
      return true;
    }
    if (m.type === 'saveScorecard') {
      const uri = scorecardUri(this.kit);
      const existing = await readText(uri);
      if (!this.unchanged(uri, existing, this.base.card)) return false;
      const scores = m.rows.filter((r) => /^[a-z0-9-]+$/.test(r.id)).map((r) => ({ id: r.id, ...(r.score && r.score >= 1 && r.score <= 5 ? { score: Math.round(r.score) } : {}), ...(r.notes ? { notes: String(r.notes).slice(0, 5000) } : {}) }));
      const rec = ['strong-no', 'no', 'yes', 'strong-yes'].includes(m.recommendation ?? '') ? m.recommendation : undefined;
      if (existing === undefined) {
        const body = `kit: ${this.kit.path.split('/').pop()}\nscores:\n${scoreLines(scores).join('\n')}\n${rec ? `recommendation: ${rec}\n` : ''}`;
        const edit = new vscode.WorkspaceEdit();
        edit.createFile(uri, { contents: new TextEncoder().encode(body) });
        await vscode.workspace.applyEdit(edit);
      } else {
        let text = existing;
        await applyToFile(uri, text, replaceTopLevelList(text, 'scores', scoreLines(scores)));
        text = (await readText(uri)) ?? text;
        if (rec) await applyToFile(uri, text, replaceTopLevelList(text, 'recommendation', []).map((f) => ({ ...f, replacement: `: ${rec}` })));
        await (await vscode.workspace.openTextDocument(uri)).save();
      }
      this.base.card = await readText(uri);
      this.post({ type: 'saved', what: 'scorecard' });
    }
    return true;
  }

  dispose(): void {
    KitPanel.current = undefined;
    for (const s of this.subs) s.dispose();
  }
}
