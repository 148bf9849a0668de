import { useTranslation } from '../../i18n/react';

/** "Look here": shown on the regions a step is about (text and outline, never colour alone). */
export function FocusMark({ on }: { on: boolean }) {
  const { t } = useTranslation();
  if (!on) return null;
  return (
    <span className="focus-mark">
      <span aria-hidden="true">👀 </span>
      {t('common.lookHere')}
    </span>
  );
}
