/**
 * The last line of defence: a failure to draw the lesson shows a way out instead of a blank page.
 * The place is not saved again (a reload would only repeat the failure); Start over clears it
 * and opens the first step.
 */
import { Component, type ReactNode } from 'react';
import { i18n } from '../../i18n/i18n';
import { haltLookingAhead } from '../../state/lesson-store';
import { clearLesson, stopSaving } from '../../state/persistence';

export function startOver(): void {
  clearLesson();
  const url = new URL(location.href);
  url.searchParams.delete('step');
  location.assign(url);
}

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch() {
    stopSaving();
    // Nor is the next step worked out from a world that could not even be drawn.
    haltLookingAhead();
    // The way out answers (the stage, which marks the page live otherwise, may be what failed).
    document.documentElement.dataset.live = '';
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = i18n.getFixedT(i18n.language);
    return (
      <main className="app" lang={i18n.language} style={{ maxWidth: '40rem', margin: '3rem auto' }}>
        <div role="alert">
          <h1>{t('recovery.crashTitle')}</h1>
          <p>{t('recovery.crashBody')}</p>
        </div>
        <p>
          <button type="button" onClick={startOver}>
            {t('recovery.startOver')}
          </button>
        </p>
        <details className="hint">
          <summary>{t('recovery.details')}</summary>
          <code>{error.message}</code>
        </details>
      </main>
    );
  }
}
