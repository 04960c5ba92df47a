import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuItem {
  id: string;
  title: string;
  description?: string;
  /** starts a new group of items, after a separator line */
  separated?: boolean;
  onSelect(): void;
}

export interface MenuButtonProps {
  label: ReactNode;
  items: readonly MenuItem[];
  /** shown instead of items while there are none (loading, empty) */
  emptyText: string;
  /** a line under the items, e.g. that some of them could not be loaded */
  note?: string | undefined;
  /** called when the menu opens, e.g. to load its items lazily */
  onOpen?: () => void;
}

/** A button that opens a menu: arrow keys move, Enter picks, Escape or a click outside closes. */
export function MenuButton({ label, items, emptyText, note, onOpen }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const noteId = `${menuId}-note`;
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const menuItems = () => Array.from(wrapper.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  const focusItem = (index: number) => {
    const list = menuItems();
    list[(index + list.length) % Math.max(list.length, 1)]?.focus();
  };

  useEffect(() => {
    if (!open) return;
    focusItem(0);
    const onPointerDown = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, items.length]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onMenuKeyDown = (e: KeyboardEvent) => {
    const list = menuItems();
    const current = list.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') focusItem(current + 1);
    else if (e.key === 'ArrowUp') focusItem(current - 1);
    else if (e.key === 'Home') focusItem(0);
    else if (e.key === 'End') focusItem(list.length - 1);
    else if (e.key === 'Escape') close();
    else if (e.key === 'Tab') setOpen(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  return (
    <div className="menu" ref={wrapper} onKeyDown={open ? onMenuKeyDown : undefined}>
      <button
        ref={button}
        type="button"
        className="btn btn-ghost"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          if (!open) onOpen?.();
          setOpen(!open);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            onOpen?.();
            setOpen(true);
          }
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul id={menuId} role="menu" className="menu-list" aria-describedby={items.length === 0 || note ? noteId : undefined}>
          {items.length === 0 && (
            <li id={noteId} role="none" className="menu-item menu-item-desc">
              {emptyText}
            </li>
          )}
          {items.map((item) => [
            item.separated && <li key={`${item.id}-separator`} role="separator" className="menu-separator" />,
            <li key={item.id} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="menu-item"
                onClick={() => {
                  close();
                  item.onSelect();
                }}
              >
                <span className="menu-item-title">{item.title}</span>
                {item.description && <span className="menu-item-desc">{item.description}</span>}
              </button>
            </li>,
          ])}
          {items.length > 0 && note && (
            <li id={noteId} role="none" className="menu-note">
              {note}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
