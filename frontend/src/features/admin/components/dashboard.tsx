import { Link } from 'react-router';
import { QueryView } from '@/components/query-view';
import { CountryFlag } from '@/components/country-flag';
import { useI18n } from '@/i18n/i18n-context';
import { useStats } from '../api/operations';
import { useServers } from '../api/servers';
import { BarChart } from './bar-chart';
import { HealthBadge } from './health-badge';

/** Revenue and orders per day, active clients, queue health and every panel's health. */
export function Dashboard() {
  const { t, number, money, date } = useI18n();
  const stats = useStats();
  const servers = useServers();
  return (
    <div className="stack">
      <QueryView query={stats} loading={t('admin.loadingData')} error={t('admin.errorData')}>
        {(data) => {
          const dead = data.jobs?.dead ?? 0;
          const tiles: [string, string, string?][] = [
            [t('admin.stats.activeClients'), number(data.activeClients ?? 0)],
            [t('admin.stats.users'), number(data.users ?? 0)],
            [t('admin.stats.queued'), number((data.jobs?.queued ?? 0) + (data.jobs?.running ?? 0))],
            [t('admin.stats.dead'), number(dead), dead > 0 ? '/admin/jobs' : undefined],
          ];
          return (
            <>
              <ul className="tiles">
                {tiles.map(([label, value, to]) => (
                  <li key={label} className={`tile${to ? ' tile--alert' : ''}`}>
                    <span className="tile__value">{value}</span>
                    <span className="tile__label">{to ? <Link to={to}>{label}</Link> : label}</span>
                  </li>
                ))}
              </ul>
              <div className="charts">
                <BarChart
                  title={t('admin.stats.revenue')}
                  // Bar heights only: the float never reaches a label, which shows the exact amount.
                  points={data.days.map((d) => ({ label: date(d.date), value: Number(d.revenue.amount), text: money(d.revenue) }))}
                />
                <BarChart title={t('admin.stats.orders')} points={data.days.map((d) => ({ label: date(d.date), value: d.orders, text: number(d.orders) }))} />
              </div>
            </>
          );
        }}
      </QueryView>
      <section aria-labelledby="server-health" className="stack">
        <h2 id="server-health">{t('admin.stats.servers')}</h2>
        <QueryView query={servers} loading={t('admin.loadingData')} error={t('admin.errorData')}>
          {(page) => (
            <ul className="card-list">
              {page.items.map((server) => (
                <li key={server.id} className="card card--row">
                  <span dir="auto">
                    <CountryFlag code={server.location} /> {server.name}
                  </span>
                  <HealthBadge id={server.id} />
                </li>
              ))}
            </ul>
          )}
        </QueryView>
      </section>
    </div>
  );
}
