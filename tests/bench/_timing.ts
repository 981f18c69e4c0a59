/** The fastest of `runs` calls, in ms: the figure least disturbed by other work on a shared machine. */
export function best(runs: number, fn: () => unknown): number {
  let fastest = Infinity
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    fn()
    fastest = Math.min(fastest, performance.now() - started)
  }
  return fastest
}
