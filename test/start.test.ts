import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');

/** A free port, so the test does not meet a server already running. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer()
      .once('error', () => resolve(true))
      .listen(port, () => s.close(() => resolve(false)));
  });
}

async function until(ok: () => Promise<boolean> | boolean): Promise<void> {
  while (!(await ok())) await new Promise((r) => setTimeout(r, 200));
}

/** npm start as a user runs it, on its own port; resolves once the page is served. */
async function npmStart(port: number): Promise<{ npm: ChildProcess; out: () => string; ended: Promise<void> }> {
  let out = '';
  // detached: its own process group, so the test can end npm alone and leave the rest to see what happens.
  const npm = spawn('npm', ['start', '--silent'], { cwd: ROOT, env: { ...process.env, PORT: String(port) }, detached: true });
  npm.stdout!.on('data', (d) => (out += String(d)));
  // The server process shares npm's output: it is closed once every process of npm start has ended.
  const ended = new Promise<void>((resolve) => npm.stdout!.on('close', resolve));
  await until(() => out.includes('driehoek draait op'));
  return { npm, out: () => out, ended };
}

describe('npm start', () => {
  it('stops as a whole when the npm process is ended, freeing its port', async () => {
    const port = await freePort();
    const { npm, ended } = await npmStart(port);
    expect(await portInUse(port)).toBe(true);
    // Ended without a chance to pass anything on.
    process.kill(npm.pid!, 'SIGKILL');
    await ended;
    expect(await portInUse(port)).toBe(false);
  });

  it('says it stopped on Ctrl+C', async () => {
    const port = await freePort();
    const { npm, out, ended } = await npmStart(port);
    // Ctrl+C reaches the whole process group in a terminal.
    process.kill(-npm.pid!, 'SIGINT');
    await ended;
    expect(out()).toContain('driehoek is gestopt.');
    expect(await portInUse(port)).toBe(false);
  });
});
