import { createTRPCRouter, storeRoleProcedure } from '../../trpc.ts';
import { ZDeleteProductInputSchema } from './deleteProduct.schema.ts';
import { ZListProductsInputSchema } from './listProducts.schema.ts';
import { ZUpdateProductInputSchema } from './updateProduct.schema.ts';
import { ZUploadInputSchema } from './upload.schema.ts';

const merchant = storeRoleProcedure('merchant');

export const catalogRouter = createTRPCRouter({
  listProducts: merchant
    .input(ZListProductsInputSchema)
    .query(async (opts) => (await import('./listProducts.handler.ts')).listProductsHandler(opts)),
  updateProduct: merchant
    .input(ZUpdateProductInputSchema)
    .mutation(async (opts) =>
      (await import('./updateProduct.handler.ts')).updateProductHandler(opts),
    ),
  deleteProduct: merchant
    .input(ZDeleteProductInputSchema)
    .mutation(async (opts) =>
      (await import('./deleteProduct.handler.ts')).deleteProductHandler(opts),
    ),
  /** Staged by POST /api/admin/upload; a dry run, so a query. */
  previewUpload: merchant
    .input(ZUploadInputSchema)
    .query(async (opts) => (await import('./previewUpload.handler.ts')).previewUploadHandler(opts)),
  commitUpload: merchant
    .input(ZUploadInputSchema)
    .mutation(async (opts) =>
      (await import('./commitUpload.handler.ts')).commitUploadHandler(opts),
    ),
});
