'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { adminErrorMessage, retryUnlessRefused } from '~/lib/admin/apiError';
import { adminHref } from '~/lib/admin/routes';
import { useTRPC } from '~/trpc/react';
import admin from '../Admin.module.css';

export function StoresTable() {
  const trpc = useTRPC();
  const stores = useQuery({ ...trpc.platform.stores.queryOptions(), retry: retryUnlessRefused });
  if (stores.isError) {
    return (
      <p className={admin.problem} role="alert">
        {adminErrorMessage(stores.error)}
      </p>
    );
  }
  return (
    <div className={admin.tableWrap}>
      <table className={admin.table}>
        <caption className="visually-hidden">Stores</caption>
        <thead>
          <tr>
            <th scope="col">Store</th>
            <th scope="col">Address name</th>
            <th scope="col">Currency</th>
            <th scope="col" className={admin.numeric}>
              Products
            </th>
            <th scope="col" className={admin.numeric}>
              People
            </th>
          </tr>
        </thead>
        <tbody>
          {stores.data?.map((s) => (
            <tr key={s.slug}>
              <td>
                <Link href={adminHref(s.slug, 'catalog')}>{s.name}</Link>
              </td>
              <td>{s.slug}</td>
              <td>{s.currency}</td>
              <td className={admin.numeric}>{s.productCount.toLocaleString('en-US')}</td>
              <td className={admin.numeric}>{s.memberCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
