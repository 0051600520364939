#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so that `npx grantdesk` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
