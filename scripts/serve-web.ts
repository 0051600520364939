// `npm run web`: the built renderer for a plain browser, on 127.0.0.1.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStaticServer } from './static-server';

const root = resolve(import.meta.dirname, '../out/renderer');
if (!existsSync(resolve(root, 'index.html'))) {
  console.error('找不到 out/renderer/index.html：请先运行 npm run build');
  process.exit(1);
}
const port = Number(process.env['PORT'] ?? 5180);
const { url } = await startStaticServer(root, port);
console.log(`GrantDesk 浏览器版已启动：${url}  (Ctrl+C 退出)`);
