import { bi } from '../../schemas/field-meta';
import type { EvidenceItem } from '../types';

/** Evidence items several programs share. */
export const EVIDENCE = {
  businessLicense: {
    id: 'business-license',
    label: bi('营业执照（副本）', 'Business licence'),
    required: true,
  },
  schoolLicence: {
    id: 'school-licence',
    label: bi('事业单位法人证书或办学许可证', 'School registration certificate'),
    required: true,
  },
  invoices: { id: 'invoices', label: bi('投资发票', 'Investment invoices'), required: true },
  agreement: {
    id: 'cooperation-agreement',
    label: bi('校企合作协议', 'School-enterprise agreement'),
    required: true,
  },
  roster: { id: 'roster-signed', label: bi('盖章名单', 'Stamped roster'), required: true },
  bankProof: {
    id: 'bank-proof',
    label: bi('开户许可证或银行账户证明', 'Bank account proof'),
    required: false,
  },
} as const satisfies Record<string, EvidenceItem>;
