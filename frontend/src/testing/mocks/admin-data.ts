/** The mock backend's admin side: panels (servers), their inbounds, jobs and the audit trail. */
export type MockServer = {
  id: number;
  name: string;
  panelUrl: string;
  username: string;
  hasApiToken: boolean;
  tlsVerify: boolean;
  publicHost: string;
  location: string;
  categoryId: number;
  brandId: number;
  capacity: number;
  active: boolean;
  dialect: string;
  detectedDialect: string | null;
  lastSyncedAt: string | null;
  lastCheckedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type MockInbound = {
  id: number;
  serverId: number;
  panelInboundId: number;
  protocol: string;
  port: number;
  remark: string;
  network: string;
  security: string;
  enabled: boolean;
};

export type MockJob = {
  id: number;
  type: string;
  status: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  arguments: Record<string, string>;
  runAt: string;
  createdAt: string;
  updatedAt: string;
};

export type MockAuditEntry = {
  id: number;
  action: string;
  actorType: string;
  actorUserId: number | null;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, string>;
  ipAddress: string | null;
  createdAt: string;
};

export const admin = {
  servers: [] as MockServer[],
  inbounds: [] as MockInbound[],
  /** Plan id → its pool of inbound ids (the catalog's plans live in db.plans). */
  pools: new Map<number, number[]>(),
  inactivePlans: new Set<number>(),
  jobs: [] as MockJob[],
  audit: [] as MockAuditEntry[],
  sequence: 5000,
};

const ago = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

export function aServer(overrides: Partial<MockServer> = {}): MockServer {
  return {
    id: ++admin.sequence,
    name: 'Frankfurt 1',
    panelUrl: 'https://de1.example.net:2053/panel/',
    username: 'admin',
    hasApiToken: false,
    tlsVerify: true,
    publicHost: 'de1.example.net',
    location: 'DE',
    categoryId: 1,
    brandId: 10,
    capacity: 500,
    active: true,
    dialect: 'auto',
    detectedDialect: 'classic',
    lastSyncedAt: ago(3),
    lastCheckedAt: ago(1),
    createdAt: ago(400),
    updatedAt: ago(3),
    ...overrides,
  };
}

/** The inbounds a sync finds on a panel: one per protocol. */
export function panelInbounds(serverId: number): MockInbound[] {
  return ['vless', 'vmess', 'trojan', 'shadowsocks'].map((protocol, index) => ({
    id: serverId * 10 + index,
    serverId,
    panelInboundId: index + 1,
    protocol,
    port: 443 + index,
    remark: `${protocol}-${serverId}`,
    network: protocol === 'vmess' ? 'ws' : 'tcp',
    security: protocol === 'shadowsocks' ? 'none' : 'tls',
    enabled: true,
  }));
}

export function resetAdmin() {
  admin.sequence = 5000;
  const de = aServer({ id: 1 });
  const nl = aServer({ id: 2, name: 'Amsterdam 2', panelUrl: 'https://nl2.example.net/xui/', publicHost: 'nl2.example.net', location: 'NL', brandId: 11 });
  admin.servers = [de, nl];
  admin.inbounds = [...panelInbounds(1), ...panelInbounds(2)];
  admin.pools = new Map([
    [100, [10]],
    [101, [12, 22]],
    [102, [11]],
  ]);
  admin.inactivePlans = new Set();
  admin.jobs = [
    {
      id: 71,
      type: 'provision-order',
      status: 'DEAD',
      attempts: 5,
      maxAttempts: 5,
      lastError: 'panel de1.example.net unreachable: connect timed out',
      arguments: { orderId: '812' },
      runAt: ago(6),
      createdAt: ago(8),
      updatedAt: ago(6),
    },
  ];
  admin.audit = [
    { id: 3, action: 'auth.login', actorType: 'USER', actorUserId: 2, targetType: 'user', targetId: '2', details: {}, ipAddress: '203.0.113.9', createdAt: ago(1) },
    { id: 2, action: 'server.created', actorType: 'USER', actorUserId: 2, targetType: 'server', targetId: '2', details: { name: 'Amsterdam 2' }, ipAddress: '203.0.113.9', createdAt: ago(30) },
    { id: 1, action: 'auth.login_failed', actorType: 'ANONYMOUS', actorUserId: null, targetType: null, targetId: null, details: { email: 'x@example.com' }, ipAddress: '198.51.100.7', createdAt: ago(50) },
  ];
}

export function snapshotAdmin() {
  return { ...admin, pools: [...admin.pools], inactivePlans: [...admin.inactivePlans] };
}

export function restoreAdmin(saved: ReturnType<typeof snapshotAdmin> | undefined) {
  if (!saved) return;
  Object.assign(admin, saved, { pools: new Map(saved.pools), inactivePlans: new Set(saved.inactivePlans) });
}
