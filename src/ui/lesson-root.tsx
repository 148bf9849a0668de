/** The whole page as both the prerender (build time) and the browser draw it: one tree, so they match. */
import { StrictMode, useEffect } from 'react';
import { App } from './app';
import { ErrorBoundary } from './common/error-boundary';

/** Marks the page as running (`<html data-live>`): its buttons answer from now on. */
function Live() {
  useEffect(() => {
    document.documentElement.dataset.live = '';
  }, []);
  return null;
}

export function LessonRoot() {
  return (
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
      <Live />
    </StrictMode>
  );
}
