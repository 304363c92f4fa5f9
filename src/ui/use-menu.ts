/** A drop-down menu's open state: it closes on Escape (focus back on its toggle, and the key
 * goes no further, so it does not also close the details behind) and on a click elsewhere. */
import { type RefObject, useEffect, useState } from 'react';

export function useMenu(root: RefObject<HTMLElement | null>, toggleSelector: string) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      root.current?.querySelector<HTMLButtonElement>(toggleSelector)?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open, root, toggleSelector]);
  return [open, setOpen] as const;
}
