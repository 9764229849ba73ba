import type { CustomerAnalysis, DraftAnalysis, ReplyContext } from '@/lib/analysis/types';

// Messages between the sidebar page and its analysis worker. Both ends are this extension's
// own code on its own origin (not a trust boundary), so plain types suffice here.

export type WorkerRequest =
  | { id: number; kind: 'draft'; text: string; context: ReplyContext }
  | { id: number; kind: 'customer'; text: string };

export type WorkerResponse =
  | { id: number; ok: true; kind: 'draft'; result: DraftAnalysis }
  | { id: number; ok: true; kind: 'customer'; result: CustomerAnalysis }
  | { id: number; ok: false; error: string };
