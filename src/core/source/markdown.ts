// Markdown: the prose only, one segment per paragraph, heading, list item or quote, with the markup
// taken out of the text and every character mapped back to the source. Not linted: front matter,
// fenced and indented code, inline code, HTML comments and tags, link and image targets, reference
// definitions, autolinks and bare URLs, heading `{#id}` anchors. Hand-written, linear, never throws.
import { mappedSegment, type Segment } from './segment';

interface LineRange {
  start: number;
  end: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const LIST = /^( {0,3})([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const QUOTE = /^ {0,3}> ?/;
const REFDEF = /^ {0,3}\[[^\]]+\]:\s*\S/;
const HR = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const MARKUP = /[`[\]<*_\\]|https?:|www\./;
const HTML_BLOCK = /^ {0,3}<(?:\/?[a-zA-Z][\w-]*[\s/>]|!--)/;

export function extractMarkdownSegments(source: string): Segment[] {
  const lines: LineRange[] = [];
  for (let s = 0; s <= source.length; ) {
    let e = source.indexOf('\n', s);
    if (e === -1) e = source.length;
    lines.push({ start: s, end: e > s && source[e - 1] === '\r' ? e - 1 : e });
    s = e + 1;
  }
  const text = (l: LineRange) => source.slice(l.start, l.end);
  const out: Segment[] = [];
  let block: LineRange[] = [];
  const flush = () => {
    if (block.length) out.push(...inlineSegments(source, block));
    block = [];
  };

  let i = 0;
  // front matter
  if (/^---[ \t]*$/.test(text(lines[0] as LineRange))) {
    for (let j = 1; j < lines.length; j++) {
      if (/^(---|\.\.\.)[ \t]*$/.test(text(lines[j] as LineRange))) {
        i = j + 1;
        break;
      }
    }
  }
  let prevBlank = true;
  let inList = false;
  for (; i < lines.length; i++) {
    const l = lines[i] as LineRange;
    const t = text(l);
    if (/^[ \t]*$/.test(t)) {
      flush();
      prevBlank = true;
      continue;
    }
    const fence = FENCE.exec(t);
    if (fence) {
      flush();
      const marker = fence[1] as string;
      for (i++; i < lines.length; i++) {
        const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
        if (close.test(text(lines[i] as LineRange))) break;
      }
      prevBlank = false;
      continue;
    }
    if (prevBlank && !inList && /^( {4}|\t)/.test(t)) {
      flush();
      continue; // indented code
    }
    if (t.trimStart().startsWith('<!--')) {
      flush();
      // skip to the end of the comment (possibly on this line)
      let j = i;
      while (j < lines.length && !text(lines[j] as LineRange).includes('-->')) j++;
      i = j;
      prevBlank = false;
      inList = false;
      continue;
    }
    if (HTML_BLOCK.test(t) || REFDEF.test(t) || HR.test(t)) {
      flush();
      prevBlank = false;
      inList = false;
      continue;
    }
    const h = HEADING.exec(t);
    if (h) {
      flush();
      let end = l.end;
      const anchor = /[ \t]*\{#[^}]*\}[ \t]*$/.exec(t) ?? /[ \t]+#+[ \t]*$/.exec(t);
      if (anchor) end = l.start + anchor.index;
      block = [{ start: l.start + h[0].length, end: Math.max(l.start + h[0].length, end) }];
      flush();
      prevBlank = false;
      inList = false;
      continue;
    }
    const li = LIST.exec(t);
    if (li) {
      flush();
      inList = true;
      let start = l.start + li[0].length;
      const task = /^\[[ xX]\][ \t]+/.exec(source.slice(start, l.end));
      if (task) start += task[0].length;
      block.push({ start, end: l.end });
      prevBlank = false;
      continue;
    }
    const q = QUOTE.exec(t);
    if (q) {
      inList = false;
      let start = l.start + q[0].length;
      // nested quotes
      for (let m = QUOTE.exec(source.slice(start, l.end)); m; m = QUOTE.exec(source.slice(start, l.end))) start += m[0].length;
      if (start < l.end) block.push({ start, end: l.end });
      else flush();
      prevBlank = false;
      continue;
    }
    // a paragraph line (or the continuation of a list item)
    let start = l.start;
    while (start < l.end && (source[start] === ' ' || source[start] === '\t')) start++;
    block.push({ start, end: l.end });
    prevBlank = false;
  }
  flush();
  return out;
}

/** Removes inline markup from a block of line ranges and builds one segment with its map. */
function inlineSegments(source: string, block: LineRange[]): Segment[] {
  let text = '';
  const starts: number[] = [];
  const copy = (from: number, to: number) => {
    for (let k = from; k < to; k++) starts.push(k);
    text += source.slice(from, to);
  };
  block.forEach((l, idx) => {
    if (idx > 0) {
      const prev = block[idx - 1] as LineRange;
      starts.push(prev.end);
      text += '\n';
    }
    // Most prose lines carry no markup at all: copy them whole.
    if (!MARKUP.test(source.slice(l.start, l.end))) {
      copy(l.start, l.end);
      return;
    }
    let k = l.start;
    const end = l.end;
    while (k < end) {
      const c = source[k] as string;
      // inline code
      if (c === '`') {
        let n = 1;
        while (source[k + n] === '`') n++;
        const ticks = '`'.repeat(n);
        const close = source.indexOf(ticks, k + n);
        if (close !== -1 && close < end) {
          k = close + n;
          continue;
        }
        copy(k, k + n);
        k += n;
        continue;
      }
      // link or image: keep the text, drop the target
      if (c === ']' && source[k + 1] === '(') {
        const close = source.indexOf(')', k + 2);
        if (close !== -1 && close < end) {
          k = close + 1;
          continue;
        }
      }
      if (c === ']' && source[k + 1] === '[') {
        const close = source.indexOf(']', k + 2);
        if (close !== -1 && close < end) {
          k = close + 1;
          continue;
        }
      }
      if ((c === '[' || (c === '!' && source[k + 1] === '[')) && source.indexOf(']', k) !== -1) {
        k += c === '!' ? 2 : 1;
        continue;
      }
      if (c === ']') {
        k++;
        continue;
      }
      // autolinks, HTML tags and comments
      if (c === '<') {
        const m = /^<(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+|\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?|!--[\s\S]*?--)>/.exec(source.slice(k, Math.min(end, k + 2000)));
        if (m) {
          k += m[0].length;
          continue;
        }
      }
      // bare URLs
      if ((c === 'h' || c === 'w') && /^(?:https?:\/\/|www\.)/.test(source.slice(k, k + 8))) {
        const m = /^\S+/.exec(source.slice(k, end)) as RegExpExecArray;
        let len = m[0].length;
        while (len > 0 && /[.,;:!?)»"']/.test(m[0][len - 1] as string)) len--;
        k += len;
        continue;
      }
      // emphasis markers: runs of * or _ next to a word character
      if (c === '*' || (c === '_' && !/[\p{L}\p{N}]/u.test(source[k - 1] ?? ' '))) {
        let n = 1;
        while (source[k + n] === c) n++;
        const before = source[k - 1] ?? ' ';
        const after = source[k + n] ?? ' ';
        if (/\S/.test(after) || /\S/.test(before)) {
          if (c === '_' && /[\p{L}\p{N}]/u.test(after) && /[\p{L}\p{N}]/u.test(before)) {
            copy(k, k + n);
          }
          k += n;
          continue;
        }
      }
      if (c === '\\' && k + 1 < end && /[\\`*_{}[\]()#+\-.!|<>~]/.test(source[k + 1] as string)) {
        copy(k + 1, k + 2);
        k += 2;
        continue;
      }
      copy(k, k + 1);
      k++;
    }
  });
  const last = block[block.length - 1] as LineRange;
  starts.push(last.end);
  if (!text.trim()) return [];
  return [mappedSegment(text, starts, { role: 'prose' }, { source })];
}
