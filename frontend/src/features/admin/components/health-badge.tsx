import { useI18n } from '@/i18n/i18n-context';
import type { Id } from '@/lib/api-schemas';
import { useHealth } from '../api/servers';

/** Probes a panel (GET /admin/servers/{id}/health) and shows reachable + latency, or unreachable. */
export function HealthBadge({ id }: { id: Id }) {
  const { t, number } = useI18n();
  const health = useHealth(id);
  if (health.isPending) return <span className="badge badge--muted">{t('admin.health.checking')}</span>;
  if (health.isError || !health.data.reachable) return <span className="badge badge--error">{t('admin.health.down')}</span>;
  const ms = health.data.latencyMs;
  return <span className="badge badge--ok">{ms != null ? t('admin.health.upMs', { ms: number(ms) }) : t('admin.health.up')}</span>;
}
