import { useTranslation } from '../../i18n/react';
import { Icon } from './icon';

/** "Look here": shown on the regions a step is about (text and outline, never colour alone). */
export function FocusMark({ on }: { on: boolean }) {
  const { t } = useTranslation();
  if (!on) return null;
  return (
    <span className="focus-mark">
      <Icon name="eye" />
      {t('common.lookHere')}
    </span>
  );
}
