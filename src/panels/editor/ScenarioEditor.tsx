import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { projectPoint } from '../../engine/point';
import type { Audience, Scenario } from '../../engine/schema';
import type { AudiencePoint } from '../../engine/types';
import { AudiencesSection } from './AudiencesSection';
import { EconomicsSection } from './EconomicsSection';
import { LineItemList } from './LineItemList';
import { tierConventionOf } from './lineItemOps';
import { OverheadsSection } from './OverheadsSection';
import { ScenarioDetailsSection } from './ScenarioDetailsSection';
import { TimingSimulationSection } from './TimingSimulationSection';
import './editor.css';

const NO_AUDIENCES: readonly Audience[] = [];
const NO_POINTS: readonly AudiencePoint[] = [];

/** Applies an edit to the latest scenario; sections receive this instead of the scenario itself. */
export type ScenarioUpdate = (update: (scenario: Scenario) => Scenario) => void;

export interface ScenarioEditorProps {
  /** the scenario being edited */
  scenario: Scenario;
  /** called with the whole next scenario after every valid edit */
  onChange(next: Scenario): void;
}

/**
 * Edits one scenario. It rerenders on every slider event, so each section and line item card is
 * memoised and receives one stable `update` callback that reads the latest scenario from a ref:
 * moving a slider in one card rerenders that card only.
 */
export function ScenarioEditor({ scenario, onChange }: ScenarioEditorProps) {
  const latest = useRef({ scenario, onChange });
  useLayoutEffect(() => {
    latest.current = { scenario, onChange };
  });
  const update = useCallback<ScenarioUpdate>((fn) => {
    const { scenario: current, onChange: notify } = latest.current;
    const next = fn(current);
    if (next !== current) notify(next);
  }, []);
  const convention = tierConventionOf(scenario);
  const audiences = scenario.audiences ?? NO_AUDIENCES;
  // The Audiences section shows each audience's overlap in the typical case. The results column
  // projects the same scenario; this second projection runs only while there are audiences.
  const audiencePoints = useMemo(() => (scenario.audiences?.length ? projectPoint(scenario).audiences : NO_POINTS), [scenario]);

  return (
    <div className="scenario-editor">
      <ScenarioDetailsSection
        name={scenario.name}
        description={scenario.description ?? ''}
        currency={scenario.currency}
        convention={convention}
        budget={scenario.budget}
        update={update}
      />
      <EconomicsSection economics={scenario.economics} currency={scenario.currency} update={update} />
      <OverheadsSection overheads={scenario.overheads} currency={scenario.currency} update={update} />
      <TimingSimulationSection timing={scenario.timing} simulation={scenario.simulation} update={update} />
      <AudiencesSection audiences={audiences} lineItems={scenario.lineItems} points={audiencePoints} update={update} />
      <LineItemList
        lineItems={scenario.lineItems}
        audiences={audiences}
        currency={scenario.currency}
        convention={convention}
        economics={scenario.economics}
        meta={scenario.meta}
        update={update}
      />
    </div>
  );
}
