// Every version users may still have on disk, oldest first; Dexie upgrades through them in order.
import type Dexie from 'dexie';
import { declareVersion1 } from './v1';
import { declareVersion2 } from './v2';
import { declareVersion3 } from './v3';

export const CURRENT_VERSION = 3;

export function declareVersions(db: Dexie): void {
  declareVersion1(db);
  declareVersion2(db);
  declareVersion3(db);
}
