// Entry point of `npx grantdesk` (bin/grantdesk.mjs registers tsx and imports this file).
import { docxCommand } from './commands/docx';
import { pdfCommand } from './commands/pdf';
import { xlsxCommand } from './commands/xlsx';
import { clip } from './format';
import { EXIT, nodeIo } from './io';
import { run } from './run';

const argv = process.argv.slice(2);
const io = nodeIo();
// The one top-level catch: whatever the input, one line and exit 2, never a stack trace.
try {
  // `pdf` and `xlsx` write asynchronously; every other command is synchronous.
  process.exitCode =
    argv[0] === 'pdf'
      ? await pdfCommand(argv.slice(1), { stdout: io.out, stderr: io.err, cwd: process.cwd() })
      : argv[0] === 'docx'
        ? await docxCommand(argv.slice(1), { stdout: io.out, stderr: io.err, cwd: process.cwd() })
      : argv[0] === 'xlsx'
        ? await xlsxCommand(argv.slice(1), { stdout: io.out, stderr: io.err, cwd: process.cwd() })
        : run(argv, io);
} catch (e) {
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  io.err(
    `grantdesk: 无法处理该输入 / cannot process this input (${clip(message.split('\n')[0] ?? '', 300)})`,
  );
  process.exitCode = EXIT.usage;
}
