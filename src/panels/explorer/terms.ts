import type { StructureKind } from '../../engine/paymentExplorer';
import type { Payment } from '../../engine/schema';
import type { Translate } from '../../i18n/i18n';
import type { Formatters } from '../../i18n/format';

/** Commission rates read to one decimal (23.1%), as planners quote them. */
const RATE_DIGITS = 1;

function vars(payment: Payment, f: Formatters): Record<string, string> {
  return {
    fee: f.money(payment.feePerPost),
    gift: f.money(payment.giftCost),
    amount: f.money(payment.amountPerAction ?? payment.amountPerLead),
    rate: f.percent(payment.commissionRate, RATE_DIGITS),
  };
}

/** The terms in words: "€50 per post", "23.1% commission", "€25 per post + 11.6% commission". */
export function termsText(kind: StructureKind, payment: Payment, t: Translate, f: Formatters): string {
  return t(`explorer.terms.${kind}`, vars(payment, f));
}

/** The name of a scenario made from a structure: "Spring launch — CPS 23.1%". */
export function structureScenarioName(scenarioName: string, kind: StructureKind, payment: Payment, t: Translate, f: Formatters): string {
  return `${scenarioName} — ${t(`explorer.name.${kind}`, vars(payment, f))}`;
}

/** The current payment of a line item in words, whatever its model. */
export function currentTermsText(payment: Payment, t: Translate, f: Formatters): string {
  const parts: string[] = [];
  if (payment.feePerPost !== undefined) parts.push(t('explorer.terms.fixed', { fee: f.money(payment.feePerPost) }));
  if (payment.giftCost !== undefined) parts.push(t('explorer.terms.gifting', { gift: f.money(payment.giftCost) }));
  if (payment.amountPerAction !== undefined) parts.push(t('explorer.terms.cpa', { amount: f.money(payment.amountPerAction) }));
  if (payment.commissionRate !== undefined) parts.push(t('explorer.terms.cps', { rate: f.percent(payment.commissionRate, RATE_DIGITS) }));
  if (payment.amountPerLead !== undefined) parts.push(t('explorer.terms.cpl', { amount: f.money(payment.amountPerLead) }));
  return parts.join(' + ');
}

/** Upper-cases the first letter, for sentences that start with a structure's name. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
