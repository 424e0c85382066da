// tsconfig uses "moduleResolution": "node" (node10), which ignores package.json "exports", and the
// vscode-languageserver family only publishes its entry points through "exports". These ambient modules
// point the type checker at the same files Node and esbuild load at run time.
// Delete this file if tsconfig moves to "module"/"moduleResolution": "node16" (which resolves them natively).
declare module 'vscode-languageserver/node' {
  export * from 'vscode-languageserver/lib/node/main';
}
declare module 'vscode-languageserver' {
  export * from 'vscode-languageserver/lib/common/api';
}
declare module 'vscode-jsonrpc/node' {
  export * from 'vscode-jsonrpc/lib/node/main';
}
declare module 'vscode-languageserver-protocol/node' {
  export * from 'vscode-languageserver-protocol/lib/node/main';
}
declare module 'vscode-languageserver-protocol' {
  export * from 'vscode-languageserver-protocol/lib/common/api';
}
declare module 'vscode-jsonrpc' {
  export * from 'vscode-jsonrpc/lib/common/api';
}
