// The response preview page: shows what the host rendered. User text goes in as text nodes only.
import type { PreviewHostMessage, PreviewModel, PreviewWebviewMessage } from '../../src/extension/responses/protocol';

interface VsCodeApi {
  postMessage(m: PreviewWebviewMessage): void;
  getState(): { id?: string } | undefined;
  setState(s: { id?: string }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;
const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;

function el(tag: string, cls?: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function render(m: PreviewModel): void {
  vscode.setState({ id: m.id });
  app.replaceChildren();
  app.append(el('h1', 'title', m.title), el('p', 'summary', [m.id, ...m.meta].join(' · ')));
  const grid = el('div', 'variants');
  for (const v of m.variants) {
    const box = el('section', 'variant');
    box.dataset.lang = v.lang;
    box.append(el('h2', undefined, v.lang.toUpperCase()));
    if (v.error) box.append(el('p', 'error', v.error));
    const text = el('div', 'highlight rendered');
    let pos = 0;
    for (const f of [...v.findings].sort((a, b) => a.start - b.start)) {
      if (f.start < pos) continue;
      text.append(document.createTextNode(v.text.slice(pos, f.start)));
      const mark = el('mark', `sev-${f.severity}`, v.text.slice(f.start, Math.max(f.start, f.end)) || '⟂');
      mark.title = `${f.rule}: ${f.message}`;
      text.append(mark);
      pos = Math.max(f.start, f.end);
    }
    text.append(document.createTextNode(v.text.slice(pos)));
    box.append(text, el('h3', undefined, m.labels.channels));
    for (const l of v.lengths) {
      const meter = el('div', `meter${l.length > l.limit ? ' over' : ''}`);
      const track = el('div', 'track');
      const bar = el('div', 'bar');
      bar.style.width = `${Math.min(100, Math.round((l.length / l.limit) * 100))}%`;
      track.append(bar);
      meter.append(el('span', 'name', l.channel), track, el('span', 'count', `${l.length} / ${l.limit}`));
      box.append(meter);
    }
    box.append(el('h3', undefined, m.labels.findings));
    const list = el('ul', 'findings');
    if (!v.findings.length) list.append(el('li', 'clean', m.labels.clean));
    for (const f of v.findings) {
      const li = el('li', `finding sev-${f.severity}`);
      li.dataset.rule = f.rule;
      li.append(el('span', 'message', f.message), el('code', undefined, f.rule));
      list.append(li);
    }
    box.append(list);
    grid.append(box);
  }
  app.append(grid);
}

window.addEventListener('message', (e: MessageEvent<PreviewHostMessage>) => {
  if (e.data?.type === 'show') render(e.data.model);
});
vscode.postMessage({ type: 'ready' });
