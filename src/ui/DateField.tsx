/**
 * The app's own date field: a text box that shows and reads a day in the reader's language
 * (« 14/12/2021 », "14 Dec 2021", or ISO), not the browser's date input, which shows many of
 * them a month-first format. The day is taken on Enter or when the field is left; a text that is
 * not a date says so beside the field and changes nothing.
 */
import { useEffect, useId, useState } from 'react';

/** How the field reads and writes a day, and its texts, in the reader's language
 * (`state/use-date-field.ts` gives them). */
export interface DateFormat {
  readonly format: (day: number) => string;
  readonly parse: (text: string) => number | null;
  readonly placeholder: string;
  readonly hint: string;
  readonly invalid: string;
}

interface Props {
  readonly dates: DateFormat;
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly onChange: (day: number) => void;
  readonly className?: string;
}

export function DateField({ dates, label, value, min, max, onChange, className }: Props) {
  const id = useId();
  const shown = dates.format(value);
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  // The day changed elsewhere (the slider, a link) or the language did: the field follows.
  useEffect(() => {
    setText(shown);
    setInvalid(false);
  }, [shown]);

  const commit = () => {
    const day = dates.parse(text);
    if (day === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const clamped = Math.min(max, Math.max(min, day));
    setText(dates.format(clamped));
    if (clamped !== value) onChange(clamped);
  };

  return (
    <span className={`date-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        size={11}
        value={text}
        placeholder={dates.placeholder}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape' && text !== shown) {
            // Escape undoes the typing only; the key goes no further then.
            e.stopPropagation();
            setText(shown);
            setInvalid(false);
          }
        }}
      />
      <span id={`${id}-hint`} className={invalid ? 'date-field-error' : 'visually-hidden'}>
        {invalid ? dates.invalid : dates.hint}
      </span>
    </span>
  );
}
