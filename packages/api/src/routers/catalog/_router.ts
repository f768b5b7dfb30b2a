import { createTRPCRouter, storeRoleProcedure } from '../../trpc.ts';
import { lazyHandlers } from '../lazyHandlers.ts';
import { ZDeleteProductInputSchema } from './deleteProduct.schema.ts';
import { ZListProductsInputSchema } from './listProducts.schema.ts';
import { ZUpdateProductInputSchema } from './updateProduct.schema.ts';
import { ZUploadInputSchema } from './upload.schema.ts';

const merchant = storeRoleProcedure('merchant');
const products = lazyHandlers(() => import('./products.handler.ts'));
const upload = lazyHandlers(() => import('./upload.handler.ts'));

export const catalogRouter = createTRPCRouter({
  listProducts: merchant.input(ZListProductsInputSchema).query(products('listProductsHandler')),
  updateProduct: merchant
    .input(ZUpdateProductInputSchema)
    .mutation(products('updateProductHandler')),
  deleteProduct: merchant
    .input(ZDeleteProductInputSchema)
    .mutation(products('deleteProductHandler')),
  /** Staged by POST /api/admin/upload; a dry run, so a query. */
  previewUpload: merchant.input(ZUploadInputSchema).query(upload('previewUploadHandler')),
  commitUpload: merchant.input(ZUploadInputSchema).mutation(upload('commitUploadHandler')),
});
