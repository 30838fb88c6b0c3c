import { SelectField } from '@/components/select-field';
import { useI18n } from '@/i18n/i18n-context';

/** A status filter for an admin list: "All" plus the given statuses (kept in the URL by the caller). */
export function StatusFilter({ value, onChange, statuses }: { value: string; onChange: (value: string) => void; statuses: readonly string[] }) {
  const { t } = useI18n();
  return (
    <SelectField
      className="filter-field"
      label={t('orders.status')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      options={[{ value: '', label: t('catalog.any') }, ...statuses.map((status) => ({ value: status, label: status }))]}
    />
  );
}
