/** One-tap import of a subscription URL into the common client apps (their documented deep links). */
export type ImportApp = { app: string; href: string };

export function importLinks(subscriptionUrl: string, name: string): ImportApp[] {
  const url = encodeURIComponent(subscriptionUrl);
  const label = encodeURIComponent(name);
  return [
    { app: 'v2rayNG', href: `v2rayng://install-config?url=${url}` },
    { app: 'Hiddify', href: `hiddify://import/${subscriptionUrl}#${label}` },
    { app: 'Clash', href: `clash://install-config?url=${url}` },
    { app: 'sing-box', href: `sing-box://import-remote-profile?url=${url}#${label}` },
  ];
}
