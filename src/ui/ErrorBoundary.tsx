import { Component, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/** Shows a plain message instead of a blank page or a stack trace when a view fails. */
export class ErrorBoundary extends Component<{ children: ReactNode; label: string }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: unknown): void {
    // The details stay in the console for developers; users get a sentence.
    console.error(error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="view-error">
        The {this.props.label} could not be shown. Reload the page; if it happens again, the data
        may hold something the app does not expect.
      </div>
    );
  }
}
