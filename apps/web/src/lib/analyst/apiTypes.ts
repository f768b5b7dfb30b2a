// The analyst procedures' inputs and outputs as the workbench sees them, inferred from the router
// so the web app never imports the API's runtime code.
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@shopsearch/api';

type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;

export type CompareInput = Inputs['compare']['rankings'];
export type SearchConfiguration = CompareInput['configurations'][number];
export type RankingProfileName = SearchConfiguration['profile'];

export type CompareResult = Outputs['compare']['rankings'];
export type ComparedRanking = CompareResult['rankings'][number];
export type ComparedHit = ComparedRanking['hits'][number];
export type RankingPair = CompareResult['pairs'][number];
export type IndexVersion = Outputs['compare']['versions'][number];

export type JudgmentSet = Outputs['judgments']['listSets'][number];
export type JudgmentImport = Outputs['judgments']['importCsv'];

export type EvaluationRun = Outputs['evaluation']['get'];
export type ConfigurationResult = EvaluationRun['results'][number];
export type SavedRunSummary = Outputs['evaluation']['list'][number];

export type AnalyticsSummary = Outputs['analytics']['summary'];

export type Experiment = Outputs['experiments']['list'][number];
export type ExperimentReport = Outputs['experiments']['report'];

export type ClickProposals = Outputs['judgments']['proposeFromClicks'];
export type ClickProposal = ClickProposals['proposals'][number];
