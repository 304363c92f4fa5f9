/** Catches a render error in one panel so the rest of the app keeps working. */
import { Component, type ReactNode } from 'react';
import { translate } from '../i18n';
import { viewStore } from '../state/view-store';

interface Props {
  readonly children: ReactNode;
  readonly name: string;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(`Panel "${this.props.name}" failed:`, error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const lang = viewStore.getState().lang;
    return (
      <div className="panel-error" role="alert">
        <p>{translate(lang, 'app.panelError')}</p>
        <button type="button" onClick={() => this.setState({ failed: false })}>
          {translate(lang, 'app.panelRetry')}
        </button>
      </div>
    );
  }
}
