// Entry point of `npx grantdesk` (bin/grantdesk.mjs registers tsx and imports this file).
import { docxCommand } from './commands/docx';
import { invoicesCommand } from './commands/invoices';
import { pdfCommand } from './commands/pdf';
import { xlsxCommand } from './commands/xlsx';
import { clip } from './format';
import { EXIT, nodeIo } from './io';
import { run } from './run';

type AsyncCommand = (
  args: string[],
  streams: { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string },
) => Promise<number>;

/** Commands that read or write files asynchronously; every other command is synchronous (`run`). */
const ASYNC_COMMANDS: Readonly<Record<string, AsyncCommand>> = {
  pdf: pdfCommand,
  docx: docxCommand,
  xlsx: xlsxCommand,
  invoices: invoicesCommand,
};

// A reader that stops early (`grantdesk policies | head`) closes the pipe: stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

const argv = process.argv.slice(2);
const io = nodeIo();
// The one top-level catch: whatever the input, one line and exit 2, never a stack trace.
try {
  const streams = { stdout: io.out, stderr: io.err, cwd: process.cwd() };
  // Own keys only: `grantdesk constructor` must not reach Object.prototype.
  const command = argv[0] && Object.hasOwn(ASYNC_COMMANDS, argv[0]) ? ASYNC_COMMANDS[argv[0]] : undefined;
  process.exitCode = command ? await command(argv.slice(1), streams) : run(argv, io);
} catch (e) {
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  io.err(
    `grantdesk: 无法处理该输入 / cannot process this input (${clip(message.split('\n')[0] ?? '', 300)})`,
  );
  process.exitCode = EXIT.usage;
}
