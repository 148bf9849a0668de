import { useTranslation } from '../../i18n/react';
import type { SessionOptions } from '../../sim/server/options';
import { useStep, useWorld } from '../common/use-lesson-view';

/** The server's options as the express-session code that would set them up. */
export function expressSessionCode(o: SessionOptions): string {
  const cookie = [
    `    path: '${o.cookie.path}',`,
    `    httpOnly: ${o.cookie.httpOnly},`,
    `    secure: ${o.cookie.secure},`,
    ...(o.cookie.sameSite ? [`    sameSite: '${o.cookie.sameSite}',`] : []),
    ...(o.cookie.maxAge ? [`    maxAge: ${o.cookie.maxAge}, // ms`] : []),
  ];
  return [
    "const session = require('express-session');",
    '',
    'app.use(session({',
    '  secret: process.env.SESSION_SECRET, // never in the code, never sent',
    `  name: '${o.name}',`,
    `  resave: ${o.resave},`,
    `  saveUninitialized: ${o.saveUninitialized},`,
    `  rolling: ${o.rolling},`,
    '  cookie: {',
    ...cookie,
    '  },',
    '}));',
  ].join('\n');
}

export function SettingsCode() {
  const { t } = useTranslation();
  const world = useWorld();
  const { step } = useStep();
  return (
    <details className="settings-code" open={step.id === 'frameworks' || undefined}>
      <summary>{t('settings.title')}</summary>
      <pre>
        <code>{expressSessionCode(world.server.options)}</code>
      </pre>
    </details>
  );
}
