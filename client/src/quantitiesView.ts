// "StatLens: List Quantities": a webview table of every quantity in the active document — value, unit,
// kind, line — sortable by any column, click a row to jump to the figure. Follows edits to its document.
import * as vscode from 'vscode';
import { QuantitiesRequest, type QuantitiesResult, type QuantityRow } from '../../server/src/lsp/protocol';
import type { StatLensClient } from './languageClient';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

function nonce(): string {
  let s = '';
  for (let i = 0; i < 32; i++) s += 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 62)];
  return s;
}

export async function fetchQuantities(client: StatLensClient, document: vscode.TextDocument): Promise<QuantitiesResult | undefined> {
  const lc = client.current;
  if (!lc) return undefined;
  return lc.sendRequest<QuantitiesResult>(QuantitiesRequest, { uri: document.uri.toString() });
}

export class QuantitiesView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: StatLensClient) {
    this.disposables.push(vscode.workspace.onDidChangeTextDocument((e) => {
      if (this.panel && e.document === this.document) {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), 500);
      }
    }));
  }

  async show(document: vscode.TextDocument): Promise<void> {
    this.document = document;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('statlens.quantities', vscode.l10n.t('Quantities'), {
        viewColumn: vscode.ViewColumn.Beside, preserveFocus: true,
      }, { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [] });
      this.panel.onDidDispose(() => { this.panel = undefined; });
      this.panel.webview.onDidReceiveMessage((m: { line?: unknown; character?: unknown; endLine?: unknown; endCharacter?: unknown }) => {
        if (typeof m.line === 'number' && typeof m.character === 'number') void this.reveal(m.line, m.character, Number(m.endLine), Number(m.endCharacter));
      });
    }
    this.panel.reveal(vscode.ViewColumn.Beside, true);
    await this.refresh();
  }

  private async reveal(line: number, character: number, endLine: number, endCharacter: number): Promise<void> {
    if (!this.document) return;
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    const range = new vscode.Range(line, character, Number.isFinite(endLine) ? endLine : line, Number.isFinite(endCharacter) ? endCharacter : character);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async refresh(): Promise<void> {
    if (!this.panel || !this.document) return;
    const result = await fetchQuantities(this.client, this.document);
    const name = this.document.uri.path.split('/').pop() ?? this.document.uri.toString();
    this.panel.title = vscode.l10n.t('Quantities: {0}', name);
    this.panel.webview.html = this.html(result?.quantities ?? [], result?.skipped === 'too-large');
  }

  private html(rows: readonly QuantityRow[], tooLarge: boolean): string {
    const n = nonce();
    const headers: Array<[string, string]> = [
      ['line', vscode.l10n.t('Line')], ['text', vscode.l10n.t('Text')], ['value', vscode.l10n.t('Value')],
      ['unit', vscode.l10n.t('Unit')], ['kind', vscode.l10n.t('Kind')], ['findings', vscode.l10n.t('Findings')],
    ];
    const body = rows.map((r) => `<tr tabindex="0" data-line="${r.line}" data-character="${r.character}" data-end-line="${r.endLine}" data-end-character="${r.endCharacter}"` +
      ` data-sort-line="${r.line * 1e6 + r.character}" data-sort-value="${r.value ?? ''}" data-sort-findings="${r.findings}">` +
      `<td class="num">${r.line + 1}</td><td>${escapeHtml(r.text)}</td><td class="num">${escapeHtml(r.display)}</td>` +
      `<td>${escapeHtml(r.unit ?? '')}</td><td>${escapeHtml(r.kind)}</td><td class="num">${r.findings || ''}</td></tr>`).join('');
    const empty = tooLarge
      ? vscode.l10n.t('This file is larger than statlens.maxFileSize and was not checked.')
      : vscode.l10n.t('No quantities found.');
    return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${n}'; script-src 'nonce-${n}';">
<style nonce="${n}">
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 2px 8px; border-bottom: 1px solid var(--vscode-editorGroup-border); }
th { cursor: pointer; user-select: none; position: sticky; top: 0; background: var(--vscode-editor-background); }
th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr[data-line] { cursor: pointer; } tr[data-line]:hover, tr[data-line]:focus { background: var(--vscode-list-hoverBackground); }
</style></head><body>
${rows.length === 0 ? `<p>${escapeHtml(empty)}</p>` : `<table><thead><tr>${headers.map(([key, label]) => `<th data-key="${key}" tabindex="0">${escapeHtml(label)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`}
<script nonce="${n}">
const vscode = acquireVsCodeApi();
const tbody = document.querySelector('tbody');
const numeric = new Set(['line', 'value', 'findings']);
function cell(row, key, index) {
  if (numeric.has(key)) { const v = row.dataset['sort' + key[0].toUpperCase() + key.slice(1)]; return v === '' ? -Infinity : Number(v); }
  return row.children[index].textContent;
}
document.querySelectorAll('th').forEach((th, index) => {
  const sort = () => {
    const key = th.dataset.key;
    const dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    document.querySelectorAll('th').forEach((h) => h.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    const rows = Array.from(tbody.rows);
    rows.sort((a, b) => { const x = cell(a, key, index), y = cell(b, key, index); return (x < y ? -1 : x > y ? 1 : 0) * dir; });
    rows.forEach((r) => tbody.appendChild(r));
  };
  th.addEventListener('click', sort);
  th.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') sort(); });
});
if (tbody) {
  const jump = (tr) => vscode.postMessage({ line: Number(tr.dataset.line), character: Number(tr.dataset.character), endLine: Number(tr.dataset.endLine), endCharacter: Number(tr.dataset.endCharacter) });
  tbody.addEventListener('click', (e) => { const tr = e.target.closest('tr'); if (tr) jump(tr); });
  tbody.addEventListener('keydown', (e) => { const tr = e.target.closest('tr'); if (tr && e.key === 'Enter') jump(tr); });
}
</script></body></html>`;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
