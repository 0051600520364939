// Entry point of `npx grantdesk` (bin/grantdesk.mjs registers tsx and imports this file).
import { pdfCommand } from './commands/pdf';
import { nodeIo } from './io';
import { run } from './run';

const argv = process.argv.slice(2);
const io = nodeIo();
// `pdf` reads fonts and renders asynchronously; every other command is synchronous.
process.exitCode =
  argv[0] === 'pdf'
    ? await pdfCommand(argv.slice(1), { stdout: io.out, stderr: io.err, cwd: process.cwd() })
    : run(argv, io);
