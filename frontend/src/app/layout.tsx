import { useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useMe } from '@/features/account/api/get-me';
import { LogoutButton } from '@/features/auth/components/logout-button';
import { useI18n } from '@/i18n/i18n-context';
import { LanguageSwitch } from '@/i18n/language-switch';
import { setUnauthenticatedHandler } from '@/lib/api-client';
import { useIsSignedIn } from '@/lib/auth-session';
import { loginPath } from '@/lib/safe-redirect';

/** The page frame: header (brand, navigation, language, account) and the routed screen. */
export function Layout() {
  const { t } = useI18n();
  const signedIn = useIsSignedIn();
  const me = useMe(signedIn);
  const navigate = useNavigate();
  const location = useLocation();
  const here = location.pathname + location.search;

  // A call that stays 401 after the refresh sends the user to log in and then back here.
  useEffect(() => setUnauthenticatedHandler(() => navigate(loginPath(here), { replace: true })), [navigate, here]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            {t('app.brand')}
          </Link>
          <nav aria-label={t('nav.main')} className="site-nav">
            <NavLink to="/" end>
              {t('nav.plans')}
            </NavLink>
            {signedIn ? (
              <>
                <NavLink to="/services">{t('nav.services')}</NavLink>
                <NavLink to="/orders">{t('nav.orders')}</NavLink>
                <NavLink to="/wallet">{t('nav.wallet')}</NavLink>
                <NavLink to="/account">{t('nav.account')}</NavLink>
                {me.data?.role === 'ADMIN' && <NavLink to="/admin">{t('nav.admin')}</NavLink>}
                <LogoutButton className="button button--link" onLeave={() => navigate('/')} />
              </>
            ) : (
              <>
                <NavLink to="/login">{t('nav.login')}</NavLink>
                <NavLink to="/register" className="button button--primary button--small">
                  {t('nav.register')}
                </NavLink>
              </>
            )}
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
