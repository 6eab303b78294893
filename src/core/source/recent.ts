// The last results of parsing a kit file, by path: the editor's index, its diagnostics and the CLI's
// cross-file checks ask for the same text more than once. A hit needs the same path and the same text.

export class RecentParses<T> {
  private readonly entries = new Map<string, { source: string; value: T }>();

  /** Keeps at most `maxFiles` results, and not much more than `maxChars` characters of their sources. */
  constructor(
    private readonly maxFiles = 64,
    private readonly maxChars = 8_000_000,
  ) {}

  get(path: string, source: string): T | undefined {
    const hit = this.entries.get(path);
    return hit && hit.source === source ? hit.value : undefined;
  }

  set(path: string, source: string, value: T): void {
    this.entries.delete(path);
    this.entries.set(path, { source, value });
    let size = 0;
    for (const e of this.entries.values()) size += e.source.length;
    for (const [p, e] of this.entries) {
      if (this.entries.size <= 1 || (this.entries.size <= this.maxFiles && size <= this.maxChars)) break;
      this.entries.delete(p);
      size -= e.source.length;
    }
  }
}
