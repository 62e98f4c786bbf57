/**
 * Which network addresses the URL importer may connect to: public unicast only. Everything a server
 * could reach on its own side is refused — loopback, private and carrier-grade NAT ranges, link-local
 * (cloud metadata at 169.254.169.254), unique-local, multicast, broadcast, reserved and documentation
 * ranges — and so is every IPv6 form that wraps such an IPv4 address (mapped, compatible, translated,
 * NAT64, 6to4, Teredo). An allow-list of `host:port` pairs opens chosen ones (tests, an intranet).
 */
import ipaddr from 'ipaddr.js'

/** The verdict on one address, with the range it falls in for the error message and logs. */
export interface AddressVerdict {
  allowed: boolean
  range: string
}

// IPv6 global unicast is 2000::/3; nothing outside it is public (ipaddr.js calls it all 'unicast').
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3')

/** Parses an address in any notation ipaddr.js knows (`2130706433`, `0x7f.1`, `[::1]`); undefined if none. */
export function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const bare = text.replace(/^\[(.*)\]$/, '$1')
  // A zone id (`fe80::1%eth0`) names an interface of this machine: never public.
  if (bare.includes('%')) return ipaddr.IPv6.parse('fe80::')
  return ipaddr.isValid(bare) ? ipaddr.parse(bare) : undefined
}

/** Whether the importer may connect to `address` (a literal IPv4 or IPv6 address). */
export function judgeAddress(address: string): AddressVerdict {
  const parsed = parseAddress(address)
  if (!parsed) return { allowed: false, range: 'not an address' }
  return parsed.kind() === 'ipv4' ? judgeV4(parsed as ipaddr.IPv4) : judgeV6(parsed as ipaddr.IPv6)
}

function judgeV4(address: ipaddr.IPv4): AddressVerdict {
  const range = address.range()
  return { allowed: range === 'unicast', range }
}

function judgeV6(address: ipaddr.IPv6): AddressVerdict {
  const embedded = embeddedV4(address)
  if (embedded) {
    const inner = judgeV4(embedded.address)
    return { allowed: embedded.mayBePublic && inner.allowed, range: `${embedded.form} ${inner.range}` }
  }
  const range = address.range()
  const allowed = range === 'unicast' && address.match(GLOBAL_UNICAST_V6)
  return { allowed, range: allowed || range !== 'unicast' ? range : 'not global unicast' }
}

/**
 * The IPv4 address inside an IPv6 form that carries one. Only NAT64 and 6to4 can lead to a public
 * host; the mapped, compatible, translated and Teredo forms are refused whatever they wrap.
 */
function embeddedV4(address: ipaddr.IPv6) {
  const parts = address.parts
  const range = address.range()
  const last32 = () => v4Of(parts[6]!, parts[7]!)
  if (range === 'ipv4Mapped') return { form: 'IPv4-mapped', address: last32(), mayBePublic: false }
  if (range === 'rfc6145') return { form: 'IPv4-translated', address: last32(), mayBePublic: false }
  if (range === 'rfc6052') return { form: 'NAT64', address: last32(), mayBePublic: true }
  if (range === '6to4') return { form: '6to4', address: v4Of(parts[1]!, parts[2]!), mayBePublic: true }
  if (range === 'teredo')
    return { form: 'Teredo', address: v4Of(~parts[6]! & 0xffff, ~parts[7]! & 0xffff), mayBePublic: false }
  // ::a.b.c.d, the deprecated IPv4-compatible form (:: and ::1 have ranges of their own).
  if (range === 'unicast' && parts.slice(0, 6).every((part) => part === 0))
    return { form: 'IPv4-compatible', address: last32(), mayBePublic: false }
  return undefined
}

function v4Of(high: number, low: number) {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff])
}

/** A `host:port` allow-list entry, normalised: lower-case, IPv6 without brackets, addresses canonical. */
export function allowListKey(host: string, port: number): string {
  const bare = host
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
  const address = parseAddress(bare)
  return `${address ? address.toNormalizedString() : bare}|${port}`
}

/**
 * Parses `URL_IMPORT_ALLOW_HOSTS`: comma-separated `host:port` (`127.0.0.1:8080`, `[::1]:8080`,
 * `intranet.example:443`). Throws on an entry without a port, so a typo cannot open more than meant.
 */
export function parseAllowList(setting: string): ReadonlySet<string> {
  const keys = new Set<string>()
  for (const entry of setting
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+):(\d{1,5})$/i.exec(entry)
    const port = Number(match?.[2])
    if (!match || port < 1 || port > 65_535)
      throw new Error(`URL_IMPORT_ALLOW_HOSTS: "${entry}" is not host:port`)
    keys.add(allowListKey(match[1]!, port))
  }
  return keys
}
