import type { ExtractionSpeed } from '../extraction-speed.js';
import type { IngestionFigures } from '../ingest/ingestion-bench.js';
import type { LoadResult } from '../load/load-run.js';
import type { Disagreement } from '../queries/verify-answers.js';
import type { ScalingStep } from '../scaling/scaling-bench.js';

/** Everything one run measured, in one object the report is made from. */
export interface BenchResults {
  mode: 'quick' | 'full';
  /** The data and durations this run used, as one line. */
  parameters: string;
  startedAt: string;
  seconds: number;
  machine: string;
  extraction: ExtractionSpeed;
  ingestion: IngestionFigures;
  scaling: ScalingStep[];
  queries: LoadResult[];
  disagreements: Disagreement[];
  idleRssBytes: Record<string, number>;
  loadSeconds: number;
}
