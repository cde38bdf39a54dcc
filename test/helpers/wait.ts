/**
 * How long a test waits for the pane to answer: two minutes, for two cores
 * that run every suite at once. Under StrykerJS a mutant that leaves the pane
 * without an answer would wait that long too, so the mutation run sets less.
 */
export const WACHT_MS = Number(process.env.DRIEHOEK_WACHT_MS ?? 120_000);
