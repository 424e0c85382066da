// StatLens language server: LSP wiring only. Each feature lives in lsp/<feature>.ts and is a pure function
// of (document, analysis, locale); this file connects them to the protocol.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ProposedFeatures,
  ResponseError,
  LSPErrorCodes,
  type CancellationToken,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from './engine/types';
import { resolveLocale } from './l10n';
import { AnalysisCache, analyzeText, engineOptions, type Analysis } from './lsp/analysis';
import { codeActionsFor } from './lsp/codeActions';
import { DiagnosticConverters, DiagnosticsScheduler, diagnosticsFor } from './lsp/diagnostics';
import { hoverAt } from './lsp/hover';
import { inlayHintsFor } from './lsp/inlayHints';
import { ProjectConfigs } from './lsp/projectConfig';
import {
  CheckTextRequest,
  Commands,
  QuantitiesRequest,
  type CheckTextParams,
  type QuantitiesParams,
} from './lsp/protocol';
import { checkTextResult, quantitiesResult } from './lsp/quantities';
import { guardNotification, guardRequest, requirePosition, requireTextDocumentUri } from './lsp/safe';
import { SEMANTIC_LEGEND, semanticTokensFor } from './lsp/semanticTokens';
import { SettingsStore, type StatLensSettings } from './lsp/settings';
import { MemoryReclaimer, reclaimOptionsFromEnv } from './lsp/memory';

// Gives memory back once the server is idle after a burst of analysis (lsp/memory.ts): every message from the
// editor, and the end of every analysis, postpones it.
const memoryTest = reclaimOptionsFromEnv();
const reclaimer = new MemoryReclaimer(memoryTest.options, memoryTest.logSteps
  ? (step, detail) => connection.console.log(`statlens-test memory: ${step} ${detail}`)
  : undefined);

const connection = createConnection(ProposedFeatures.all, {
  messageStrategy: {
    handleMessage(message, next) {
      reclaimer.activity();
      return next(message);
    },
  },
});
const documents = new TextDocuments(TextDocument);

let locale: Locale = 'en';
let clientCaps = { configuration: false, dynamicConfiguration: false, dynamicWatchers: false, semanticRefresh: false, inlayRefresh: false };
let settings = new SettingsStore(connection, () => clientCaps.configuration, undefined);
const configs = new ProjectConfigs(() => locale, (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }));
const cache = new AnalysisCache(() => locale, configs);

/** The open document, its settings and its (cached) analysis; null for a document we were never sent. */
async function current(uri: string, token?: CancellationToken): Promise<{ document: TextDocument; settings: StatLensSettings; analysis: Analysis } | null> {
  if (!documents.get(uri)) return null;
  const s = await settings.get(uri);
  // A request the client cancelled while settings were fetched is answered without analyzing anything.
  if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'StatLens: request cancelled');
  const document = documents.get(uri); // re-read: the text may have changed while settings were fetched
  if (!document) return null;
  const analysis = cache.get(document, s);
  reclaimer.activity(); // quiet is counted from the end of an analysis, which may have taken a while
  return { document, settings: s, analysis };
}

const converters = new DiagnosticConverters();
const scheduler = new DiagnosticsScheduler(connection, (uri) => documents.get(uri), async (document) => {
  const s = await settings.get(document.uri);
  // If the text changed while settings were fetched, the scheduler drops this result (version check).
  const diagnostics = diagnosticsFor(document, cache.get(document, s), s.maxFileSize, locale, converters.for(document.uri));
  reclaimer.activity(); // quiet is counted from the end of an analysis
  return diagnostics;
});

function refreshAll(): void {
  scheduler.scheduleAll(documents.keys());
  if (clientCaps.semanticRefresh) void connection.languages.semanticTokens.refresh();
  if (clientCaps.inlayRefresh) void connection.languages.inlayHint.refresh();
}

connection.onInitialize((params): InitializeResult => {
  const options = (params.initializationOptions ?? {}) as { locale?: string; settings?: unknown };
  // An explicit initializationOptions.locale wins: it is how users of other editors choose the language.
  locale = resolveLocale(options.locale ?? params.locale);
  const workspace = params.capabilities.workspace;
  clientCaps = {
    configuration: workspace?.configuration === true,
    dynamicConfiguration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    dynamicWatchers: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    semanticRefresh: workspace?.semanticTokens?.refreshSupport === true,
    inlayRefresh: workspace?.inlayHint?.refreshSupport === true,
  };
  settings = new SettingsStore(connection, () => clientCaps.configuration, options.settings);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      inlayHintProvider: { resolveProvider: false },
      semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
      executeCommandProvider: { commands: [Commands.disableRule] },
    },
    serverInfo: { name: 'statlens-language-server' },
  };
});

