// Status bar item: the active document's quantities and findings; click to list the quantities.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, QuantitiesRequest, type QuantitiesResult } from '../../server/src/lsp/protocol';
import { isEnabledFor } from './config';
import type { StatLensClient } from './languageClient';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('statlens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: StatLensClient) {
    this.item.name = vscode.l10n.t('StatLens');
    this.item.command = 'statlens.listQuantities';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('statlens')) this.update(); }),
      client.onDidChangeClient(() => this.update()),
    );
    this.update();
  }

  /** Debounced: diagnostics and editor changes come in bursts. */
  update(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), 200);
  }

  private async render(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const lc = this.client.current;
    if (!document || !isEnabledFor(document) || !this.client.documentLanguages.includes(document.languageId)) {
      this.item.hide();
      return;
    }
    if (!lc || !lc.isRunning()) {
      this.item.text = '$(circle-slash) StatLens';
      this.item.tooltip = vscode.l10n.t('StatLens: the language server is not running. Use “StatLens: Restart Server”.');
      this.item.show();
      return;
    }
    const findings = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
    let result: QuantitiesResult | undefined;
    try {
      result = await lc.sendRequest<QuantitiesResult>(QuantitiesRequest, { uri: document.uri.toString() });
    } catch {
      result = undefined;
    }
    if (result?.skipped === 'too-large') {
      this.item.text = '$(circle-slash) StatLens';
      this.item.tooltip = vscode.l10n.t('StatLens: this file is larger than statlens.maxFileSize and was not checked.');
    } else {
      const count = result?.quantities.length ?? 0;
      const problems = findings.filter((d) => d.code !== 'file-too-large').length;
      this.item.text = problems > 0 ? `$(symbol-numeric) ${count}  $(warning) ${problems}` : `$(symbol-numeric) ${count}  $(check)`;
      this.item.tooltip = vscode.l10n.t('StatLens: {0} quantities, {1} findings. Click to list the quantities.', count, problems);
    }
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
