// The preview of a response entry: every language variant rendered with the example values, tone
// findings highlighted, and a length meter per channel. One panel, revived after a reload.
import * as vscode from 'vscode';
import { commenterName, uiLang } from '../util/names';
import { lintText } from '../../core/engine/lint';
import { renderReply, type ResponseEntry } from '../../core/responses/matrix';
import { channelLength } from '../../core/rules/kinds/length';
import { localize, type Lang } from '../../core/types';
import type { KitService } from '../kit/kitService';
import { panelOptions, webviewHtml } from '../util/webview';
import type { MatrixIndex } from './matrixIndex';
import type { PreviewHostMessage, PreviewModel, PreviewWebviewMessage } from './protocol';

export class ResponsePreviewPanel {
  static readonly viewType = 'communityKit.responsePreview';
  private static current: ResponsePreviewPanel | undefined;
  private entryId: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  static show(extensionUri: vscode.Uri, kits: KitService, index: MatrixIndex, entryId: string): ResponsePreviewPanel {
    let p = ResponsePreviewPanel.current;
    if (!p) {
      const panel = vscode.window.createWebviewPanel(ResponsePreviewPanel.viewType, vscode.l10n.t('Reply Preview'), vscode.ViewColumn.Beside, ResponsePreviewPanel.options(extensionUri));
      p = ResponsePreviewPanel.current = new ResponsePreviewPanel(panel, extensionUri, kits, index);
    }
    p.entryId = entryId;
    void p.panel.webview.postMessage({ type: 'show', model: p.model() } satisfies PreviewHostMessage);
    p.panel.reveal(undefined, true);
    return p;
  }

  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, kits: KitService, index: MatrixIndex, state: unknown): void {
    panel.webview.options = ResponsePreviewPanel.options(extensionUri);
    const p = (ResponsePreviewPanel.current = new ResponsePreviewPanel(panel, extensionUri, kits, index));
    p.entryId = (state as { id?: string } | undefined)?.id;
  }

  static readonly options = panelOptions;

  private constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly kits: KitService,
    private readonly index: MatrixIndex,
  ) {
    panel.webview.html = webviewHtml(panel.webview, extensionUri, { script: 'response-preview.js', style: 'tone-guide.css', title: vscode.l10n.t('Reply Preview') });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: PreviewWebviewMessage) => {
        if (m.type === 'ready') void panel.webview.postMessage({ type: 'show', model: this.model() } satisfies PreviewHostMessage);
      }),
      index.onDidChange(() => void panel.webview.postMessage({ type: 'show', model: this.model() } satisfies PreviewHostMessage)),
    );
  }

  private entry(): ResponseEntry | undefined {
    return this.index.entries().find((x) => x.entry.id === this.entryId)?.entry;
  }

  model(): PreviewModel {
    const ui: Lang = uiLang();
    const labels = { channels: vscode.l10n.t('Length per channel'), findings: vscode.l10n.t('Tone findings'), clean: vscode.l10n.t('On-brand: no findings.'), missing: vscode.l10n.t('Missing values: {0}') };
    const e = this.entry();
    if (!e) return { id: this.entryId ?? '', title: vscode.l10n.t('The entry was not found.'), meta: [], variants: [], labels };
    const config = this.kits.defaultConfig;
    const channels = e.channels.length ? e.channels : Object.keys(config.env.channelLimits);
    return {
      id: e.id,
      title: localize(e.title, ui),
      meta: [e.category, e.commenter ? commenterName(e.commenter) : '', e.replyWithin ? vscode.l10n.t('reply within {0}', e.replyWithin) : ''].filter(Boolean),
      labels,
      variants: e.templates.map((t) => {
        const r = renderReply(e, t.lang, {}, true);
        const ctx = { lang: t.lang, role: 'reply' as const, ...(e.commenter ? { commenter: e.commenter } : {}) };
        return {
          lang: t.lang,
          text: r.text,
          ...(r.error ? { error: r.error[ui] } : r.missing.length ? { error: labels.missing.replace('{0}', r.missing.join(', ')) } : {}),
          findings: r.text ? lintText(r.text, ctx, config).map((f) => ({ start: f.start, end: f.end, rule: f.rule, severity: f.severity, message: f.message })) : [],
          lengths: channels.filter((c) => config.env.channelLimits[c]).map((c) => ({ channel: c, limit: config.env.channelLimits[c] as number, length: channelLength(r.text, c, config.env.channelLimits[c] as number).length })),
        };
      }),
    };
  }

  dispose(): void {
    ResponsePreviewPanel.current = undefined;
    for (const d of this.disposables) d.dispose();
  }
}
