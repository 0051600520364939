import { DatePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { createContext, useContext, useEffect, useState, type InputHTMLAttributes, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDate, type DateParseResult } from '../../shared/dates';
import type { TypedEntryProps } from './typed-entry-props';

/** The value is YYYY-MM-DD. */
type Props = TypedEntryProps<string>;

type Refusal = Extract<DateParseResult, { ok: false }>;

interface Typed {
  text: string;
  onEnter: () => void;
  onType: (text: string) => void;
  onLeave: () => void;
}

const TypedContext = createContext<Typed | null>(null);

/**
 * The picker's text box, showing what the user typed rather than the picker's own text, so that
 * 2025/11/20, 20251120 or 2025年11月20日 can be typed key by key; focus, keys and the popup stay the picker's.
 */
function TypedText(props: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const typed = useContext(TypedContext);
  const { onBlur, onFocus } = props;
  const own = { ...props };
  delete own.value;
  delete own.onChange;
  return (
    <input
      {...own}
      value={typed?.text ?? ''}
      onFocus={(e) => {
        onFocus?.(e);
        typed?.onEnter();
      }}
      onChange={(e) => typed?.onType(e.target.value)}
      onBlur={(e) => {
        onBlur?.(e);
        typed?.onLeave();
      }}
    />
  );
}

const PICKER_COMPONENTS = { input: TypedText };
const show = (iso: string | undefined) => iso ?? '';
const refusalText = (refusal: Refusal, saved: string | undefined, en: boolean) =>
  en
    ? `${refusal.messageEn}. ${saved ? `The saved date is still ${saved}` : 'No date is saved yet'}`
    : `${refusal.message}。${saved ? `已保存的日期仍是 ${saved}` : '尚未保存日期'}`;

/**
 * THE date input: typed in any of the forms offices use (2025-11-20, 2025/11/20, 2025.11.20, 20251120,
 * 2025年11月20日, full-width digits) or picked from the calendar, shown as YYYY-MM-DD once left.
 * Text that is not a date (or is left half-typed) keeps its words and its message; the stored date is the one
 * from before this entry began, and the message names it. A value changed from outside (undo, revision, import) replaces the text.
 */
export function DateInput(props: Props) {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  const [text, setText] = useState(show(props.value));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [seen, setSeen] = useState(props.value);
  const [committed, setCommitted] = useState(props.value);
  // The date when this entry began: an entry that ends refused puts it back (2025-02-3 of 2025-02-30 does not stay).
  const [before, setBefore] = useState(props.value);
  // The month the calendar shows: follows the typed date, so the popup never shows a stale month.
  const [view, setView] = useState<Dayjs>(() => (props.value ? dayjs(props.value) : dayjs()));
  if (seen !== props.value) {
    setSeen(props.value);
    if (props.value !== committed) {
      setCommitted(props.value);
      setBefore(props.value);
      setText(show(props.value));
      setRefusal(null);
      if (props.value) setView(dayjs(props.value));
    }
  }
  const message = refusal ? refusalText(refusal, committed, en) : null;
  const { onParseError } = props;
  useEffect(() => onParseError?.(message), [message, onParseError]);

  const commit = (iso: string | undefined) => {
    if (iso) setView(dayjs(iso));
    if (iso === committed) return;
    setCommitted(iso);
    props.onCommit(iso);
  };

  const typed: Typed = {
    text,
    onType: (input) => {
      setText(input);
      const parsed = parseDate(input);
      if (input.trim() === '') {
        setRefusal(null);
        commit(undefined);
      } else if (parsed.ok) {
        setRefusal(null);
        commit(parsed.iso);
      } else if (parsed.incomplete) {
        setRefusal(null);
      } else {
        setRefusal(parsed);
        commit(before);
      }
    },
    onEnter: () => setBefore(committed),
    onLeave: () => {
      const parsed = parseDate(text);
      if (parsed.ok) setText(parsed.iso);
      else if (text.trim() !== '') {
        setRefusal(parsed);
        commit(before);
      }
    },
  };

  const picker = (
    <TypedContext value={typed}>
      <DatePicker
        id={props.id}
        aria-label={props['aria-label']}
        style={{ width: '100%' }}
        format="YYYY-MM-DD"
        placeholder="YYYY-MM-DD"
        autoFocus={props.autoFocus}
        value={props.value ? dayjs(props.value) : null}
        pickerValue={view}
        onPickerValueChange={(d) => setView(d)}
        onOpenChange={(open) => {
          if (open) setView(props.value ? dayjs(props.value) : dayjs());
        }}
        status={refusal ? 'error' : props.status}
        components={PICKER_COMPONENTS}
        onBlur={props.onBlur}
        onChange={(d: Dayjs | null) => {
          const iso = d ? d.format('YYYY-MM-DD') : undefined;
          setText(show(iso));
          setRefusal(null);
          commit(iso);
        }}
      />
    </TypedContext>
  );
  if (props.onParseError) return picker;
  return (
    <>
      {picker}
      {message && (
        <Typography.Text type="danger" role="alert" className="date-input-message">
          {message}
        </Typography.Text>
      )}
    </>
  );
}
