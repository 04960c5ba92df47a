import type { StructureKind } from '../../engine/paymentExplorer';
import type { Payment } from '../../engine/schema';
import type { PayoutBreakdown } from '../../engine/types';
import type { Translate } from '../../i18n/i18n';
import type { Formatters } from '../../i18n/format';
import { bonusText, capText, tiersText } from '../../i18n/termsText';

/** Commission rates read to one decimal (23.1%), as planners quote them. */
const RATE_DIGITS = 1;

type Part = 'fee' | 'gift' | 'perSale' | 'commission' | 'perLead';

/** The parts a payment really has, in a fixed order, each with its amount already in words. */
function parts(payment: Payment, f: Formatters): [Part, Record<string, string>][] {
  const out: [Part, Record<string, string>][] = [];
  if (payment.feePerPost !== undefined) out.push(['fee', { fee: f.money(payment.feePerPost) }]);
  if (payment.giftCost !== undefined) out.push(['gift', { gift: f.money(payment.giftCost) }]);
  if (payment.amountPerAction !== undefined) out.push(['perSale', { amount: f.money(payment.amountPerAction) }]);
  if (payment.commissionRate !== undefined) out.push(['commission', { rate: f.percent(payment.commissionRate, RATE_DIGITS) }]);
  if (payment.amountPerLead !== undefined) out.push(['perLead', { amount: f.money(payment.amountPerLead) }]);
  return out;
}

/**
 * The terms in words, from the fields the payment has, whatever its model: "€50 per post",
 * "23.1% commission", "€40 gift per creator + 15% commission". A hybrid shows its own parts, so
 * a gift + commission hybrid never reads as "— per post". Tiers replace the flat commission's
 * words, and a bonus and a cap follow (docs/MODEL.md §10).
 */
export function termsText(payment: Payment, t: Translate, f: Formatters): string {
  const tiers = payment.commissionTiers ?? [];
  const words = parts(payment, f).map(([part, v]) =>
    part === 'commission' && tiers.length > 0 ? tiersText(payment.commissionRate ?? 0, tiers, t, f) : t(`explorer.terms.${part}`, v),
  );
  if (payment.bonus) words.push(bonusText(payment.bonus, t, f));
  if (payment.payoutCap !== undefined) words.push(capText(payment.payoutCap, t, f));
  return words.join(' + ');
}

/** The name of a scenario made from a structure: "Spring launch — CPS 23.1%", "… — Hybrid €40 gift + 15%", "… — Tiered 8%/12%". */
export function structureScenarioName(scenarioName: string, kind: StructureKind, payment: Payment, t: Translate, f: Formatters): string {
  const tiers = payment.commissionTiers ?? [];
  const short = parts(payment, f).map(([part, v]) =>
    part === 'commission' && tiers.length > 0 ? [v.rate, ...tiers.map((tier) => f.percent(tier.rate, RATE_DIGITS))].join('/') : t(`explorer.namePart.${part}`, v),
  );
  if (payment.bonus) short.push(t('terms.words.bonusName', { amount: f.money(payment.bonus.amount) }));
  if (payment.payoutCap !== undefined) short.push(t('terms.words.capName', { cap: f.money(payment.payoutCap) }));
  return `${scenarioName} — ${t(`explorer.structure.${kind}`)} ${short.join(' + ')}`;
}

const BREAKDOWN_PARTS: [keyof PayoutBreakdown, Part | 'bonus'][] = [
  ['fixedFees', 'fee'],
  ['gifts', 'gift'],
  ['perAction', 'perSale'],
  ['commission', 'commission'],
  ['perLead', 'perLead'],
  ['bonuses', 'bonus'],
];

/**
 * What a hybrid pays, as shares of the creators' expected earnings: "50% as a fee per post and 50%
 * as commission" for the explorer's own split, "38% as a gift and 62% as commission" for a planner's.
 * Falls back to the structure's general hint when nothing is expected to be paid.
 */
export function hybridHint(expected: PayoutBreakdown, t: Translate, f: Formatters): string {
  const total = BREAKDOWN_PARTS.reduce((sum, [key]) => sum + expected[key], 0);
  if (!(total > 0)) return t('explorer.structureHint.hybrid');
  const shares = BREAKDOWN_PARTS.filter(([key]) => expected[key] > 0).map(([key, part]) => t(`explorer.sharePart.${part}`, { share: f.rate(expected[key] / total) }));
  return new Intl.ListFormat(f.locale, { type: 'conjunction' }).format(shares);
}

/** Upper-cases the first letter, for sentences that start with a structure's name. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
