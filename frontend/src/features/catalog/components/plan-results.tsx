import { ApiErrorAlert } from '@/components/api-error-alert';
import { LoadingStatus } from '@/components/loading-status';
import { Pager } from '@/components/pager';
import { useI18n } from '@/i18n/i18n-context';
import { PLANS_PAGE_SIZE, useServerPlans } from '../api/get-server-plans';
import { usePlanFilters } from '../hooks/use-plan-filters';
import { PlanCard } from './plan-card';

/** The plans for the filters in the URL, with loading, error, empty and paged states. */
export function PlanResults() {
  const { t } = useI18n();
  const { filters, setPage, clear, isFiltered } = usePlanFilters();
  const plans = useServerPlans(filters);

  if (plans.isPending) return <LoadingStatus label={t('catalog.loading')} />;
  if (plans.isError) return <ApiErrorAlert title={t('catalog.error')} error={plans.error} onRetry={() => plans.refetch()} />;

  const { items, page, total } = plans.data;
  if (items.length === 0) {
    return (
      <div className="empty-state">
        <p role="status">{t('catalog.empty')}</p>
        {(isFiltered || page > 0) && (
          <button type="button" className="button button--secondary" onClick={clear}>
            {t('catalog.clear')}
          </button>
        )}
      </div>
    );
  }

  return (
    <div aria-busy={plans.isPlaceholderData}>
      <p className="results-count" role="status">
        {t('catalog.results', { count: total })}
      </p>
      <ul className="plan-grid">
        {items.map((plan) => (
          <li key={plan.id}>
            <PlanCard plan={plan} />
          </li>
        ))}
      </ul>
      <Pager page={page} size={PLANS_PAGE_SIZE} total={total} onPage={setPage} />
    </div>
  );
}
