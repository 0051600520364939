import { InputNumber, Radio, Select } from 'antd';
import type { FieldMeta } from '../../../shared/schemas';
import { DateInput } from '../../components/date-input';
import { ImeSafeInput } from '../../components/ime-safe-input';
import { MoneyInput } from '../../components/money-input';
import { pageMessages } from './page-messages';

export interface FieldInputProps {
  meta: FieldMeta;
  value: unknown;
  onChange: (value: unknown) => void;
  lang: 'zh' | 'en';
  id: string;
  status?: 'error' | 'warning';
  autoFocus?: boolean;
  onParseError?: (message: string | null) => void;
  /** Leaving the input (react-hook-form marks the field touched). */
  onBlur?: () => void;
}

const asString = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const asNumber = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** One input for one field, chosen by the field's metadata (never hand-written per program). */
export function FieldInput(props: FieldInputProps) {
  const { meta, value, onChange, onBlur, id, status, lang } = props;
  const label = meta.label[lang];
  switch (meta.input) {
    case 'money':
      return (
        <MoneyInput
          id={id}
          aria-label={label}
          value={asNumber(value)}
          onCommit={onChange}
          status={status}
          onBlur={onBlur}
          onParseError={props.onParseError}
          autoFocus={props.autoFocus}
        />
      );
    case 'integer':
    case 'year':
      return (
        <InputNumber
          id={id}
          aria-label={label}
          style={{ width: '100%' }}
          precision={0}
          min={0}
          value={asNumber(value) ?? null}
          status={status}
          onBlur={onBlur}
          onChange={(v) => onChange(v ?? undefined)}
        />
      );
    case 'basis-points':
      return (
        <InputNumber
          id={id}
          aria-label={label}
          style={{ width: '100%' }}
          min={0}
          max={100}
          step={0.01}
          precision={2}
          suffix="%"
          value={asNumber(value) === undefined ? null : (asNumber(value) ?? 0) / 100}
          status={status}
          onBlur={onBlur}
          onChange={(v) => onChange(v === null ? undefined : Math.round(v * 100))}
        />
      );
    case 'date':
      return (
        <DateInput
          id={id}
          aria-label={label}
          value={typeof value === 'string' && value ? value : undefined}
          onCommit={onChange}
          status={status}
          onBlur={onBlur}
          onParseError={props.onParseError}
          autoFocus={props.autoFocus}
        />
      );
    case 'select':
      return (
        <Select
          id={id}
          aria-label={label}
          allowClear={!meta.required}
          value={value === undefined || value === '' ? undefined : value}
          status={status}
          onBlur={onBlur}
          options={(meta.options ?? []).map((o) => ({ value: o.value, label: o.label[lang] }))}
          onChange={(v) => onChange(v ?? undefined)}
        />
      );
    case 'boolean':
      return (
        <Radio.Group
          id={id}
          aria-label={label}
          value={typeof value === 'boolean' ? value : undefined}
          onChange={(e) => {
            onChange(e.target.value as boolean);
            onBlur?.();
          }}
          options={[
            { value: true, label: pageMessages[lang].yes },
            { value: false, label: pageMessages[lang].no },
          ]}
        />
      );
    case 'textarea':
      return (
        <ImeSafeInput
          id={id}
          aria-label={label}
          multiline
          value={asString(value)}
          onCommit={onChange}
          status={status}
          onBlur={onBlur}
        />
      );
    default:
      return (
        <ImeSafeInput
          id={id}
          aria-label={label}
          value={asString(value)}
          onCommit={onChange}
          status={status}
          onBlur={onBlur}
          autoFocus={props.autoFocus}
        />
      );
  }
}
