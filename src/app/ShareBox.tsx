/**
 * A text to copy (the citation, the embed code) in a small dialog: a Copy button beside Close,
 * and Escape closes the box only. The key goes no further, so the record behind it stays open
 * (and `site=` stays in the link); the focus goes back to the menu's toggle.
 */
import { useEffect, useId, useRef } from 'react';
import { useT } from '../state/use-lang';

interface Props {
  readonly label: string;
  readonly text: string;
  readonly rows: number;
  /** What the box says after a copy ("Citation copied"), shown inside it. */
  readonly feedback: string;
  readonly onCopy: () => void;
  readonly onClose: () => void;
}

export function ShareBox({ label, text, rows, feedback, onCopy, onClose }: Props) {
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
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        close();
      }}
    >
      <label>
        <span id={titleId} className="citation-title">
          {label}
        </span>
        <textarea ref={area} readOnly value={text} rows={rows} onFocus={(e) => e.target.select()} />
      </label>
      <div className="citation-actions">
        <button type="button" onClick={onCopy}>
          {t('share.copyText')}
        </button>
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
