// `grantdesk policies | head`: a reader that closes its end early ends the command quietly, without
// Node's unhandled EPIPE stack trace.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('grantdesk writing into a closed pipe', () => {
  it('stops without a stack trace when the reader has gone', async () => {
    const child = spawn(process.execPath, ['bin/grantdesk.mjs', 'policies'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Closed before the command (which first loads tsx) can write a line: every write meets EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
