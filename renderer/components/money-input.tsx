import { Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuan, parseYuan, type MoneyParseResult } from '../../shared/money';
import type { TypedEntryProps } from './typed-entry-props';

/** The value is integer fen. */
interface Props extends TypedEntryProps<number> {
  placeholder?: string;
}

type Refusal = Extract<MoneyParseResult, { ok: false }>;

const show = (fen: number | undefined) => (fen === undefined ? '' : formatYuan(fen));

/** The refusal and what is still saved, so a wrong entry never silently stands for another amount. */
function refusalText(refusal: Refusal, saved: number | undefined, en: boolean): string {
  if (en) {
    const kept =
      saved === undefined ? 'No amount is saved yet' : `The saved amount is still ${formatYuan(saved)} yuan`;
    return `${refusal.messageEn}. ${kept}`;
  }
  const kept = saved === undefined ? '尚未保存金额' : `已保存的金额仍是 ${formatYuan(saved)} 元`;
  return `${refusal.message}。${kept}`;
}

/**
 * THE input for an amount, typed in yuan (1,234.56, ¥1,234.56, 12.5万, full-width) and kept as integer fen.
 *
 * While the user types, the text stays exactly as typed: each text that parses is committed at once;
 * half-typed text (`238760.`, `1,23`) commits nothing and shows nothing until the input is left. Text
 * that is not an amount (or is left half-typed) keeps its words and its message, and the stored value is
 * the amount from before this entry began (not a prefix of the wrong text), which the message names. Leaving the input formats a valid amount (1,234.56). A value changed
 * from outside (undo, a restored revision, an import) replaces the text.
 */
export function MoneyInput(props: Props) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const [text, setText] = useState(show(props.value));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [seen, setSeen] = useState(props.value);
  // What this input last sent (or was given): a value prop equal to it is the echo of the user's typing.
  const [committed, setCommitted] = useState(props.value);
  // The value when this entry began: an entry that ends refused puts it back, so no prefix of the refused
  // text (12.34 of 12.345) is left standing for it.
  const [before, setBefore] = useState(props.value);
  if (seen !== props.value) {
    setSeen(props.value);
    if (props.value !== committed) {
      setCommitted(props.value);
      setBefore(props.value);
      setText(show(props.value));
      setRefusal(null);
    }
  }
  const message = refusal ? refusalText(refusal, committed, en) : null;
  const { onParseError } = props;
  useEffect(() => onParseError?.(message), [message, onParseError]);

  const report = setRefusal;

  const commit = (fen: number | undefined) => {
    if (fen === committed) return;
    setCommitted(fen);
    props.onCommit(fen);
  };

  const onType = (input: string) => {
    setText(input);
    if (input.trim() === '') {
      report(null);
      commit(undefined);
      return;
    }
    const parsed = parseYuan(input);
    if (parsed.ok) {
      report(null);
      commit(parsed.fen);
    } else if (parsed.incomplete) {
      report(null);
    } else {
      report(parsed);
      commit(before);
    }
  };

  const onLeave = () => {
    const parsed = parseYuan(text);
    if (parsed.ok) setText(formatYuan(parsed.fen));
    // Half-typed text left as it is will not become an amount: say so now.
    else if (text.trim() !== '') {
      report(parsed);
      commit(before);
    }
    props.onBlur?.();
  };

  const input = (
    <Input
      id={props.id}
      aria-label={props['aria-label']}
      aria-invalid={refusal ? true : undefined}
      value={text}
      placeholder={props.placeholder}
      autoFocus={props.autoFocus}
      status={refusal ? 'error' : props.status}
      suffix={t('common.yuan')}
      inputMode="decimal"
      autoComplete="off"
      onFocus={() => setBefore(committed)}
      onChange={(e) => onType(e.target.value)}
      onBlur={onLeave}
    />
  );
  if (props.onParseError) return input;
  return (
    <>
      {input}
      {message && (
        <Typography.Text type="danger" role="alert" className="money-input-message">
          {message}
        </Typography.Text>
      )}
    </>
  );
}
