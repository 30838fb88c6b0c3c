import { LoginForm } from '@/features/auth/components/login-form';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/i18n/i18n-context';
import { AuthPage, useNextPage } from './auth-page';

export function LoginRoute() {
  const { t } = useI18n();
  const { next, withNext, goNext } = useNextPage();
  useDocumentTitle(t('auth.login.title'));
  return (
    <AuthPage
      title={t('auth.login.title')}
      notice={next ? t('auth.loginToContinue') : undefined}
      prompt={t('auth.login.noAccount')}
      linkText={t('auth.login.toRegister')}
      linkTo={withNext('/register')}
    >
      <LoginForm onSuccess={goNext} />
    </AuthPage>
  );
}
