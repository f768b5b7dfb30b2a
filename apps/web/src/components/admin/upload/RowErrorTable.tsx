import type { RowError } from '~/lib/admin/apiTypes';
import admin from '../Admin.module.css';
import styles from './RowErrorTable.module.css';

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
    <div className={admin.tableWrap}>
      <table className={admin.table}>
        <caption>
          Rows that will not be imported{' '}
          <span className={admin.muted}>
            ({errorCount.toLocaleString('en-US')} {errorCount === 1 ? 'problem' : 'problems'}
            {errors.length < errorCount && `, the first ${errors.length} shown`})
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className={admin.numeric}>
              Row
            </th>
            <th scope="col" className={admin.numeric}>
              Line
            </th>
            <th scope="col">Product id</th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={`${e.row}-${i}`}>
              <td className={admin.numeric}>{e.row}</td>
              <td className={admin.numeric}>{e.line ?? '–'}</td>
              <td>{e.productId ?? '–'}</td>
              <td>{e.field ? <code>{e.field}</code> : '–'}</td>
              <td className={styles.reason}>{e.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
