import type { GrantDeskApi } from '../../shared/ipc/api';

declare global {
  interface Window {
    /** Present only inside the Electron app (set by the preload). */
    grantdesk?: GrantDeskApi;
  }
}
