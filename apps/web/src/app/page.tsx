import { serverCaller } from '~/trpc/server';

export const dynamic = 'force-dynamic';

export default async function Home() {
  const api = await serverCaller();
  const result = await api.search.query({ store: 'demo', q: 'wireless mouse', pageSize: 5 });
  return (
    <main>
      <h1>{result.store.name}</h1>
      <ul>
        {result.hits.map((h) => (
          <li key={h.product.id}>{h.product.title}</li>
        ))}
      </ul>
    </main>
  );
}
