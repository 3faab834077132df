import { relay } from '../data';

interface Cidr {
  base: number;
  mask: number;
}

function ipv4ToInt(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    n = n * 256 + octet;
  }
  return n;
}

function parseCidr(text: string): Cidr {
  const [ip = '', bits = '32'] = text.split('/');
  const prefix = Number(bits);
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return { base: ((ipv4ToInt(ip) ?? 0) & mask) >>> 0, mask };
}

const { names, suffixes, ipv4Cidrs, ipv6, ipv6UniqueLocal } = relay.devHosts;
const NAMES = new Set(names);
const CIDRS = ipv4Cidrs.map(parseCidr);
const IPV6 = new Set(ipv6);

/**
 * A development host: localhost, a loopback or private-network address, or a local-only name
 * (`*.localhost`, `*.local`, `*.test`, …), as listed in data/relay.json. `hostname` as URL gives it
 * (IPv6 in brackets).
 */
export function isDevHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (NAMES.has(host) || suffixes.some((s) => host.endsWith(s))) return true;
  const v4 = ipv4ToInt(host);
  if (v4 !== null) return CIDRS.some((c) => ((v4 & c.mask) >>> 0) === c.base);
  if (host.startsWith('[') && host.endsWith(']')) {
    const v6 = host.slice(1, -1);
    if (IPV6.has(v6)) return true;
    return ipv6UniqueLocal && /^f[cd][0-9a-f]{0,2}:/.test(v6);
  }
  return false;
}
