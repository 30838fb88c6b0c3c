import { Catalog } from '@/features/catalog/components/catalog';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/i18n/i18n-context';

export function CatalogRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('nav.plans'));
  return <Catalog />;
}
