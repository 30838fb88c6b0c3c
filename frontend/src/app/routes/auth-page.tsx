import type { ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { safeRedirect } from '@/lib/safe-redirect';

/** Where to go after logging in or registering: the `next` page if it is ours, else the account. */
export function useNextPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  const withNext = (path: string) => (next ? `${path}?next=${encodeURIComponent(next)}` : path);
  const goNext = () => navigate(safeRedirect(next, '/account'), { replace: true });
  return { next, withNext, goNext };
}

type AuthPageProps = { title: string; notice?: string; children: ReactNode; prompt: string; linkText: string; linkTo: string };

/** The narrow card both auth screens share: title, optional notice, form, and a link to the other screen. */
export function AuthPage({ title, notice, children, prompt, linkText, linkTo }: AuthPageProps) {
  return (
    <div className="auth-page">
      <h1>{title}</h1>
      {notice && (
        <p className="alert alert--info" role="status">
          {notice}
        </p>
      )}
      {children}
      <p className="auth-page__switch">
        {prompt} <Link to={linkTo}>{linkText}</Link>
      </p>
    </div>
  );
}
