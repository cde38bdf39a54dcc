/**
 * One contender of the engine's comparison, timed in a process of its own:
 * `node engine-job.js <contender> <rows>` prints "ENGINE <median ms>". What
 * V8 learns from one contender's code (the engine with every rule makes its
 * own calls megamorphic) then neither slows nor speeds another.
 */
import { generatedSnapshot } from '../test/helpers/generate';
import { CONTENDERS, type Contender } from './contenders';

async function main() {
  const [name, rows] = process.argv.slice(2) as [Contender, string];
  const s = generatedSnapshot(Number(rows));
  const run = CONTENDERS[name];
  // Warmed up until optimised, as a long-running pane or server would be; then the median of the runs.
  for (let i = 0; i < 3; i++) await run(s);
  const ms: number[] = [];
  for (let i = 0; i < (Number(rows) >= 100_000 ? 7 : 11); i++) {
    const t = performance.now();
    await run(s);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  process.stdout.write(`ENGINE ${ms[Math.floor(ms.length / 2)]}\n`);
}

void main();
