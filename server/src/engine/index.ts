// Public entry point of the engine package.
export { analyze } from './analyze';
export * from './types';
