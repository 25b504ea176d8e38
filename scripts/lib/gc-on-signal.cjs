// Preloaded into the server by scripts/test-load.ts (with --expose-gc): a full garbage collection
// on SIGUSR2, so a memory sample measures what the server holds, not garbage V8 has yet to collect.
process.on('SIGUSR2', () => {
  if (typeof global.gc === 'function') global.gc()
})
