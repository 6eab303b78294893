// Where a sentence starts, as the rules that treat a sentence's first word apart (capitals, «Вы») see it.

/** Whether offset `i` starts a sentence: only spaces, quotes, brackets or dashes after the text start, a line break or . ! ? …. */
export function startsSentence(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text[k] as string;
    if (c === '\n') return true;
    if (/[\s«"„“(—–-]/.test(c)) continue;
    return /[.!?…]/.test(c);
  }
  return true;
}
