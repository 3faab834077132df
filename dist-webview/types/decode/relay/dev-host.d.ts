/**
 * A development host: localhost, a loopback or private-network address, or a local-only name
 * (`*.localhost`, `*.local`, `*.test`, …), as listed in data/relay.json. `hostname` as URL gives it
 * (IPv6 in brackets).
 */
export declare function isDevHost(hostname: string): boolean;
