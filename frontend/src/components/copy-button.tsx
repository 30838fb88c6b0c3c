import { useEffect, useState } from 'react';
import { useI18n } from '@/i18n/i18n-context';

/** Copies `value` to the clipboard and says so in a polite live region; `label` names what is copied. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <span className="copy-button">
      <button type="button" className="button button--secondary button--small" onClick={copy} aria-label={t('copy.label', { what: label })}>
        {t('copy.button')}
      </button>
      <span role="status" className="copy-button__status">
        {state === 'copied' ? t('copy.done') : state === 'failed' ? t('copy.failed') : ''}
      </span>
    </span>
  );
}
