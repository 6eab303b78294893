// Offsets ↔ lines and columns. Lines and columns are 0-based here; columns count UTF-16 code units,
// as VS Code and JavaScript strings do. Output formats add 1 where they need 1-based numbers.

export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The offset where a 0-based line starts. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] as number;
  }

  /** The offset just after a line's text (before its line break). */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? (this.starts[line + 1] as number) : this.text.length + 1;
    let end = next - 1;
    if (end > this.text.length) end = this.text.length;
    while (end > this.lineStart(line) && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return end;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, column: o - (this.starts[lo] as number) };
  }

  offsetAt(pos: Position): number {
    const start = this.lineStart(pos.line);
    return Math.min(start + Math.max(0, pos.column), this.lineEnd(pos.line));
  }
}
