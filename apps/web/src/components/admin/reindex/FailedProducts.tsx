import { DataTable, Muted } from '~/components/ui';

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
    <DataTable
      caption={
        <>
          Failed products{' '}
          <Muted as="span">
            ({failedCount.toLocaleString('en-US')}
            {failures.length < failedCount && `, the first ${failures.length} shown`})
          </Muted>
        </>
      }
      columns={[
        { header: 'Product id', cell: (f) => f.productId },
        { header: 'Reason', cell: (f) => f.reason },
      ]}
      rows={failures}
      rowKey={(f) => f.productId}
    />
  );
}
