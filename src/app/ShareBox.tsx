/**
 * A text to copy (the citation, the embed code) in a small dialog: a Copy button beside Close,
 * and Escape closes the box only. The key goes no further, so the record behind it stays open
 * (and `site=` stays in the link); the focus goes back to the menu's toggle.
 */
import { useEffect, useId, useRef } from 'react';
import { useT } from '../state/use-lang';

/** One text of the box: the embed has two (with its height script, and the iframe alone). */
export interface BoxText {
  readonly text: string;
  readonly rows: number;
  /** Its own label when the box holds more than one text. */
  readonly label?: string;
  readonly testId?: string;
}

interface Props {
  readonly label: string;
  readonly texts: readonly BoxText[];
  /** What the box says after a copy ("Citation copied"), shown inside it. */
  readonly feedback: string;
  readonly onCopy: (text: string) => void;
  readonly onClose: () => void;
  readonly testId?: string;
}

export function ShareBox({ label, texts, feedback, onCopy, onClose, testId }: Props) {
  const t = useT();
  const titleId = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    area.current?.focus();
  }, []);
  const close = () => {
    // The box sits beside its menu's toggle (DropMenu's children): the focus goes back there.
    const toggle = box.current?.parentElement?.querySelector<HTMLElement>('.share-toggle');
    onClose();
    toggle?.focus();
  };
  return (
    <div
      ref={box}
      className="citation"
      role="dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        close();
      }}
    >
      <span id={titleId} className="citation-title">
        {label}
      </span>
      {texts.map((x, i) => (
        <div key={x.testId ?? i} className="citation-text">
          <label>
            {/* One text: the box's title names it. */}
            <span className={x.label ? 'citation-label' : 'visually-hidden'}>
              {x.label ?? label}
            </span>
            <textarea
              ref={i === 0 ? area : undefined}
              readOnly
              value={x.text}
              rows={x.rows}
              onFocus={(e) => e.target.select()}
              data-testid={x.testId}
            />
          </label>
          <button type="button" onClick={() => onCopy(x.text)}>
            {t('share.copyText')}
          </button>
        </div>
      ))}
      <div className="citation-actions">
        <span className="citation-feedback" role="status">
          {feedback}
        </span>
        <button type="button" className="citation-close" onClick={close}>
          {t('notice.dismiss')}
        </button>
      </div>
    </div>
  );
}
