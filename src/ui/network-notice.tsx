import { useTranslation } from '../i18n/react';
import { useLesson } from '../state/lesson-store';

/** Says honestly how requests travel, and what went wrong if something did. */
export function NetworkNotice() {
  const { t } = useTranslation();
  const network = useLesson((s) => s.network);
  const error = useLesson((s) => s.error);
  return (
    <>
      {error && (
        <p role="alert" className="notice error">
          {t('app.networkError', { message: error })}
        </p>
      )}
      <p
        className={`notice network-${network}`}
        role="status"
        data-testid="network-status"
        data-network={network}
      >
        {network === 'starting' ? (
          <>
            <span>{t('app.startingNetwork')}</span>
            {/* Holds the room of the usual notice, so the page does not move when it comes. */}
            <span className="notice-room" aria-hidden="true">
              {t('app.networkWorker')}
            </span>
          </>
        ) : network === 'service-worker' ? (
          t('app.networkWorker')
        ) : network === 'stalled' ? (
          t('app.networkStalled')
        ) : (
          t('app.networkInPage')
        )}
      </p>
    </>
  );
}
