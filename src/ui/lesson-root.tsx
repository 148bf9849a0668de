/** The whole page as both the prerender (build time) and the browser draw it: one tree, so they match. */
import { StrictMode } from 'react';
import { App } from './app';
import { ErrorBoundary } from './common/error-boundary';

export function LessonRoot() {
  return (
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>
  );
}
