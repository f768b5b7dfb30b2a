import admin from '../Admin.module.css';

/** Products the job could not encode, with the reason for each. */
export function FailedProducts({
  failures,
  failedCount,
}: {
  failures: { productId: string; reason: string }[];
  failedCount: number;
}) {
  if (failedCount === 0) return null;
  return (
    <div className={admin.tableWrap}>
      <table className={admin.table}>
        <caption>
          Failed products{' '}
          <span className={admin.muted}>
            ({failedCount.toLocaleString('en-US')}
            {failures.length < failedCount && `, the first ${failures.length} shown`})
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Product id</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {failures.map((f) => (
            <tr key={f.productId}>
              <td>{f.productId}</td>
              <td>{f.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
