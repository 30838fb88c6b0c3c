import { RegisterForm } from '@/features/auth/components/register-form';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/i18n/i18n-context';
import { AuthPage, useNextPage } from './auth-page';

export function RegisterRoute() {
  const { t } = useI18n();
  const { withNext, goNext } = useNextPage();
  useDocumentTitle(t('auth.register.title'));
  return (
    <AuthPage
      title={t('auth.register.title')}
      prompt={t('auth.register.haveAccount')}
      linkText={t('auth.register.toLogin')}
      linkTo={withNext('/login')}
    >
      <RegisterForm onSuccess={goNext} />
    </AuthPage>
  );
}
