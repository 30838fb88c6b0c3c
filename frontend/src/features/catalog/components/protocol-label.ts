const LABELS: Record<string, string> = { vless: 'VLESS', vmess: 'VMess', trojan: 'Trojan', shadowsocks: 'Shadowsocks' };

/** Protocols are proper names, the same in every language. */
export function protocolLabel(protocol: string): string {
  return LABELS[protocol.toLowerCase()] ?? protocol;
}
