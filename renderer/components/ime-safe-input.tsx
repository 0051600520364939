import { Input } from 'antd';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';

interface Props {
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
  status?: 'error' | 'warning';
  id?: string;
  'aria-label'?: string;
  autoFocus?: boolean;
  onBlur?: () => void;
}

/**
 * A text input that reports a value only when it is a real value: not while a Chinese IME is still
 * composing (拼音 letters are not the user's text), so checks and autosave never see half a word.
 */
export function ImeSafeInput(props: Props) {
  const [text, setText] = useState(props.value);
  const composing = useRef(false);
  useEffect(() => {
    if (!composing.current) setText(props.value);
  }, [props.value]);

  const onChange = (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    setText(e.target.value);
    if (!composing.current) props.onCommit(e.target.value);
  };
  const common = {
    id: props.id,
    value: text,
    status: props.status,
    placeholder: props.placeholder,
    autoFocus: props.autoFocus,
    'aria-label': props['aria-label'],
    onChange,
    onBlur: props.onBlur,
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (e: { currentTarget: { value: string } }) => {
      composing.current = false;
      props.onCommit(e.currentTarget.value);
    },
  };
  return props.multiline ? (
    <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} {...common} />
  ) : (
    <Input {...common} />
  );
}
