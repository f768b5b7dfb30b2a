import type { HTMLAttributes, Key, ReactNode } from 'react';
import { classNames } from './classNames';
import styles from './DataTable.module.css';

/** One column: its header, and how each row fills its cell. */
export interface Column<Row> {
  header: ReactNode;
  /** The header as text where `header` is not a string: names the cell in the card layout. */
  label?: string;
  /** A header only screen readers read ("Actions"). */
  hideHeader?: boolean;
  /** Numbers: aligned right, kept on one line. */
  numeric?: boolean;
  /** The cell that names its row (a row header, `<th scope="row">`). */
  rowHeader?: boolean;
  /** The body cells' class, or a function of the row. */
  className?: string | ((row: Row) => string | undefined);
  cell: (row: Row, index: number) => ReactNode;
  /** The column's cell in a footer row (counts, totals); the footer shows when a column has one. */
  footer?: ReactNode;
  /** A sortable column: its header is a button; `direction` while the rows are sorted by it. */
  sort?: { direction: 'ascending' | 'descending' | null; onSort: () => void };
}

/** Attributes of a body row (a class, data attributes). */
export type RowAttributes = HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;

/**
 * A table of rows under column headers, with scopes screen readers use to read each cell with its
 * headers. A wide table scrolls sideways inside its own box; with `layout="cards"` each row
 * becomes a card on a phone instead. `empty` is said in the body when there are no rows.
 */
export function DataTable<Row>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  rowProps,
  empty,
  busy,
  layout = 'scroll',
  className,
}: {
  /** Names the table (for a table that is not the only thing in a labelled section). */
  caption?: ReactNode;
  captionHidden?: boolean;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => Key;
  rowProps?: (row: Row) => RowAttributes;
  empty?: ReactNode;
  /** The rows are being replaced: dimmed, and aria-busy. */
  busy?: boolean;
  layout?: 'scroll' | 'cards';
  /** The class of the box around the table. */
  className?: string;
}) {
  const cards = layout === 'cards';
  const hasFooter = columns.some((c) => c.footer !== undefined);
  return (
    <div className={classNames(styles.wrap, className)}>
      <table className={classNames(styles.table, cards && styles.cards)} aria-busy={busy}>
        {caption !== undefined && (
          <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        )}
        <thead>
          <tr>
            {columns.map((c, i) => (
              <HeaderCell key={i} column={c} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty !== undefined && (
            <tr>
              <td colSpan={columns.length} className={styles.empty}>
                {empty}
              </td>
            </tr>
          )}
          {rows.map((row, r) => (
            <tr key={rowKey(row, r)} {...rowProps?.(row)}>
              {columns.map((c, i) => {
                const Cell = c.rowHeader ? 'th' : 'td';
                const own = typeof c.className === 'function' ? c.className(row) : c.className;
                const label = cards && !c.rowHeader && !c.hideHeader ? labelOf(c) : undefined;
                return (
                  <Cell
                    key={i}
                    scope={c.rowHeader ? 'row' : undefined}
                    className={classNames(c.numeric && styles.numeric, own) || undefined}
                    data-label={label}
                  >
                    {c.cell(row, r)}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
        {hasFooter && (
          <tfoot>
            <tr>
              {columns.map((c, i) => {
                const Cell = c.rowHeader ? 'th' : 'td';
                return (
                  <Cell
                    key={i}
                    scope={c.rowHeader ? 'row' : undefined}
                    className={c.numeric ? styles.numeric : undefined}
                  >
                    {c.footer}
                  </Cell>
                );
              })}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

function labelOf<Row>(column: Column<Row>): string | undefined {
  return column.label ?? (typeof column.header === 'string' ? column.header : undefined);
}

function HeaderCell<Row>({ column }: { column: Column<Row> }) {
  const { header, sort } = column;
  let content = header;
  if (column.hideHeader) content = <span className="visually-hidden">{header}</span>;
  else if (sort) {
    content = (
      <button type="button" className={styles.sortButton} onClick={sort.onSort}>
        {header}
        {sort.direction && (
          <span className={styles.sortMark} aria-hidden="true">
            {sort.direction === 'ascending' ? '▲' : '▼'}
          </span>
        )}
      </button>
    );
  }
  return (
    <th
      scope="col"
      className={column.numeric ? styles.numeric : undefined}
      aria-sort={sort ? (sort.direction ?? 'none') : undefined}
    >
      {content}
    </th>
  );
}
