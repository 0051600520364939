import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { initI18n } from './i18n';
import { pickPlatform } from './platform';

initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('页面缺少 #root 容器');

createRoot(root).render(
  <StrictMode>
    <App platform={pickPlatform()} />
  </StrictMode>,
);
