import { useI18n } from '@/i18n/i18n-context';

/** An admin form's submit (busy while pending) and close buttons. */
export function FormActions({ pending, label, onClose }: { pending: boolean; label: string; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <div className="actions">
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t('auth.submitting') : label}
      </button>
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('admin.close')}
      </button>
    </div>
  );
}
