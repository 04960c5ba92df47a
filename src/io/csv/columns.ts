/**
 * The columns of the two CSV files (docs/MODEL.md §9), in English and Dutch. A header matches a
 * column when both read the same once case, spaces, `_` and `-` are ignored: "Engagement rate",
 * "engagement_rate" and "ENGAGEMENT-RATE" are all `engagementRate`.
 */

export const COLUMN_ALIASES = {
  name: ['naam', 'handle', 'creator'],
  platform: ['kanaal'],
  followers: ['volgers', 'subscribers', 'abonnees'],
  tier: ['niveau'],
  posts: ['berichten', 'aantal posts'],
  engagementRate: ['engagement', 'er', 'betrokkenheid'],
  reachRate: ['bereik'],
  clickRate: ['ctr', 'klikratio'],
  conversionRate: ['cvr', 'conversieratio'],
  feePerPost: ['fee', 'tarief', 'vergoeding'],
  giftCost: ['gift', 'cadeau', 'productwaarde'],
  commissionRate: ['commission', 'commissie'],
  amountPerAction: ['cpa'],
  audience: ['doelgroep'],
  impressions: ['views', 'weergaven', 'vertoningen'],
  clicks: ['kliks'],
  orders: ['conversions', 'bestellingen', 'conversies'],
  leads: ['aanmeldingen'],
} as const satisfies Record<string, readonly string[]>;

export type Column = keyof typeof COLUMN_ALIASES;

/** The two files: a creator list (roster) and a past campaign's results. */
export type CsvKind = 'roster' | 'results';

/**
 * The columns each file reads; any other header is ignored and named once in a notice. A results
 * file may carry the creators' names, which the preview shows though the calibration needs none.
 */
export const KIND_COLUMNS = {
  roster: [
    'name', 'platform', 'followers', 'tier', 'posts', 'engagementRate', 'reachRate', 'clickRate', 'conversionRate',
    'feePerPost', 'giftCost', 'commissionRate', 'amountPerAction', 'audience',
  ],
  results: ['name', 'platform', 'followers', 'tier', 'posts', 'impressions', 'clicks', 'orders', 'leads'],
} as const satisfies Record<CsvKind, readonly Column[]>;

/**
 * Columns a file cannot do without; each inner list is one requirement that any of its columns
 * meets (a results file needs followers or a tier to place each creator in a tier).
 */
export const REQUIRED_COLUMNS: Record<CsvKind, readonly (readonly Column[])[]> = {
  roster: [['name'], ['platform'], ['followers']],
  results: [['platform'], ['followers', 'tier'], ['posts']],
};

/** "Aantal_Posts" → "aantalposts": the form in which headers and values are compared. */
export const normalizeName = (text: string): string => text.toLowerCase().replace(/[\s_-]+/g, '');

const BY_NAME = new Map<string, Column>();
for (const [column, aliases] of Object.entries(COLUMN_ALIASES) as [Column, readonly string[]][]) {
  for (const name of [column, ...aliases]) BY_NAME.set(normalizeName(name), column);
}

/** The column a header names, if the file kind reads it. */
export function columnOfHeader(header: string, kind: CsvKind): Column | null {
  const column = BY_NAME.get(normalizeName(header));
  return column !== undefined && (KIND_COLUMNS[kind] as readonly Column[]).includes(column) ? column : null;
}
