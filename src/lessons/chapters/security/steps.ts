/** Security: what the cookie proves, and how it is protected. */
import { CHROME, get, MINA, post, predict, step } from '../../model';
import type { ChapterSteps } from '../../model';

export const security: ChapterSteps = {
  id: 'security',
  steps: [
    step('httponly', [{ type: 'run-console', visitorId: CHROME }], ['console', 'jar']),
    step(
      'tamper',
      [
        {
          type: 'edit-cookie',
          visitorId: 'v2',
          name: 'connect.sid',
          value: 's%3Aforged-by-hand.AAAA',
        },
        get('/me', 'v2'),
      ],
      ['request', 'trace'],
      'v2',
      predict('tamper-status', 'status', ['200', '401'], '401'),
    ),
    step(
      'stolen',
      [
        { type: 'add-visitor', browser: 'Firefox' },
        { type: 'copy-cookie', from: CHROME, to: 'v4', name: 'connect.sid' },
        get('/me', 'v4'),
      ],
      ['request', 'guest-book', 'shop'],
      'v4',
      predict('stolen-user', 'user', ['152', 'none'], '152'),
    ),
    step(
      'logout-public-pc',
      [post('/logout'), get('/me', 'v4')],
      ['trace', 'shop'],
      'v4',
      predict('logout-public-pc-status', 'status', ['200', '401'], '401'),
    ),
    step(
      'fixation',
      [
        get('/', 'v4'),
        { type: 'copy-cookie', from: 'v4', to: CHROME, name: 'connect.sid' },
        post('/login', MINA),
        get('/me', 'v4'),
      ],
      ['trace', 'guest-book'],
      'v4',
      predict('fixation-status', 'status', ['200', '401'], '401'),
    ),
  ],
};
