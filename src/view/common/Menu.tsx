import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

export interface MenuItem {
  label: string;
  /** A test hook and style hook, kept stable across languages. */
  id: string;
  /** Present for a checkbox item (a column shown or hidden). */
  checked?: boolean;
  onSelect(): void;
}

interface Props {
  label: string;
  items: readonly MenuItem[];
  /** Where it opens, in the panel's coordinates; it is moved back inside the panel when it would overflow. */
  x: number;
  y: number;
  /** Checkbox menus stay open after a choice, as DevTools' column menu does. */
  keepOpen?: boolean;
  onClose(): void;
}

/**
 * A context menu as DevTools draws them: role="menu", arrows, Home/End, Enter or Space to choose, Esc or
 * a click elsewhere to close (the opener then takes the focus back).
 */
export function Menu({ label, items, x, y, keepOpen = false, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  const opener = useRef<Element | null>(document.activeElement);

  useLayoutEffect(() => {
    const el = menu.current;
    if (!el) return;
    const box = el.getBoundingClientRect();
    el.style.left = `${Math.max(0, Math.min(x, window.innerWidth - box.width - 2))}px`;
    el.style.top = `${Math.max(0, Math.min(y, window.innerHeight - box.height - 2))}px`;
    el.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
  }, [x, y]);

  const close = (): void => {
    onClose();
    if (opener.current instanceof HTMLElement) opener.current.focus();
  };

  useEffect(() => {
    const outside = (e: Event): void => {
      if (!(e.target instanceof Node) || !menu.current?.contains(e.target)) close();
    };
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('blur', close);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('blur', close);
    };
  }, []);

  const choose = (item: MenuItem): void => {
    item.onSelect();
    if (!keepOpen) close();
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: entries.length - 1 }[e.key];
    if (to !== undefined) {
      entries[(to + entries.length) % entries.length]?.focus();
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      close();
    } else if (e.key === 'Enter' || e.key === ' ') {
      const item = items[at];
      if (item) choose(item);
    } else {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div ref={menu} class="menu" role="menu" aria-label={label} style={{ left: `${x}px`, top: `${y}px` }} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <div
          key={item.id}
          class={`menu-item ${item.id}`}
          role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
          aria-checked={item.checked}
          tabIndex={-1}
          onClick={() => choose(item)}
        >
          {item.label}
        </div>
      ))}
    </div>
  );
}
