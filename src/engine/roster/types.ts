import type { Platform, Tier } from '../vocabulary';

/**
 * The rows of the two CSV files of docs/MODEL.md §9, as the reader (src/io/csv) hands them to the
 * engine: every value already checked against the rule of its field, rates as shares (0.035, not
 * 3.5%), and absent or empty cells left out. `row` is the row as a spreadsheet numbers it (the
 * header is row 1), so that anything said about a row can point back into the file.
 */

/** One creator of a shortlist. */
export interface RosterRow {
  row: number;
  name: string;
  platform: Platform;
  followers: number;
  tier?: Tier;
  posts?: number;
  engagementRate?: number;
  reachRate?: number;
  clickRate?: number;
  conversionRate?: number;
  feePerPost?: number;
  giftCost?: number;
  commissionRate?: number;
  amountPerAction?: number;
  audience?: string;
}

/** One creator of a past campaign. The reader guarantees `followers` or `tier`. */
export interface ResultRow {
  row: number;
  name?: string;
  platform: Platform;
  followers?: number;
  tier?: Tier;
  posts: number;
  impressions?: number;
  clicks?: number;
  orders?: number;
  leads?: number;
}

/** Which optional columns of a results file are there: a rate is calibrated only when its columns are. */
export interface ResultColumns {
  followers: boolean;
  impressions: boolean;
  clicks: boolean;
  orders: boolean;
  leads: boolean;
}
