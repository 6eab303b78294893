// The tone-guide webview: the voice card and a reply playground. One panel at a time; it survives a
// reload through its serializer and the webview's own state. Strict CSP: scripts only with a nonce,
// resources only from media/ and dist/media/. All user text reaches the page as data and is inserted
// as text, never as HTML.
import * as vscode from 'vscode';
import { commenterName, severityName, uiLang } from '../util/names';
import { lintText } from '../../core/engine/lint';
import { channelLength } from '../../core/rules/kinds/length';
import { localize, type Lang } from '../../core/types';
import type { KitService } from '../kit/kitService';
import type { HostMessage, PlaygroundState, VoiceCard, WebviewMessage } from './protocol';
import { panelOptions, webviewHtml } from '../util/webview';

export class ToneGuidePanel {
  static readonly viewType = 'communityKit.toneGuide';
  private static current: ToneGuidePanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  static createOrShow(extensionUri: vscode.Uri, kits: KitService): ToneGuidePanel {
    if (ToneGuidePanel.current) {
      ToneGuidePanel.current.panel.reveal();
      return ToneGuidePanel.current;
    }
    const panel = vscode.window.createWebviewPanel(ToneGuidePanel.viewType, vscode.l10n.t('Tone Guide'), vscode.ViewColumn.Beside, ToneGuidePanel.options(extensionUri));
    return (ToneGuidePanel.current = new ToneGuidePanel(panel, extensionUri, kits));
  }

  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, kits: KitService): ToneGuidePanel {
    panel.webview.options = ToneGuidePanel.options(extensionUri);
    return (ToneGuidePanel.current = new ToneGuidePanel(panel, extensionUri, kits));
  }

  static readonly options = panelOptions;

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly kits: KitService,
  ) {
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icons', 'community-kit.svg');
    panel.webview.html = webviewHtml(panel.webview, extensionUri, { script: 'tone-guide.js', style: 'tone-guide.css', title: vscode.l10n.t('Tone Guide') });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: WebviewMessage) => this.onMessage(m)),
      kits.onDidChange(() => this.sendInit()),
    );
  }

  private post(m: HostMessage): void {
    void this.panel.webview.postMessage(m);
  }

  private voiceCard(): VoiceCard {
    const lang: Lang = uiLang();
    const g = this.kits.all()[0]?.loaded?.guide;
    return {
      name: g?.name ?? vscode.l10n.t('No tone guide yet'),
      summary: g?.summary ? localize(g.summary, lang) : vscode.l10n.t('Create .community/voice.yaml to describe your voice; until then the built-in packs apply.'),
      attributes: (g?.attributes ?? []).map((a) => ({ name: localize(a.name, lang), description: a.description ? localize(a.description, lang) : '' })),
      examples: (g?.examples ?? []).map((e) => ({ situation: e.situation ?? '', do: e.do ?? '', dont: e.dont ?? '', why: e.why ?? '' })),
    };
  }

  private sendInit(): void {
    const config = this.kits.defaultConfig;
    this.post({
      type: 'init',
      voice: this.voiceCard(),
      channels: Object.entries(config.env.channelLimits).map(([id, limit]) => ({ id, limit })),
      labels: {
        voice: vscode.l10n.t('Voice'),
        examples: vscode.l10n.t('Do and don’t'),
        do: vscode.l10n.t('Do'),
        dont: vscode.l10n.t('Don’t'),
        playground: vscode.l10n.t('Reply playground'),
        placeholder: vscode.l10n.t('Type a reply to check it against the guide…'),
        language: vscode.l10n.t('Language'),
        auto: vscode.l10n.t('detect'),
        channel: vscode.l10n.t('Channel'),
        anyChannel: vscode.l10n.t('any'),
        commenter: vscode.l10n.t('Commenter'),
        anyCommenter: vscode.l10n.t('any'),
        grateful: commenterName('grateful'),
        neutral: commenterName('neutral'),
        critic: commenterName('critic'),
        troll: commenterName('troll'),
        clean: vscode.l10n.t('On-brand: no findings.'),
        findings: vscode.l10n.t('Findings'),
        length: vscode.l10n.t('Length per channel'),
        error: severityName('error'),
        warning: severityName('warning'),
        info: severityName('info'),
      },
    });
  }

  private onMessage(m: WebviewMessage): void {
    if (m.type === 'ready') {
      this.sendInit();
      return;
    }
    if (m.type !== 'lint') return;
    const s: PlaygroundState = m.state;
    const config = this.kits.defaultConfig;
    const text = String(s.text ?? '').slice(0, 100_000);
    const ctx: Parameters<typeof lintText>[1] = { role: 'reply' };
    if (s.lang === 'ru' || s.lang === 'en') ctx.lang = s.lang;
    if (s.channel) ctx.channel = s.channel;
    if (s.commenter) ctx.commenter = s.commenter;
    const findings = lintText(text, ctx, config).map((f) => ({ start: f.start, end: f.end, rule: f.rule, severity: f.severity, message: f.message }));
    const lengths = Object.entries(config.env.channelLimits).map(([channel, limit]) => ({ channel, limit, length: channelLength(text, channel, limit).length }));
    this.post({ type: 'result', requestId: m.requestId, findings, lengths, lang: ctx.lang ?? (/[а-яё]/i.test(text) ? 'ru' : 'en') });
  }

  dispose(): void {
    ToneGuidePanel.current = undefined;
    this.panel.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

export class ToneGuideSerializer implements vscode.WebviewPanelSerializer {
  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly kits: KitService,
  ) {}
  async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
    ToneGuidePanel.revive(panel, this.extensionUri, this.kits);
  }
}
