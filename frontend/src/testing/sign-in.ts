import { authSession } from '@/lib/auth-session';
import { issueTokens } from './mocks/db';

/** Starts a session for a mock user: 1 is Ann (customer), 2 is Ada (admin). */
export function signInAs(userId: 1 | 2 = 1) {
  authSession.start(issueTokens(userId));
}
