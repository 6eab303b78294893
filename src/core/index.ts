// The public surface of the core, shared by the CLI, the extension, the tests and the benchmarks.
export * from './types';
export * from './text/positions';
export * from './text/tokenize';
export * from './source/segment';
export * from './rules/api';
