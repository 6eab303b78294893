// Minimal glob matching for kit paths (always with forward slashes): `**` any depth, `*` and `?`
// within a segment, `{a,b}` alternatives, `[...]` classes. Compiled once into a RegExp.

export function globToRegExp(glob: string): RegExp {
  let re = '';
  let i = 0;
  let depth = 0;
  while (i < glob.length) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        re += slashAfter ? '(?:[^/]*/)*' : '.*';
        i += slashAfter ? 3 : 2;
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      re += '(?:';
      depth++;
    } else if (c === '}' && depth > 0) {
      re += ')';
      depth--;
    } else if (c === ',' && depth > 0) re += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else re += /[.+^$()|\\/]/.test(c) ? '\\' + c : c;
    i++;
  }
  return new RegExp(`^${re}$`);
}

export class GlobSet {
  private readonly res: RegExp[];
  constructor(globs: readonly string[]) {
    this.res = globs.map(globToRegExp);
  }
  get size(): number {
    return this.res.length;
  }
  matches(path: string): boolean {
    const p = path.replace(/\\/g, '/').replace(/^\.\//, '');
    return this.res.some((r) => r.test(p));
  }
}

/** Whether a command-line argument is a glob rather than a path. */
export const isGlob = (s: string) => /[*?{[]/.test(s);
