import type { RowError } from '~/lib/admin/apiTypes';
import { DataTable, Muted, type Column } from '~/components/ui';
import styles from './RowErrorTable.module.css';

const COLUMNS: Column<RowError>[] = [
  { header: 'Row', numeric: true, cell: (e) => e.row },
  { header: 'Line', numeric: true, cell: (e) => e.line ?? '–' },
  { header: 'Product id', cell: (e) => e.productId ?? '–' },
  { header: 'Column', cell: (e) => (e.field ? <code>{e.field}</code> : '–') },
  { header: 'Problem', className: styles.reason, cell: (e) => e.reason },
];

/** Every reported problem: where it is (row, line, product, column) and why. */
export function RowErrorTable({
  errors,
  errorCount,
  rowsRead,
  stoppedEarly,
}: {
  errors: RowError[];
  errorCount: number;
  rowsRead: number;
  /** Reading stopped at a problem with the file: only the rows before it were checked. */
  stoppedEarly: boolean;
}) {
  if (errorCount === 0) {
    return stoppedEarly ? (
      <p className={styles.partial}>
        No problem in the {rowsRead.toLocaleString('en-US')} {rowsRead === 1 ? 'row' : 'rows'} read
        before reading stopped.
      </p>
    ) : (
      <p className={styles.clean}>No row has a problem.</p>
    );
  }
  return (
    <DataTable
      caption={
        <>
          Rows that will not be imported{' '}
          <Muted as="span">
            ({errorCount.toLocaleString('en-US')} {errorCount === 1 ? 'problem' : 'problems'}
            {errors.length < errorCount && `, the first ${errors.length} shown`})
          </Muted>
        </>
      }
      columns={COLUMNS}
      rows={errors}
      rowKey={(e, i) => `${e.row}-${i}`}
    />
  );
}
