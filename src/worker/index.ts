export { useMonteCarlo, MC_DEBOUNCE_MS, type MonteCarloState, type UseMonteCarloOptions } from './useMonteCarlo';
export { usePointProjection, type PointProjection } from './usePointProjection';
export { createMcRunner, isSuperseded, SupersededError, type McRunner } from './runner';
export type { McRequest, McResponse, McRunOptions } from './protocol';
