import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ServicesProvider } from './app/services';
import { GrantDeskDb, TRASH_MS, purgeDeleted, requestPersistence } from './db';
import { initI18n } from './i18n';
import { pickPlatform } from './platform';
import { APP_VERSION } from '../shared/app-version';
import { runDailyBackupReporting } from './features/backup/daily-backup';
import { showBackupFailedToast, showRecoveredNotice } from './platform/start-notices';
import { loadImportedPacks, watchStoredPacks } from './features/policies/imported-packs';
import { storeBundledPacksWithDrafts } from './features/policies/bundled-packs';
import { bundledSourceText } from './features/policies/use-source-text';

initI18n();
const db = new GrantDeskDb();
const services = { db, platform: pickPlatform(), persistence: requestPersistence() };
void purgeDeleted(db, Date.now() - TRASH_MS);
// The daily automatic backup waits until the app is idle after start.
setTimeout(() => {
  void runDailyBackupReporting(db, services.platform, APP_VERSION, showBackupFailedToast);
}, 10_000);

const root = document.getElementById('root');
if (!root) throw new Error('页面缺少 #root 容器');

// Imported policy packs are registered before the first page shows: drafts under them check at once.
// A pack that no longer loads is listed in 政策库 with its problem; drafts pinned to it say so.
// A database that cannot open at once (blocked by an old tab) must not keep the window blank: 3 s at most.
const imported = Promise.race([
  loadImportedPacks(db).catch(() => []),
  new Promise((resolve) => setTimeout(resolve, 3000)),
]);
void imported.then(() =>
  createRoot(root).render(
    <StrictMode>
      <ServicesProvider services={services}>
        <App />
      </ServicesProvider>
    </StrictMode>,
  ),
);
// Then: every list follows the packs table (imports and removals in any window), and once there is a
// draft, this build's bundled versions are stored, for drafts pinned to them after a later build drops them.
void imported.then(() => {
  watchStoredPacks(db);
  storeBundledPacksWithDrafts(db, bundledSourceText);
});
showRecoveredNotice();
