// The package's library entry (`exports["."]`); the command line is bin/ausm-check.js.
export * from './api/index.js';
