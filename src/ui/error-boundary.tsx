import { Component, type ReactNode } from 'react';

/** Catches a render error (e.g. a lesson chunk that cannot load offline) and shows `fallback`. */
export class ErrorBoundary extends Component<{ fallback: (error: unknown) => ReactNode; children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error: error ?? new Error('unknown error') };
  }

  override render(): ReactNode {
    return this.state.error !== undefined ? this.props.fallback(this.state.error) : this.props.children;
  }
}
