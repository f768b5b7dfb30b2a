// The merchant and platform procedures' inputs and outputs as the admin pages see them, inferred
// from the router so the web app never imports the API's runtime code.
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@shopsearch/api';

type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;

export type ProductPage = Outputs['catalog']['listProducts'];
export type ProductRow = ProductPage['items'][number];
export type IndexStatus = ProductRow['indexStatus'];
export type ProductPatch = Inputs['catalog']['updateProduct']['patch'];
export type Availability = NonNullable<ProductPatch['availability']>;

export type UploadPreview = Outputs['catalog']['previewUpload'];
export type UploadCommit = Outputs['catalog']['commitUpload'];
export type CatalogFormat = UploadPreview['format'];
export type SampleProduct = UploadPreview['sample'][number];
export type RowError = UploadPreview['errors'][number];

export type ReindexStatus = Outputs['reindex']['status'];
export type JobProgress = NonNullable<ReindexStatus['job']>;
export type JobState = JobProgress['state'];
export type ReindexOptions = Outputs['reindex']['options'];
export type IndexVersionRow = Outputs['reindex']['versions'][number];
export type StartReindexInput = Inputs['reindex']['start'];

export type PlatformStore = Outputs['platform']['stores'][number];
export type PlatformUser = Outputs['platform']['users'][number];
export type Role = Inputs['platform']['grantRole']['role'];

export type RulesAnswer = Outputs['searchSettings']['rules'];
export type RuleRow = RulesAnswer['rules'][number];
export type RuleChange = RulesAnswer['history'][number];
export type RuleInput = Inputs['searchSettings']['createRule']['rule'];
export type RulePreview = Outputs['searchSettings']['previewRule'];
export type StoreAttribute = Outputs['searchSettings']['attributes'][number];
