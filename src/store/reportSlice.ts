import type { StateCreator } from 'zustand';
import type { AppMutators, AppState } from './types';

/** Who the report is by and for: shown on the Present report's cover, saved and undone with the workspace. */
export interface ReportDetails {
  title: string;
  author: string;
  company: string;
}

export const REPORT_FIELDS = ['title', 'author', 'company'] as const satisfies readonly (keyof ReportDetails)[];
/** Longer than this is no title or name: the rest is dropped. */
export const MAX_REPORT_DETAIL_CHARS = 200;

export const EMPTY_REPORT: ReportDetails = { title: '', author: '', company: '' };

export interface ReportSlice {
  report: ReportDetails;
  setReport(patch: Partial<ReportDetails>): void;
}

/** Report details out of saved data or a link: strings only, trimmed to length; anything else is empty. */
export function readReportDetails(value: unknown): ReportDetails {
  const record = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const field = (name: keyof ReportDetails) => {
    const v = record[name];
    return typeof v === 'string' ? v.slice(0, MAX_REPORT_DETAIL_CHARS) : '';
  };
  return { title: field('title'), author: field('author'), company: field('company') };
}

export const createReportSlice: StateCreator<AppState, AppMutators, [], ReportSlice> = (set, get) => ({
  report: EMPTY_REPORT,
  setReport: (patch) => {
    const next = readReportDetails({ ...get().report, ...patch });
    const current = get().report;
    if (REPORT_FIELDS.some((f) => next[f] !== current[f])) set({ report: next });
  },
});
