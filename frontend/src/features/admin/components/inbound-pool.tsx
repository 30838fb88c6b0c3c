import { useI18n } from '@/i18n/i18n-context';
import type { Id } from '@/lib/api-schemas';
import { useAllInbounds, useServers } from '../api/servers';

type InboundPoolProps = { protocol: string; selected: Id[]; onChange: (ids: Id[]) => void; error?: string };

/**
 * The plan's pool: the synced inbounds of every server, grouped by server. Only inbounds that
 * speak the plan's protocol can be chosen (the backend refuses a mixed pool).
 */
export function InboundPool({ protocol, selected, onChange, error }: InboundPoolProps) {
  const { t } = useI18n();
  const servers = useServers();
  const list = servers.data?.items ?? [];
  const inbounds = useAllInbounds(list.map((s) => s.id));
  const chosen = new Set(selected.map(String));
  const toggle = (id: Id, on: boolean) => onChange(on ? [...selected, id] : selected.filter((x) => String(x) !== String(id)));

  return (
    <fieldset className="choice-group pool" aria-describedby={error ? 'pool-error' : 'pool-hint'}>
      <legend className="field__label">{t('admin.plans.pool')}</legend>
      <p id="pool-hint" className="field__hint">
        {t('admin.plans.poolHint')}
      </p>
      {list.map((server, index) => (
        <div key={server.id} className="pool__server">
          <p className="pool__server-name" dir="auto">
            {server.name}
          </p>
          {(inbounds[index]?.data ?? []).length === 0 && <p className="field__hint">{t('admin.plans.noInbounds')}</p>}
          {(inbounds[index]?.data ?? []).map((inbound) => {
            const matches = inbound.protocol === protocol;
            return (
              <label key={inbound.id} className={`choice choice--compact${matches ? '' : ' choice--disabled'}`}>
                <input
                  type="checkbox"
                  name="inboundIds"
                  value={String(inbound.id)}
                  disabled={!matches}
                  checked={chosen.has(String(inbound.id))}
                  onChange={(event) => toggle(inbound.id, event.target.checked)}
                />
                <span dir="ltr">
                  {inbound.remark || `#${inbound.panelInboundId}`} · {inbound.protocol} · {inbound.port}
                  {inbound.network ? ` · ${inbound.network}` : ''}
                </span>
              </label>
            );
          })}
        </div>
      ))}
      {error && (
        <p id="pool-error" className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
