import type { Metadata } from 'next';
import { RulesEditor } from '~/components/admin/rules/RulesEditor';
import { PageHeader } from '~/components/ui';
import { storeSectionPage } from '~/components/workspace/StoreWorkspacePage';

export const metadata: Metadata = { title: 'Rules · Merchant admin · Shopsearch' };

export default storeSectionPage('merchant', 'rules', (info) => (
  <>
    <PageHeader title="Merchandising rules">
      Steer what shoppers of {info.name} see for a query: pin a product at a position, hide one, or
      boost or bury the products of a brand, price range or attribute. Search applies them after
      ranking, at once.
    </PageHeader>
    <RulesEditor store={info.slug} currency={info.currency} />
  </>
));
