import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startI18n } from './i18n/i18n';
import { startLesson } from './state/lesson-store';
import { App } from './ui/app';
import { ErrorBoundary } from './ui/common/error-boundary';
import './ui/styles.css';

// The lesson runs: the notice for a page opened from a file (index.html) is not needed.
document.getElementById('file-notice')?.remove();
// The simulated network starts in the background; the shell renders as soon as its words load.
startLesson();
void startI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
});
