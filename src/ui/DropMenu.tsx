/** A toggle button and the drop-down menu it opens (Share, Download); `use-menu.ts` says how
 * it closes. */
import { type ReactNode, useId, useRef } from 'react';
import { useMenu } from './use-menu';

interface Props {
  readonly className: string;
  readonly label: string;
  /** The menu's items; `close` shuts the menu (an item does so before it acts). */
  readonly items: (close: () => void) => ReactNode;
  /** What stays beside the menu while it is closed (feedback, a text to copy). */
  readonly children?: ReactNode;
}

export function DropMenu({ className, label, items, children }: Props) {
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useMenu(root, '.share-toggle');
  return (
    <div className={className} ref={root}>
      <button
        type="button"
        className="share-toggle"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      <div id={menuId} className="share-menu" hidden={!open}>
        {items(() => setOpen(false))}
      </div>
      {children}
    </div>
  );
}
