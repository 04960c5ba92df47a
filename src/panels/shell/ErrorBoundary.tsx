import { Component, type ReactNode } from 'react';
import { ErrorNotice } from './ErrorNotice';

export interface ErrorBoundaryProps {
  children: ReactNode;
  /** when this value changes (e.g. the scenario was edited), the boundary tries again */
  resetKey: unknown;
  /** what to show instead of the standard notice, e.g. for the whole page */
  fallback?: (error: Error, retry: () => void) => ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
  resetKey: unknown;
}

/** Keeps a failing panel from blanking the page: it shows what went wrong instead. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const retry = () => this.setState({ error: null });
    return this.props.fallback ? this.props.fallback(error, retry) : <ErrorNotice message={error.message} onRetry={retry} />;
  }
}