connection.onInitialized(guardNotification(connection, 'initialized', async () => {
  if (clientCaps.dynamicConfiguration) {
    // Without this registration VS Code's client does not tell us about settings changes.
    await connection.client.register(DidChangeConfigurationNotification.type, { section: 'statlens' });
  }
  if (clientCaps.dynamicWatchers) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/statlens.config.json' }] });
  }
}));

connection.onDidChangeWatchedFiles(guardNotification(connection, 'workspace/didChangeWatchedFiles', () => {
  configs.invalidate();
  cache.clear();
  refreshAll();
}));

connection.onDidChangeConfiguration(guardNotification(connection, 'workspace/didChangeConfiguration', (change) => {
  settings.onDidChangeConfiguration(change.settings);
  cache.clear();
  refreshAll();
}));

documents.onDidChangeContent((change) => scheduler.schedule(change.document.uri));
documents.onDidClose((event) => {
  cache.delete(event.document.uri);
  converters.delete(event.document.uri);
  settings.forget(event.document.uri);
  scheduler.clear(event.document.uri);
});

connection.onHover(guardRequest(connection, 'textDocument/hover', async (params, token) => {
  const uri = requireTextDocumentUri(params);
  const position = requirePosition(params);
  const c = await current(uri, token);
  return c ? hoverAt(c.document, c.document.offsetAt(position), c.analysis, locale) : null;
}));

connection.onCodeAction(guardRequest(connection, 'textDocument/codeAction', async (params, token) => {
  const c = await current(requireTextDocumentUri(params), token);
  return c ? codeActionsFor(c.document, params, c.analysis, locale) : [];
}));

connection.languages.inlayHint.on(guardRequest(connection, 'textDocument/inlayHint', async (params, token) => {
  const c = await current(requireTextDocumentUri(params), token);
  if (!c || !c.settings.inlayHints.enabled) return [];
  return inlayHintsFor(c.document, params.range, c.analysis, locale);
}));

connection.languages.semanticTokens.on(guardRequest(connection, 'textDocument/semanticTokens/full', async (params, token) => {
  const c = await current(requireTextDocumentUri(params), token);
  return c ? semanticTokensFor(c.document, c.analysis) : { data: [] };
}));

connection.onExecuteCommand(guardRequest(connection, 'workspace/executeCommand', (params) => {
  if (params.command !== Commands.disableRule) {
    throw new ResponseError(ErrorCodes.InvalidParams, `StatLens: unknown command ${params.command}`);
  }
  const [code] = params.arguments ?? [];
  if (typeof code !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'StatLens: disableRule needs a rule code');
  // Editors other than VS Code cannot have us write their settings: turn the rule off for this session.
  settings.overrideRule(code, 'off');
  refreshAll();
  return null;
}));

connection.onRequest(QuantitiesRequest, guardRequest(connection, QuantitiesRequest, async (params: QuantitiesParams) => {
  if (typeof params?.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'StatLens: params.uri must be a string');
  const c = await current(params.uri);
  if (!c) return { uri: params.uri, version: null, skipped: null, quantities: [] };
  return quantitiesResult(c.document, c.analysis, locale);
}));

connection.onRequest(CheckTextRequest, guardRequest(connection, CheckTextRequest, async (params: CheckTextParams) => {
  if (typeof params?.uri !== 'string' || typeof params.text !== 'string' || typeof params.languageId !== 'string') {
    throw new ResponseError(ErrorCodes.InvalidParams, 'StatLens: checkText needs uri, languageId and text strings');
  }
  const s = await settings.get(params.uri);
  const document = TextDocument.create(params.uri, params.languageId, 0, params.text);
  const analysis = analyzeText(params.text, params.languageId, s, engineOptions(params.uri, s, locale, configs));
  reclaimer.activity();
  return checkTextResult(document, analysis, s.maxFileSize, locale);
}));

documents.listen(connection);
connection.listen();
