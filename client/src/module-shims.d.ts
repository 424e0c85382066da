// See server/src/lsp/module-shims.d.ts: node10 module resolution cannot see "exports"-only entry points.
declare module 'vscode-languageclient/node' {
  export * from 'vscode-languageclient/lib/node/main';
}
declare module 'vscode-languageclient' {
  export * from 'vscode-languageclient/lib/common/api';
}
