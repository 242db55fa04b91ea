import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The views a boundary can stand for; each is named in the catalogue (`shell:error.views`). */
type FailedView = 'report' | 'map' | 'graph' | 'planner' | 'reach';

interface State {
  failed: boolean;
}

/** Shows a plain message instead of a blank page or a stack trace when a view fails. */
export class ErrorBoundary extends Component<{ children: ReactNode; view: FailedView }, State> {
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
    return <ViewError view={this.props.view} />;
  }
}

/** The sentence, in the app's language (a class cannot use the translation hook itself). */
function ViewError({ view }: { view: FailedView }) {
  const { t } = useTranslation('shell');
  return (
    <div role="alert" className="view-error">
      {t('error.text', { view: t(`error.views.${view}`) })}
    </div>
  );
}
