import { createContext, useContext, type ReactNode } from 'react';
import type { GrantDeskDb } from '../db/grantdesk-db';
import type { PersistenceReport } from '../db/storage';
import type { Platform } from '../platform';

/** What every page may use: the one database, the platform adapter and the storage state. */
export interface Services {
  db: GrantDeskDb;
  platform: Platform;
  /** Resolved once at start by requesting persistent storage. */
  persistence: Promise<PersistenceReport>;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider(props: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>;
}

/** The app's services; throws outside the provider (a programming error). */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside <ServicesProvider>');
  return services;
}
