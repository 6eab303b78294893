// The kit of each workspace folder: its voice guide (`.community/voice.yaml`), loaded once, reloaded
// when the file changes on disk or in an open editor, and the lint configuration compiled from it.
import * as vscode from 'vscode';
import { currentText } from '../util/files';
import { BUILTIN_CATALOG } from '../../core/builtin';
import { defaultConfig, loadVoiceGuide, type LoadedGuide } from '../../core/config/voice';
import type { LintConfig } from '../../core/engine/lint';
import { GlobSet } from '../../core/kit/glob';
import { KIT_DIR, isLintable } from '../../core/kit/files';
import { readSettings } from '../settings';

export interface Kit {
  folder: vscode.WorkspaceFolder;
  /** Whether the folder has a .community directory at all. */
  exists: boolean;
  guideUri: vscode.Uri;
  loaded: LoadedGuide | undefined;
  config: LintConfig;
  include: GlobSet;
  exclude: GlobSet;
}

const NOT_FILES = new Set(['git', 'output', 'vscode-scm', 'comment', 'vscode-notebook-cell-output', 'walkThroughSnippet', 'vscode-chat-code-block']);

export class KitService implements vscode.Disposable {
  private readonly kits = new Map<string, Kit>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly fallback = defaultConfig(BUILTIN_CATALOG);

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${KIT_DIR}/{voice.yaml,voice.yml,*}`);
    const reload = () => void this.reload();
    this.disposables.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
      // Typing in the guide: reload once the typing pauses, not on every keystroke (each reload
      // re-lints every open document).
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!this.isGuide(e.document.uri)) return;
        clearTimeout(this.typing);
        this.typing = setTimeout(() => void this.reload(), 300);
      }),
      // In an untrusted folder only the built-in packs run; the guide's own rules (and its regular
      // expressions) start once the user trusts the folder.
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.reload()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration("communityKit")) void this.reload();
      }),
      this.emitter,
    );
  }

  isGuide(uri: vscode.Uri): boolean {
    return /\/\.community\/voice\.ya?ml$/.test(uri.path);
  }

  private pending: Promise<void> | undefined;
  private typing: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  /** Loads every folder's kit into a new map and swaps it in whole, so readers never see it half empty; a newer reload wins over an older one still running. */
  reload(): Promise<void> {
    const gen = ++this.generation;
    this.pending = this.loadAll(gen).then(() => {
      if (gen === this.generation) this.emitter.fire();
    });
    return this.pending;
  }

  ready(): Promise<void> {
    return this.pending ?? this.reload();
  }

  private async loadAll(gen: number): Promise<void> {
    const next = await this.loadFolders();
    if (gen !== this.generation) return;
    this.kits.clear();
    for (const [k, v] of next) this.kits.set(k, v);
    // The views show their welcome content (Create Community Kit) while no folder has a kit.
    void vscode.commands.executeCommand('setContext', 'communityKit.hasKit', this.hasKit());
  }

  hasKit(): boolean {
    return [...this.kits.values()].some((k) => k.exists);
  }

  private async loadFolders(): Promise<Map<string, Kit>> {
    const out = new Map<string, Kit>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const guideUri = vscode.Uri.joinPath(folder.uri, KIT_DIR, 'voice.yaml');
      const text = await currentText(guideUri);
      const loaded = text === undefined ? undefined : loadVoiceGuide(text, BUILTIN_CATALOG, guideUri.fsPath);
      let exists = loaded !== undefined;
      if (!exists) {
        try {
          exists = (await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, KIT_DIR))).type === vscode.FileType.Directory;
        } catch {
          exists = false;
        }
      }
      const settings = readSettings(folder.uri);
      const include = [...(loaded?.guide.lint.include ?? [`${KIT_DIR}/**/*.{yaml,yml,md,markdown,txt}`]), ...settings.toneInclude];
      out.set(folder.uri.toString(), {
        folder,
        exists,
        guideUri,
        loaded,
        config: this.withDefaults(vscode.workspace.isTrusted ? loaded?.config ?? this.fallback : this.fallback, settings),
        include: new GlobSet(include),
        exclude: new GlobSet(loaded?.guide.lint.exclude ?? []),
      });
    }
    return out;
  }

  private withDefaults(config: LintConfig, s: ReturnType<typeof readSettings>): LintConfig {
    if (!s.defaultChannel && !s.defaultCommenter) return config;
    return { ...config, defaults: { ...config.defaults, ...(s.defaultChannel ? { channel: s.defaultChannel } : {}), ...(s.defaultCommenter ? { commenter: s.defaultCommenter } : {}) } };
  }

  kitFor(uri: vscode.Uri): Kit | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.kits.get(folder.uri.toString()) : undefined;
  }

  all(): Kit[] {
    return [...this.kits.values()];
  }

  /** The config for a text that belongs to no kit (the Check Reply command, the playground). */
  get defaultConfig(): LintConfig {
    return this.all()[0]?.config ?? this.fallback;
  }

  /** Whether a document is one the tone linter looks at. */
  covers(doc: vscode.TextDocument): boolean {
    return this.coversUri(doc.uri);
  }

  /** Whether a file is one the tone linter looks at: in a kit, lintable, inside its globs. */
  coversUri(uri: vscode.Uri): boolean {
    // Any file system a workspace folder can be on (virtual ones too), but not the views of a file
    // that other features open (the git side of a diff, output channels).
    if (NOT_FILES.has(uri.scheme)) return false;
    const kit = this.kitFor(uri);
    if (!kit) return false;
    if (!isLintable(uri.path)) return false;
    const rel = vscode.workspace.asRelativePath(uri, false);
    return kit.include.matches(rel) && !kit.exclude.matches(rel);
  }

  relativePath(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, false);
  }

  dispose(): void {
    clearTimeout(this.typing);
    for (const d of this.disposables) d.dispose();
  }
}
