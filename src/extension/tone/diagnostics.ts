// Live tone diagnostics: every kit document is linted as the user types (debounced; a generation
// counter drops results that a newer edit made stale), with the same core function the CLI uses.
import * as vscode from 'vscode';
import { BUILTIN_CATALOG } from '../../core/builtin';
import type { FileResult } from '../../core/format/report';
import { LintCache } from '../../core/engine/cache';
import type { LintConfig } from '../../core/engine/lint';
import { lintKitFile, type KitIndex } from '../../core/kit/lint-file';
import type { KitService } from '../kit/kitService';
import { readSettings } from '../settings';
import { currentText } from '../util/files';
import { findingToDiagnostic, problemToDiagnostic } from '../util/convert';

export class ToneDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('community-kit');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generation = new Map<string, number>();
  private readonly results = new Map<string, FileResult>();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires after diagnostics change (the status bar and the tree count findings). */
  readonly onDidUpdate = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  /** Facts across the kit (duplicate ids across response files...), set by the features that know them. */
  kitIndex: KitIndex | undefined;
  /** Segment findings per kit config: as the user types, only the edited paragraph or template is linted again. */
  private readonly caches = new WeakMap<LintConfig, LintCache>();

  constructor(private readonly kits: KitService) {
    this.disposables.push(
      this.collection,
      this.emitter,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.clear(d.uri)),
      // A closed editor tab keeps its document alive for a while; clear when the last tab of a file goes.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) {
          const uri = tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
          if (uri && !this.hasTab(uri)) this.clear(uri);
        }
      }),
      kits.onDidChange(() => {
        this.lintOpenDocuments(true);
        void this.lintInBackground();
      }),
      // A document still open in the background gets no open event when it is shown again.
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const e of editors) if (!this.results.has(e.document.uri.toString())) this.schedule(e.document, 0);
      }),
    );
  }

  /** Re-lints every open document (after a guide or index change), debounced like typing unless `now`. */
  lintOpenDocuments(now = false): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, now ? 0 : undefined);
  }

  private schedule(doc: vscode.TextDocument, delay?: number): void {
    const key = doc.uri.toString();
    const gen = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, gen);
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    const settings = readSettings(doc.uri);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (this.generation.get(key) !== gen) return; // a newer edit is on its way
        this.lintNow(doc);
      }, delay ?? settings.debounceMs),
    );
  }

  /** Lints one document now and publishes its diagnostics; returns the result (undefined if not covered). */
  lintNow(doc: vscode.TextDocument): FileResult | undefined {
    if (doc.isClosed || !this.covers(doc.uri)) {
      this.clear(doc.uri);
      return undefined;
    }
    const result = this.lintSource(doc.uri, doc.getText());
    if (result) this.publish(doc, result);
    return result;
  }

  /** Whether the tone linter looks at this file (enabled, in a kit, inside its globs). */
  covers(uri: vscode.Uri): boolean {
    return readSettings(uri).toneEnable && this.kits.coversUri(uri);
  }

  /**
   * Lints a kit file's text with its kit's guide and what the rest of the kit knows: the one place the
   * editor calls the core, for live diagnostics, Lint Workspace and the background pass alike.
   */
  lintSource(uri: vscode.Uri, text: string): FileResult | undefined {
    const kit = this.kits.kitFor(uri);
    if (!kit) return undefined;
    return lintKitFile(this.kits.relativePath(uri), text, { config: kit.config, catalog: BUILTIN_CATALOG, keys: kit.loaded?.guide.lint.keys, kit: this.kitIndex, cache: this.cacheFor(kit.config) });
  }

  private cacheFor(config: LintConfig): LintCache {
    let cache = this.caches.get(config);
    if (!cache) this.caches.set(config, (cache = new LintCache()));
    return cache;
  }

  publish(doc: vscode.TextDocument, result: FileResult): void {
    this.results.set(doc.uri.toString(), result);
    this.collection.set(doc.uri, [...result.problems.map((p) => problemToDiagnostic(doc, p)), ...result.findings.map((f) => findingToDiagnostic(doc, f))]);
    this.counts = undefined;
    this.emitter.fire();
  }

  /** Sets diagnostics for a file that is not open (the Lint Workspace command). */
  publishFor(uri: vscode.Uri, diagnostics: vscode.Diagnostic[], result: FileResult): void {
    this.results.set(uri.toString(), result);
    this.collection.set(uri, diagnostics);
    this.counts = undefined;
    this.emitter.fire();
  }

  private hasTab(uri: vscode.Uri): boolean {
    return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString()));
  }

  /** The live result of a document (open, or published by Lint Workspace). */
  resultFor(uri: vscode.Uri): FileResult | undefined {
    return this.results.get(uri.toString());
  }

  /** The live result, else the background one: what the views count (see lintInBackground). */
  anyResultFor(uri: vscode.Uri): FileResult | undefined {
    const key = uri.toString();
    return this.results.get(key) ?? this.background.get(key);
  }

  private counts: Map<string, number> | undefined;
  /** Findings per rule id over the kit's files: the live results, and the background ones of files not open. */
  countsByRule(): Map<string, number> {
    if (this.counts) return this.counts;
    const counts = new Map<string, number>();
    const add = (r: FileResult) => {
      for (const f of r.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
    };
    for (const r of this.results.values()) add(r);
    for (const [key, r] of this.background) if (!this.results.has(key)) add(r);
    return (this.counts = counts);
  }

  private readonly background = new Map<string, FileResult>();
  private backgroundRun = 0;
  /**
   * Lints the kit files that are not open, in the background, so the Tone of Voice tree and the
   * Responses badges count the whole workspace. Nothing is published to the Problems panel (that stays
   * the open files' and Lint Workspace's); the work yields to the editor every 30 ms, and a newer pass
   * (after the kit changed) stops an older one.
   */
  async lintInBackground(): Promise<void> {
    const run = ++this.backgroundRun;
    await this.kits.ready();
    const files = await vscode.workspace.findFiles('**/.community/**/*.{yaml,yml,md,markdown,txt}', '**/{node_modules,.git}/**', 5000);
    const next = new Map<string, FileResult>();
    let slice = performance.now();
    for (const uri of files) {
      if (run !== this.backgroundRun) return;
      const key = uri.toString();
      if (this.results.has(key) || !this.covers(uri)) continue;
      const text = await currentText(uri);
      const result = text === undefined ? undefined : this.lintSource(uri, text);
      if (result) next.set(key, result);
      if (performance.now() - slice > 30) {
        await new Promise((r) => setTimeout(r, 0));
        slice = performance.now();
      }
    }
    if (run !== this.backgroundRun) return;
    this.background.clear();
    for (const [k, v] of next) this.background.set(k, v);
    this.counts = undefined;
    this.emitter.fire();
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    if (!this.results.has(key) && !this.collection.has(uri)) return; // nothing to clear: no views to refresh
    // a closed kit file still counts in the views, with what it last held
    const last = this.results.get(key);
    if (last && this.kits.kitFor(uri)) this.background.set(key, last);
    this.results.delete(key);
    this.collection.delete(uri);
    this.counts = undefined;
    this.emitter.fire();
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
