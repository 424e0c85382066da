// Status bar item: the active document's quantities and findings; click to list the quantities.
// While the server restarts after a crash, or stays stopped after too many, it says so (whatever the
// active document), and a click on the stopped state restarts the server.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, QuantitiesRequest, type QuantitiesResult } from '../../server/src/lsp/protocol';
import { isEnabledFor } from './config';
import { RESTART_COMMAND, type StatLensClient } from './languageClient';

const LIST_COMMAND = 'statlens.listQuantities';
/** How many past states the `history` test hook keeps. */
const HISTORY_LIMIT = 50;

/** What the item shows (for the real-VS-Code tests, through the extension's test hooks). */
export interface StatusBarSnapshot {
  visible: boolean;
  text: string;
  tooltip: string;
  command: string | undefined;
}

/** A state the item showed, numbered from 1 in the order shown. */
export type StatusBarRecord = StatusBarSnapshot & { seq: number };

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('statlens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private visible = false;
  /** Renders started; a render that awaited the server gives way to any started after it. */
  private renders = 0;
  /** TEST HOOK: the last states the item showed, oldest first (a restart passes too fast to poll). */
  private readonly shownStates: StatusBarRecord[] = [];
  private shownCount = 0;

  constructor(private readonly client: StatLensClient) {
    this.item.name = vscode.l10n.t('StatLens');
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('statlens')) this.update(); }),
      client.onDidChangeClient(() => this.update()),
      client.onDidChangeState(() => this.update()),
    );
    this.update();
  }

  /** Debounced: diagnostics and editor changes come in bursts. A crash or restart shows at once. */
  update(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.client.health.state !== 'ok') void this.render();
    else this.timer = setTimeout(() => void this.render(), 200);
  }

  /** TEST HOOK (read through the extension's API): what the item currently shows. */
  get snapshot(): StatusBarSnapshot {
    const tooltip = this.item.tooltip;
    const command = this.item.command;
    return {
      visible: this.visible,
      text: this.item.text,
      tooltip: typeof tooltip === 'string' ? tooltip : tooltip?.value ?? '',
      command: typeof command === 'string' ? command : command?.command,
    };
  }

  /** TEST HOOK (read through the extension's API): the last states shown, oldest first. */
  get history(): readonly StatusBarRecord[] {
    return this.shownStates;
  }

  private show(text: string, tooltip: string, command: string, error = false): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.command = command;
    this.item.backgroundColor = error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
    this.visible = true;
    this.remember();
  }

  private hide(): void {
    this.item.hide();
    this.visible = false;
    this.remember();
  }

  private remember(): void {
    const now = this.snapshot;
    const last = this.shownStates[this.shownStates.length - 1];
    if (last && last.visible === now.visible && last.text === now.text && last.tooltip === now.tooltip) return;
    this.shownStates.push({ ...now, seq: ++this.shownCount });
    if (this.shownStates.length > HISTORY_LIMIT) this.shownStates.shift();
  }

  private async render(): Promise<void> {
    const render = ++this.renders;
    const health = this.client.health;
    if (health.state === 'restarting') {
      this.show('$(sync~spin) StatLens', health.message, LIST_COMMAND);
      return;
    }
    if (health.state === 'gave-up') {
      this.show('$(error) StatLens', `${health.message} ${vscode.l10n.t('Click to restart the server.')}`, RESTART_COMMAND, true);
      return;
    }
    const document = vscode.window.activeTextEditor?.document;
    const lc = this.client.current;
    if (!document || !isEnabledFor(document) || !this.client.documentLanguages.includes(document.languageId)) {
      this.hide();
      return;
    }
    if (!lc || !lc.isRunning()) {
      this.show('$(circle-slash) StatLens',
        vscode.l10n.t('StatLens: the language server is not running. Use “StatLens: Restart Server”.'), LIST_COMMAND);
      return;
    }
    const findings = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
    let result: QuantitiesResult | undefined;
    try {
      result = await lc.sendRequest<QuantitiesResult>(QuantitiesRequest, { uri: document.uri.toString() });
    } catch {
      result = undefined;
    }
    if (render !== this.renders || this.client.health.state !== 'ok') return;
    if (result?.skipped === 'too-large') {
      this.show('$(circle-slash) StatLens',
        vscode.l10n.t('StatLens: this file is larger than statlens.maxFileSize and was not checked.'), LIST_COMMAND);
    } else {
      const count = result?.quantities.length ?? 0;
      const problems = findings.filter((d) => d.code !== 'file-too-large').length;
      this.show(problems > 0 ? `$(symbol-numeric) ${count}  $(warning) ${problems}` : `$(symbol-numeric) ${count}  $(check)`,
        vscode.l10n.t('StatLens: {0} quantities, {1} findings. Click to list the quantities.', count, problems), LIST_COMMAND);
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
