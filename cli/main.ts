// Entry point of `npx grantdesk` (bin/grantdesk.mjs registers tsx and imports this file).
import { invoicesCommand } from './commands/invoices';
import { pdfCommand } from './commands/pdf';
import { clip } from './format';
import { EXIT, nodeIo } from './io';
import { run } from './run';

const argv = process.argv.slice(2);
const io = nodeIo();
// The one top-level catch: whatever the input, one line and exit 2, never a stack trace.
try {
  // `pdf` and `invoices` work asynchronously; every other command is synchronous.
  const streams = { stdout: io.out, stderr: io.err, cwd: process.cwd() };
  process.exitCode =
    argv[0] === 'pdf'
      ? await pdfCommand(argv.slice(1), streams)
      : argv[0] === 'invoices'
        ? await invoicesCommand(argv.slice(1), streams)
        : run(argv, io);
} catch (e) {
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  io.err(
    `grantdesk: 无法处理该输入 / cannot process this input (${clip(message.split('\n')[0] ?? '', 300)})`,
  );
  process.exitCode = EXIT.usage;
}
