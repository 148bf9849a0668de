/** The whole page as both the prerender (build time) and the browser draw it: one tree, so they match. */
import { StrictMode } from 'react';
import { TextsProvider } from '../i18n/react';
import { App } from './app';
import { ErrorBoundary } from './common/error-boundary';

/**
 * `prerendered`: this is the build's markup (the prerender), or the page adopting it; it is drawn
 * with the texts the build had, so that both match.
 */
export function LessonRoot({ prerendered }: { prerendered: boolean }) {
  return (
    <StrictMode>
      <TextsProvider prerendered={prerendered}>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </TextsProvider>
    </StrictMode>
  );
}
