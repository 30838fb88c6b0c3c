import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/i18n/i18n-context';

type ConfirmButtonProps = {
  label: string;
  question: string;
  onConfirm: () => void;
  disabled?: boolean;
  danger?: boolean;
};

/**
 * A destructive action in two steps: the button turns into a question with Confirm and Cancel
 * (focus moves to Cancel, Escape cancels), so nothing happens on one stray click or key press.
 */
export function ConfirmButton({ label, question, onConfirm, disabled, danger }: ConfirmButtonProps) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);

  const close = () => {
    setAsking(false);
    setTimeout(() => openerRef.current?.focus());
  };

  if (!asking) {
    return (
      <button ref={openerRef} type="button" className={`button button--secondary${danger ? ' button--danger' : ''}`} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={label} onKeyDown={(event) => event.key === 'Escape' && close()}>
      <p className="confirm__question">{question}</p>
      <button
        type="button"
        className={`button ${danger ? 'button--danger-solid' : 'button--primary'}`}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('confirm.yes', { action: label })}
      </button>
      <button ref={cancelRef} type="button" className="button button--secondary" onClick={close}>
        {t('confirm.cancel')}
      </button>
    </div>
  );
}
