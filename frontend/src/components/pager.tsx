import { useI18n } from '@/i18n/i18n-context';

type PagerProps = { page: number; size: number; total: number; onPage: (page: number) => void };

/** Previous / "page x of y" / next, for an api.md page (0-based `page`); nothing when one page holds all. */
export function Pager({ page, size, total, onPage }: PagerProps) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1 && page === 0) return null;
  return (
    <nav className="pagination" aria-label={t('pager.label')}>
      <button type="button" className="button button--secondary" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        {t('pager.previous')}
      </button>
      <span>{t('pager.pageOf', { page: page + 1, pages })}</span>
      <button type="button" className="button button--secondary" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        {t('pager.next')}
      </button>
    </nav>
  );
}
