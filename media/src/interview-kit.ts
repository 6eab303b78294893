// The interview kit page: rows of questions with minutes, order, score and notes; totals; save.
// Every piece of user text is inserted as text.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import type { KitHostMessage, KitModel, KitWebviewMessage } from '../../src/extension/interview/protocol';

interface VsCodeApi {
  postMessage(m: KitWebviewMessage): void;
  getState(): { kit?: string; model?: KitModel } | undefined;
  setState(s: { kit?: string; model?: KitModel }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;
const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
let model: KitModel | undefined = vscode.getState()?.model;

function el(tag: string, cls?: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function keep(): void {
  vscode.setState({ kit: model?.kitUri, model });
}

function render(): void {
  if (!model) return;
  const m = model;
  keep();
  app.replaceChildren();
  app.append(el('h1', 'title', m.title));
  const total = el('p', 'total');
  total.id = 'total';
  total.textContent = `${m.labels.total}: ${m.rows.reduce((n, r) => n + r.minutes, 0)} ${m.labels.minutes}`;
  app.append(total);
  const list = el('ol', 'kit-rows');
  m.rows.forEach((r, i) => {
    const li = el('li', 'kit-row');
    li.dataset.id = r.id;
    const head = el('div', 'row-head');
    head.append(el('span', 'question', r.question));
    const minutes = document.createElement('input');
    minutes.type = 'number';
    minutes.min = '1';
    minutes.max = '120';
    minutes.value = String(r.minutes);
    minutes.className = 'minutes';
    minutes.addEventListener('change', () => {
      r.minutes = Math.max(1, Number(minutes.value) || 1);
      render();
    });
    const up = el('button', 'up', '↑');
    up.title = m.labels.up ?? '';
    up.addEventListener('click', () => {
      if (i > 0) [m.rows[i - 1], m.rows[i]] = [m.rows[i]!, m.rows[i - 1]!];
      render();
    });
    const down = el('button', 'down', '↓');
    down.title = m.labels.down ?? '';
    down.addEventListener('click', () => {
      if (i < m.rows.length - 1) [m.rows[i + 1], m.rows[i]] = [m.rows[i]!, m.rows[i + 1]!];
      render();
    });
    head.append(minutes, el('span', undefined, m.labels.minutes), up, down);
    li.append(head);
    const scores = el('div', 'scores');
    for (let s = 1; s <= 5; s++) {
      const b = el('button', `score${r.score === s ? ' chosen' : ''}`, String(s));
      const rub = r.rubric.find((x) => x.score === s);
      if (rub) b.title = rub.text;
      b.addEventListener('click', () => {
        r.score = s;
        render();
      });
      scores.append(b);
    }
    const rubric = r.rubric.find((x) => x.score === r.score);
    scores.append(el('span', 'rubric', rubric ? rubric.text : ''));
    const notes = document.createElement('textarea');
    notes.className = 'notes';
    notes.placeholder = m.labels.notes ?? '';
    notes.value = r.notes ?? '';
    notes.addEventListener('input', () => {
      r.notes = notes.value;
      keep();
    });
    li.append(scores, notes);
    list.append(li);
  });
  app.append(list);
  app.append(summary(m));
  const rec = document.createElement('select');
  rec.id = 'recommendation';
  rec.append(new Option('—', ''));
  for (const k of ['strong-no', 'no', 'yes', 'strong-yes']) rec.append(new Option(m.labels[k] ?? k, k, false, m.recommendation === k));
  rec.addEventListener('change', () => {
    m.recommendation = rec.value || undefined;
    keep();
  });
  const saveKit = el('vscode-button', 'save-kit', m.labels.saveKit);
  saveKit.addEventListener('click', () => vscode.postMessage({ type: 'saveKit', rows: m.rows.map((r) => ({ id: r.id, minutes: r.minutes })) }));
  const saveCard = el('vscode-button', 'save-scorecard', m.labels.saveScorecard);
  saveCard.addEventListener('click', () => vscode.postMessage({ type: 'saveScorecard', rows: m.rows.map((r) => ({ id: r.id, score: r.score, notes: r.notes })), recommendation: m.recommendation }));
  const bar = el('div', 'actions');
  bar.append(el('label', undefined, m.labels.recommendation), rec, saveKit, saveCard, el('span', 'status'));
  app.append(bar);
}

/** The mean score per competency over the scored questions, as the scorecard exports compute it. */
function summary(m: KitModel): HTMLElement {
  const by = new Map<string, { sum: number; n: number }>();
  for (const r of m.rows) {
    for (const c of r.competencies ?? []) {
      const x = by.get(c) ?? { sum: 0, n: 0 };
      if (r.score) {
        x.sum += r.score;
        x.n++;
      }
      by.set(c, x);
    }
  }
  const box = el('section', 'competencies');
  box.id = 'competencies';
  box.append(el('h2', undefined, m.labels.competencies));
  const table = el('table');
  for (const [c, x] of [...by].sort(([a], [b]) => a.localeCompare(b))) {
    const tr = el('tr');
    tr.append(el('td', undefined, c), el('td', 'mean', x.n ? String(Math.round((x.sum / x.n) * 10) / 10) : m.labels.notScored));
    table.append(tr);
  }
  box.append(table);
  return box;
}

window.addEventListener('message', (e: MessageEvent<KitHostMessage>) => {
  if (e.data?.type === 'init') {
    model = e.data.model;
    render();
  } else if (e.data?.type === 'saved') {
    const s = app.querySelector('.status');
    if (s) s.textContent = model?.labels.saved ?? 'Saved.';
  }
});
if (model) render();
vscode.postMessage({ type: 'ready' });
