import { STATUS_LABELS, STATUS_LABELS_EN, type DraftStatus } from '../db/status';
import type { FeatureMessages } from './feature-text';

/** A draft's status in each language; the Chinese is the database's own label (also used in summaries). */
export const statusMessages: FeatureMessages<Record<DraftStatus, string>> = {
  zh: { ...STATUS_LABELS },
  en: { ...STATUS_LABELS_EN },
};
