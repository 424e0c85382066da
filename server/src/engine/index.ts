// Public entry point of the engine package.
export { analyze, recognize } from './analyze';
export * from './types';
export { SPAN_APPROXIMATE, createAnalyzer, type Analyzer, type DocumentAnalysis } from './incremental';
