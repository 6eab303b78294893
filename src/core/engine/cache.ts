// Findings of lintText remembered per (context, text), for a document linted again and again as it is
// edited: typing changes one paragraph or one template, and every other segment's findings come from
// here. lintText is a pure function of the text, the context and the config, so a hit is exactly what
// linting would give. The cache belongs to one config (another config empties it) and is bounded by
// the characters it holds, oldest use dropped first. The CLI and the benchmarks do not use it.
import type { Finding, LintContext } from '../types';
import { lintText, type LintConfig } from './lint';

const contextKey = (c: Partial<LintContext>): string =>
  `${c.lang ?? ''}\u0001${c.channel ?? ''}\u0001${c.commenter ?? ''}\u0001${c.role ?? ''}\u0001${c.variables ? c.variables.join('\u0002') : '\u0003'}`;

export class LintCache {
  private readonly entries = new Map<string, Finding[]>();
  private config: LintConfig | undefined;
  private chars = 0;
  hits = 0;
  misses = 0;

  /** @param maxChars the most text (keys included) the cache holds; 8 M characters by default. */
  constructor(private readonly maxChars = 8_000_000) {}

  lint(text: string, context: Partial<LintContext>, config: LintConfig): Finding[] {
    if (config !== this.config) this.clear(config);
    const key = `${contextKey(context)}\u0000${text}`;
    const hit = this.entries.get(key);
    if (hit) {
      this.hits++;
      // most recently used last, so the first key is the one to drop
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    this.misses++;
    const found = lintText(text, context, config);
    if (key.length > this.maxChars) return found;
    this.entries.set(key, found);
    this.chars += key.length;
    for (const old of this.entries.keys()) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(old);
      this.chars -= old.length;
    }
    return found;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(config?: LintConfig): void {
    this.entries.clear();
    this.chars = 0;
    this.config = config;
  }
}
