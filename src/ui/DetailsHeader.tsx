/**
 * The header of a details panel (a record's, an imported event's): its title, which takes the
 * focus when the panel opens or shows another item, so that keyboard and screen-reader users
 * land on it, and a close button. Escape closes the panel too.
 */
import { type ReactNode, useEffect, useRef } from 'react';

interface Props {
  readonly titleId: string;
  readonly title: ReactNode;
  readonly closeLabel: string;
  readonly onClose: () => void;
  /** What the panel shows: the focus moves to the title each time it changes. */
  readonly showing: string;
}

export function DetailsHeader({ titleId, title, closeLabel, onClose, showing }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the focus moves when `showing` changes
  useEffect(() => {
    heading.current?.focus();
  }, [showing]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <header className="details-header">
      <h2 id={titleId} tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <button type="button" className="close" onClick={onClose} aria-label={closeLabel}>
        <span aria-hidden="true">×</span>
      </button>
    </header>
  );
}
