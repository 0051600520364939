// Entry point of `npx grantdesk` (bin/grantdesk.mjs registers tsx and imports this file).
import { nodeIo } from './io';
import { run } from './run';

process.exitCode = run(process.argv.slice(2), nodeIo());
