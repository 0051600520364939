// Builds the app once, serves the built renderer on 127.0.0.1 and hands its URL to every e2e test.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../../scripts/static-server';
import { chromiumPath } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = resolve(import.meta.dirname, '../../..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  chromiumPath(); // fail first, and clearly, when there is no browser to drive
  execFileSync(
    process.execPath,
    [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: 'pipe',
    },
  );
  mkdirSync(resolve(root, 'test-results/screenshots'), { recursive: true });
  const { url, server } = await startStaticServer(resolve(root, 'out/renderer'));
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
