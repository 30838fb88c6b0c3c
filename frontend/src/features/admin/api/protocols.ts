export const PROTOCOLS = ['vless', 'vmess', 'trojan', 'shadowsocks'] as const;
