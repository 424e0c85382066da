// The client's view of the statlens.* settings. The server reads its own settings per resource; the
// client needs only the ones that decide which documents it sends.
import * as vscode from 'vscode';

export const SECTION = 'statlens';
export const DEFAULT_LANGUAGES = ['plaintext', 'markdown'];

/** Language ids to sync to the server: the union over the workspace and every folder. */
export function configuredLanguages(): string[] {
  const languages = new Set<string>();
  const scopes: Array<vscode.Uri | undefined> = [undefined, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)];
  for (const scope of scopes) {
    const value = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('languages');
    const list = Array.isArray(value) ? value.filter((l): l is string => typeof l === 'string') : DEFAULT_LANGUAGES;
    for (const l of list) languages.add(l);
  }
  return [...languages].sort();
}

/** Node options for the server process: `statlens.server.optimizeForMemory` trades speed for memory (V8 sizes its
 *  heap for footprint; docs/performance.md has the figures). */
export function serverExecArgv(): string[] {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>('server.optimizeForMemory', false) ? ['--optimize-for-size'] : [];
}

export function isEnabledFor(document: vscode.TextDocument): boolean {
  const config = vscode.workspace.getConfiguration(SECTION, document.uri);
  const languages = config.get<string[]>('languages', DEFAULT_LANGUAGES);
  return config.get<boolean>('enable', true) && languages.includes(document.languageId);
}

/** URI schemes whose documents are analyzed: real files, new files, and virtual-workspace file systems. */
export const SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web'];

/** Write `statlens.rules.<code>` = off where it takes effect: the most specific level that already sets
 *  it, else the workspace (or the user settings when no folder is open). */
export async function turnRuleOff(code: string, resource: vscode.Uri | undefined): Promise<void> {
  const config = vscode.workspace.getConfiguration(SECTION, resource);
  const key = `rules.${code}`;
  const info = config.inspect(key);
  const hasFolders = (vscode.workspace.workspaceFolders ?? []).length > 0;
  const target = info?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder
    : info?.workspaceValue !== undefined || hasFolders ? vscode.ConfigurationTarget.Workspace
      : vscode.ConfigurationTarget.Global;
  await config.update(key, 'off', target);
  void vscode.window.showInformationMessage(vscode.l10n.t('StatLens: rule “{0}” is now off. Set statlens.rules.{0} to turn it back on.', code));
}
