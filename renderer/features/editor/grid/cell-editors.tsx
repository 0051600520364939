import { Select } from 'antd';
import { useRef, type KeyboardEvent } from 'react';
import type { FieldMeta } from '../../../../shared/schemas';
import { textWidth } from './grid-columns';

/** What the focused cell is doing: only shown (keys move), or being typed into (replacing or editing its text). */
export type Editing =
  | {
      kind: 'text';
      mode: 'replace' | 'edit';
      text: string;
      error: string | null;
      /** An IME composition is under way: the text holds pinyin not yet chosen. */
      composing?: boolean;
    }
  | { kind: 'select'; search: string };

/** The choices of a select or yes/no cell, as the dropdown lists them. */
export function cellOptions(meta: FieldMeta, lang: 'zh' | 'en'): { value: string; label: string }[] {
  if (meta.input === 'boolean')
    return [
      { value: 'true', label: lang === 'zh' ? '是' : 'Yes' },
      { value: 'false', label: lang === 'zh' ? '否' : 'No' },
    ];
  return (meta.options ?? []).map((o) => ({ value: o.value, label: o.label[lang] }));
}

/** Select and yes/no cells pick from a list; every other kind is typed as text. */
export const isPicked = (meta: FieldMeta) => meta.input === 'select' || meta.input === 'boolean';

/**
 * The focused cell's input. It is there (empty, see-through) while the cell is only focused, so the first
 * key typed, or the first IME composition, lands in it and starts the edit without losing a character.
 */
export function CellText(props: {
  label: string;
  editing: Editing | null;
  onType: (text: string, composing: boolean) => void;
  onCompositionEnd: (text: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>, composing: boolean) => void;
  onBlur: () => void;
  inputRef: React.RefObject<HTMLInputElement | null>;
}) {
  const { label, onType, onCompositionEnd, onKeyDown, onBlur, inputRef } = props;
  const composing = useRef(false);
  const editing = props.editing?.kind === 'text' ? props.editing : null;
  return (
    <input
      ref={inputRef}
      className={`rg-input${editing ? ' rg-input-editing' : ''}${editing?.error ? ' rg-input-error' : ''}`}
      aria-label={label}
      aria-invalid={editing?.error ? true : undefined}
      autoComplete="off"
      spellCheck={false}
      value={editing?.text ?? ''}
      onChange={(e) => onType(e.target.value, composing.current)}
      onCompositionStart={() => {
        composing.current = true;
        onType(editing?.text ?? '', true);
      }}
      onCompositionEnd={(e) => {
        composing.current = false;
        onCompositionEnd(e.currentTarget.value);
      }}
      onKeyDown={(e) => onKeyDown(e, composing.current || e.nativeEvent.isComposing)}
      onBlur={onBlur}
    />
  );
}

/** A select or yes/no cell being picked: opens at once, at least as wide as its longest choice. */
export function CellSelect(props: {
  meta: FieldMeta;
  lang: 'zh' | 'en';
  label: string;
  width: number;
  value: unknown;
  search: string;
  onSearch: (search: string) => void;
  onPick: (value: unknown, byEnter: boolean) => void;
  onLeave: (key: 'Escape' | 'Tab' | 'ShiftTab' | 'blur') => void;
}) {
  const lastKey = useRef<string | null>(null);
  // The select clears its search as it opens; the character that opened it is kept until the user types.
  const touched = useRef(false);
  const options = cellOptions(props.meta, props.lang);
  const widest = Math.max(0, ...options.map((o) => textWidth(o.label)));
  // The list's own padding (12 px a side), the check mark and a scrollbar's room.
  const popupWidth = Math.max(props.width, widest + 56);
  const value =
    props.value === undefined || props.value === null || props.value === '' ? undefined : String(props.value);
  return (
    <div
      className="rg-select-wrap"
      onMouseDownCapture={() => {
        lastKey.current = null;
      }}
      onKeyDownCapture={(e) => {
        lastKey.current = e.key;
        if (e.key === 'Escape' || e.key === 'Tab') {
          e.preventDefault();
          e.stopPropagation();
          props.onLeave(e.key === 'Tab' && e.shiftKey ? 'ShiftTab' : e.key);
        }
      }}
    >
      <Select
        className="rg-select"
        aria-label={props.label}
        size="small"
        variant="borderless"
        autoFocus
        defaultOpen
        value={value}
        options={options}
        popupMatchSelectWidth={popupWidth}
        showSearch={{
          searchValue: props.search,
          onSearch: (search) => {
            if (search === '' && !touched.current) return;
            touched.current = true;
            props.onSearch(search);
          },
          filterOption: (input, option) =>
            String(option?.label ?? '')
              .toLowerCase()
              .includes(input.toLowerCase()),
        }}
        onChange={(v: string) =>
          props.onPick(props.meta.input === 'boolean' ? v === 'true' : v, lastKey.current === 'Enter')
        }
        onBlur={() => props.onLeave('blur')}
      />
    </div>
  );
}
