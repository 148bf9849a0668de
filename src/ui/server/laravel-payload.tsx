import { useTranslation } from '../../i18n/react';
import { payloadColumn, serialize, type PhpArray } from '../../sim/server/session/laravel-file';

/** A `sessions` row's payload column, then decoded: loaded only when a Laravel row is opened. */
export function LaravelPayload({ attributes }: { attributes: PhpArray }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="muted">{t('stacks.guestBook.laravelNote')}</p>
      <pre>
        <code>
          {`base64_decode(payload):\n${serialize(attributes)}\n\npayload = ${payloadColumn(attributes)}`}
        </code>
      </pre>
    </>
  );
}
