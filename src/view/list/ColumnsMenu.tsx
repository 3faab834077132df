import type { Messages } from '../../i18n';
import { Menu } from '../common/Menu';
import { COLUMNS, columnLabel, REQUIRED, type ColumnId } from './columns';

interface Props {
  t: Messages;
  x: number;
  y: number;
  hidden: readonly ColumnId[];
  onChange(hidden: ColumnId[]): void;
  onClose(): void;
}

/** The header's context menu: a checkbox per optional column, as in the Network panel. */
export function ColumnsMenu({ t, x, y, hidden, onChange, onClose }: Props) {
  const items = COLUMNS.filter((c) => !REQUIRED.includes(c)).map((c) => {
    const shown = !hidden.includes(c);
    return { id: `column-${c}`, label: columnLabel(t, c), checked: shown, onSelect: () => onChange(shown ? [...hidden, c] : hidden.filter((h) => h !== c)) };
  });
  return <Menu label={t.columnsMenu} items={items} x={x} y={y} keepOpen onClose={onClose} />;
}
