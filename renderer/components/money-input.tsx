import { Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuan, parseYuan } from '../../shared/money';

interface Props {
  /** Integer fen, or undefined when empty or not yet valid. */
  value: number | undefined;
  onCommit: (fen: number | undefined) => void;
  status?: 'error' | 'warning';
  id?: string;
  'aria-label'?: string;
  /** Reports the parse message (Chinese) while the text is not an amount. */
  onParseError?: (message: string | null) => void;
  onBlur?: () => void;
}

const show = (fen: number | undefined) => (fen === undefined ? '' : formatYuan(fen));

/** Amounts are typed in yuan (1,234.56) and kept as integer fen; a bad entry keeps the text and says why. */
export function MoneyInput(props: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(show(props.value));
  const [message, setMessage] = useState<string | null>(null);
  const [shown, setShown] = useState(props.value);
  // A value changed from outside (undo, import) replaces the text; the user's own typing is kept as typed.
  if (shown !== props.value) {
    setShown(props.value);
    const parsed = parseYuan(text);
    if (!(parsed.ok && parsed.fen === props.value)) setText(show(props.value));
  }

  const commit = (input: string) => {
    setText(input);
    if (input.trim() === '') {
      setMessage(null);
      props.onParseError?.(null);
      props.onCommit(undefined);
      return;
    }
    const parsed = parseYuan(input);
    const next = parsed.ok ? null : parsed.message;
    setMessage(next);
    props.onParseError?.(next);
    props.onCommit(parsed.ok ? parsed.fen : undefined);
  };

  return (
    <Input
      id={props.id}
      aria-label={props['aria-label']}
      value={text}
      status={message ? 'error' : props.status}
      suffix={t('common.yuan')}
      inputMode="decimal"
      onChange={(e) => commit(e.target.value)}
      onBlur={() => {
        const parsed = parseYuan(text);
        if (parsed.ok) setText(formatYuan(parsed.fen));
        props.onBlur?.();
      }}
    />
  );
}
