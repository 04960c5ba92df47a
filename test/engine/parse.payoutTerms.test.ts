import { describe, expect, it } from 'vitest';
import { formatValidationError, parseScenarioText, type ValidationError } from '../../src/engine/parse';
import { validationMessagesNl } from '../../src/i18n/messages/validation.nl';

const dutchRule = (error: ValidationError) => (error.code === undefined ? undefined : validationMessagesNl[`validation.rule.${error.code}`]);

/** A version 3 file whose one line item is paid by `payment` (docs/MODEL.md §10). */
const withPayment = (payment: Record<string, unknown>) => ({
  format: 'campaign-roi-scenario',
  version: 3,
  name: 'Terms',
  currency: 'EUR',
  economics: { averageOrderValue: 60, grossMargin: 0.5 },
  lineItems: [
    { id: 'a', tier: 'micro', platform: 'tiktok', creators: 2, followers: 10000, posts: 1, reachRate: 0.2, engagementRate: 0.05, clickRate: 0.01, conversionRate: 0.02, payment },
  ],
});

const result = (payment: Record<string, unknown>) => parseScenarioText(JSON.stringify(withPayment(payment)));
const errorsOf = (payment: Record<string, unknown>) => {
  const r = result(payment);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};
const linesOf = (payment: Record<string, unknown>) => errorsOf(payment).map(formatValidationError);

describe('payment terms of format version 3', () => {
  it('accepts the SPEC example: tiers, a sales bonus and a cap on a hybrid', () => {
    const r = result({
      model: 'hybrid', feePerPost: 400, commissionRate: 0.08,
      commissionTiers: [{ from: 5000, rate: 0.12 }, { from: 20000, rate: 0.15 }],
      bonus: { metric: 'sales', threshold: 10000, amount: 500 },
      payoutCap: 3000,
    });
    expect(r.ok && r.data.scenarios[0]!.lineItems[0]!.payment).toEqual({
      model: 'hybrid', feePerPost: 400, commissionRate: 0.08,
      commissionTiers: [{ from: 5000, rate: 0.12 }, { from: 20000, rate: 0.15 }],
      bonus: { metric: 'sales', threshold: 10000, amount: 500 },
      payoutCap: 3000,
    });
  });

  it('accepts a bonus with a fixed fee and with gifting, which have no performance part', () => {
    for (const metric of ['sales', 'conversions', 'leads'])
      expect(result({ model: 'fixed', feePerPost: 400, bonus: { metric, threshold: 10, amount: 0 } }).ok).toBe(true);
    expect(result({ model: 'gifting', giftCost: 40, bonus: { metric: 'conversions', threshold: 5, amount: 100 } }).ok).toBe(true);
  });

  it('names each broken tier by its path', () => {
    expect(linesOf({ model: 'cps', commissionRate: 0.1, commissionTiers: [{ from: 0, rate: 0.2 }, { from: 500, rate: 1.5 }] })).toEqual([
      'lineItems[0].payment.commissionTiers[0].from: must be greater than 0 (got 0)',
      'lineItems[0].payment.commissionTiers[1].rate: must be between 0 and 1 (got 1.5)',
    ]);
    expect(linesOf({ model: 'cps', commissionRate: 0.1, commissionTiers: [{ from: 5000, rate: 0.12 }, { from: 5000, rate: 0.15 }] })).toEqual([
      "lineItems[0].payment.commissionTiers[1].from: must be greater than the previous tier's from (got 5000)",
    ]);
  });

  it('wants commissionRate beside tiers and a performance part beside a cap', () => {
    const tiers = errorsOf({ model: 'hybrid', feePerPost: 100, amountPerAction: 5, commissionTiers: [{ from: 100, rate: 0.2 }] });
    expect(tiers.map(formatValidationError)).toEqual([
      'lineItems[0].payment.commissionTiers: commission tiers need a commissionRate (got a list of 1)',
    ]);
    const cap = errorsOf({ model: 'fixed', feePerPost: 100, payoutCap: 500 });
    expect(cap.map(formatValidationError)).toEqual([
      'lineItems[0].payment.payoutCap: a payout cap needs a performance part (amountPerAction, commissionRate or amountPerLead) (got 500)',
    ]);
    // The app shows the same rules in Dutch.
    expect(dutchRule(tiers[0]!)).toBe('commissiestaffels hebben een commissionRate nodig');
    expect(dutchRule(cap[0]!)).toMatch(/^een uitbetalingsplafond heeft een prestatiedeel nodig/);
  });

  it('checks the bonus fields', () => {
    expect(linesOf({ model: 'fixed', feePerPost: 100, bonus: { metric: 'views', threshold: 0, amount: -1 } })).toEqual([
      'lineItems[0].payment.bonus.metric: must be one of sales, conversions, leads (got "views")',
      'lineItems[0].payment.bonus.threshold: must be greater than 0 (got 0)',
      'lineItems[0].payment.bonus.amount: must be at least 0 (got -1)',
    ]);
    expect(linesOf({ model: 'cpa', amountPerAction: 5, payoutCap: -3 })).toEqual(['lineItems[0].payment.payoutCap: must be at least 0 (got -3)']);
  });
});
