import { useI18n } from '@/i18n/i18n-context';
import { CatalogFilters } from './catalog-filters';
import { PlanResults } from './plan-results';

/** The public catalog: filters beside (or, on a phone, above) the plan cards. */
export function Catalog() {
  const { t } = useI18n();
  return (
    <div className="catalog">
      <div className="catalog__intro">
        <h1>{t('catalog.title')}</h1>
        <p className="lead">{t('app.tagline')}</p>
      </div>
      <div className="catalog__body">
        <CatalogFilters />
        <section className="catalog__results" aria-label={t('nav.plans')}>
          <PlanResults />
        </section>
      </div>
    </div>
  );
}
