/** What every typed-entry input (amounts, dates) takes: its value, what the text reads as, and why it does not. */
export interface TypedEntryProps<T> {
  /** The stored value, or undefined when empty. */
  value: T | undefined;
  /** Called with each value the text reads as (and undefined when erased), never for half-typed text. */
  onCommit: (value: T | undefined) => void;
  status?: 'error' | 'warning';
  id?: string;
  'aria-label'?: string;
  /**
   * Reports the refusal (in the interface language, naming the value still saved) while the text does not read,
   * and null once it does. Without it the input shows the message under itself.
   */
  onParseError?: (message: string | null) => void;
  onBlur?: () => void;
  /** Focus on mount (a grid cell's editor opened by a key). */
  autoFocus?: boolean;
}
