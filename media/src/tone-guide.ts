// The tone-guide webview page: the voice card and the reply playground. It runs in the webview's
// sandbox with no access to Node; linting happens in the extension host (see protocol.ts). Every
// piece of user text is inserted with textContent / createTextNode, never as HTML.
import '@vscode-elements/elements/dist/vscode-textarea/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-badge/index.js';
import '@vscode-elements/elements/dist/vscode-divider/index.js';
import type { HostMessage, PlaygroundState, WebviewMessage } from '../../src/extension/tone/protocol';

interface VsCodeApi {
  postMessage(m: WebviewMessage): void;
  getState(): PlaygroundState | undefined;
  setState(s: PlaygroundState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
let state: PlaygroundState = vscode.getState() ?? { text: '', lang: 'auto', channel: '', commenter: '' };
let labels: Record<string, string> = {};
let requestId = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string; attrs?: Record<string, string> } = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.className) e.className = props.className;
  if (props.text !== undefined) e.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) e.setAttribute(k, v);
  for (const c of children) e.appendChild(c);
  return e;
}

function custom(tag: string, attrs: Record<string, string> = {}, ...children: Node[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.appendChild(c);
  return e;
}

function select(id: string, value: string, options: [string, string][], onChange: (v: string) => void): HTMLElement {
  const s = custom('vscode-single-select', { id });
  for (const [v, label] of options) {
    const o = custom('vscode-option', { value: v });
    o.textContent = label;
    if (v === value) o.setAttribute('selected', '');
    s.appendChild(o);
  }
  s.addEventListener('change', () => onChange((s as unknown as { value: string }).value));
  return s;
}

function requestLint(): void {
  vscode.setState(state);
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => vscode.postMessage({ type: 'lint', requestId: ++requestId, state }), 150);
}

function render(init: Extract<HostMessage, { type: 'init' }>): void {
  labels = init.labels;
  app.replaceChildren();
  const card = el('section', { className: 'card', attrs: { id: 'voice-card' } });
  card.append(el('h1', { text: init.voice.name }), el('p', { className: 'summary', text: init.voice.summary }));
  if (init.voice.attributes.length) {
    const ul = el('ul', { className: 'attributes' });
    for (const a of init.voice.attributes) ul.append(el('li', {}, el('strong', { text: a.name }), document.createTextNode(a.description ? ` — ${a.description}` : '')));
    card.append(el('h2', { text: labels.voice ?? 'Voice' }), ul);
  }
  if (init.voice.examples.length) {
    card.append(el('h2', { text: labels.examples ?? 'Do and don’t' }));
    for (const x of init.voice.examples) {
      const pair = el('div', { className: 'pair' });
      if (x.situation) pair.append(el('div', { className: 'situation', text: x.situation }));
      pair.append(el('div', { className: 'do' }, el('span', { className: 'tag', text: labels.do ?? 'Do' }), document.createTextNode(x.do)));
      pair.append(el('div', { className: 'dont' }, el('span', { className: 'tag', text: labels.dont ?? 'Don’t' }), document.createTextNode(x.dont)));
      if (x.why) pair.append(el('div', { className: 'why', text: x.why }));
      card.append(pair);
    }
  }
  app.append(card, custom('vscode-divider'));

  const play = el('section', { className: 'playground', attrs: { id: 'playground' } });
  play.append(el('h2', { text: labels.playground ?? 'Reply playground' }));
  const controls = el('div', { className: 'controls' });
  controls.append(
    el('label', { text: labels.language ?? 'Language' }),
    select('lang', state.lang, [['auto', labels.auto ?? 'detect'], ['ru', 'Русский'], ['en', 'English']], (v) => {
      state = { ...state, lang: v as PlaygroundState['lang'] };
      requestLint();
    }),
    el('label', { text: labels.channel ?? 'Channel' }),
    select('channel', state.channel, [['', labels.anyChannel ?? 'any'], ...init.channels.map((c) => [c.id, `${c.id} (${c.limit})`] as [string, string])], (v) => {
      state = { ...state, channel: v };
      requestLint();
    }),
    el('label', { text: labels.commenter ?? 'Commenter' }),
    select('commenter', state.commenter, [['', labels.anyCommenter ?? 'any'], ...(['grateful', 'neutral', 'critic', 'troll'] as const).map((c) => [c, labels[c] ?? c] as [string, string])], (v) => {
      state = { ...state, commenter: v as PlaygroundState['commenter'] };
      requestLint();
    }),
  );
  const area = custom('vscode-textarea', { id: 'reply', rows: '6', placeholder: labels.placeholder ?? '' }) as HTMLElement & { value: string };
  area.value = state.text;
  area.addEventListener('input', () => {
    state = { ...state, text: area.value };
    requestLint();
  });
  play.append(controls, area, el('div', { className: 'highlight', attrs: { id: 'highlight', 'aria-live': 'polite' } }), el('div', { attrs: { id: 'lengths' } }), el('ul', { className: 'findings', attrs: { id: 'findings' } }));
  app.append(play);
  requestLint();
}

function showResult(r: Extract<HostMessage, { type: 'result' }>): void {
  if (r.requestId !== requestId) return; // a newer request is on its way
  const text = state.text;
  const hl = document.getElementById('highlight') as HTMLElement;
  hl.replaceChildren();
  let pos = 0;
  const spans = [...r.findings].sort((a, b) => a.start - b.start);
  for (const f of spans) {
    if (f.start < pos) continue;
    hl.append(document.createTextNode(text.slice(pos, f.start)));
    const mark = el('mark', { className: `sev-${f.severity}`, text: text.slice(f.start, Math.max(f.end, f.start)) || '⟂', attrs: { title: `${f.rule}: ${f.message}` } });
    hl.append(mark);
    pos = Math.max(f.end, f.start);
  }
  hl.append(document.createTextNode(text.slice(pos)));

  const lengths = document.getElementById('lengths') as HTMLElement;
  lengths.replaceChildren(el('h3', { text: labels.length ?? 'Length' }));
  for (const l of r.lengths) {
    const over = l.length > l.limit;
    const meter = el('div', { className: `meter${over ? ' over' : ''}`, attrs: { 'data-channel': l.channel } });
    const bar = el('div', { className: 'bar' });
    bar.style.width = `${Math.min(100, Math.round((l.length / l.limit) * 100))}%`;
    meter.append(el('span', { className: 'name', text: l.channel }), el('div', { className: 'track' }, bar), el('span', { className: 'count', text: `${l.length} / ${l.limit}` }));
    lengths.append(meter);
  }

  const list = document.getElementById('findings') as HTMLElement;
  list.replaceChildren();
  if (!r.findings.length && text.trim()) list.append(el('li', { className: 'clean', text: labels.clean ?? 'On-brand.' }));
  for (const f of r.findings) {
    const badge = custom('vscode-badge', { variant: f.severity === 'error' ? 'counter' : 'default' });
    badge.textContent = labels[f.severity] ?? f.severity;
    list.append(el('li', { className: `finding sev-${f.severity}`, attrs: { 'data-rule': f.rule } }, badge, el('span', { className: 'message', text: f.message }), el('code', { text: f.rule })));
  }
}

window.addEventListener('message', (e: MessageEvent<HostMessage>) => {
  const m = e.data;
  if (m?.type === 'init') render(m);
  else if (m?.type === 'result') showResult(m);
});
vscode.postMessage({ type: 'ready' });
