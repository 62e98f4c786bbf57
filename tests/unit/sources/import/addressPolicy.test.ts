import { describe, expect, it } from 'vitest'
import { allowListKey, judgeAddress, parseAllowList } from '../../../../server/sources/addressPolicy.ts'

describe('which addresses the URL importer may connect to', () => {
  it.each([
    // IPv4 ranges a server could reach on its own side
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['100.127.255.255', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    // the same, in the other notations an IPv4 literal can take
    ['2130706433', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['0x7f.1', 'loopback'],
    ['0x7f000001', 'loopback'],
    ['127.1', 'loopback'],
    ['0xa9.0xfe.0xa9.0xfe', 'linkLocal'],
    ['012.0.0.1', 'private'],
    // IPv6
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456:789a::1', 'uniqueLocal'],
    ['fe80::1', 'linkLocal'],
    ['fe80::1%eth0', 'linkLocal'],
    ['ff02::1', 'multicast'],
    ['fec0::1', 'deprecatedSiteLocal'],
    ['100::1', 'discard'],
    ['2001:db8::1', 'reserved'],
    ['4000::1', 'not global unicast'],
    ['1::2:3', 'not global unicast'],
    // IPv6 forms that wrap an IPv4 address
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback'],
    ['0:0:0:0:0:ffff:7f00:1', 'IPv4-mapped loopback'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped linkLocal'],
    ['::ffff:8.8.8.8', 'IPv4-mapped unicast'],
    ['::7f00:1', 'IPv4-compatible loopback'],
    ['::0a00:0001', 'IPv4-compatible private'],
    ['::ffff:0:7f00:1', 'IPv4-translated loopback'],
    ['64:ff9b::7f00:1', 'NAT64 loopback'],
    ['64:ff9b::10.0.0.1', 'NAT64 private'],
    ['64:ff9b::a9fe:a9fe', 'NAT64 linkLocal'],
    ['64:ff9b:1::c0a8:1', 'NAT64 private'],
    ['2002:7f00:1::', '6to4 loopback'],
    ['2002:c0a8:101::1', '6to4 private'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo reserved'],
    ['2001:0:4136:e378:8000:63bf:f7f7:f7f7', 'Teredo unicast'],
    // not addresses at all
    ['localhost', 'not an address'],
    ['', 'not an address'],
  ])('[IM3] refuses %s (%s)', (address, range) => {
    expect(judgeAddress(address)).toEqual({ allowed: false, range })
  })

  it.each([
    ['8.8.8.8'],
    ['1.1.1.1'],
    ['93.184.215.14'],
    ['172.15.255.255'],
    ['172.32.0.1'],
    ['100.63.255.255'],
    ['100.128.0.1'],
    ['2606:4700:4700::1111'],
    ['[2a00:1450:4001:80e::200e]'],
    ['64:ff9b::8.8.8.8'],
    ['2002:0808:0808::1'],
  ])('allows the public address %s', (address) => {
    expect(judgeAddress(address).allowed).toBe(true)
  })
})

describe('the URL_IMPORT_ALLOW_HOSTS setting', () => {
  it('[IM7] is empty by default, so that no private address is allowed', () => {
    expect(parseAllowList('').size).toBe(0)
  })

  it('holds host:port pairs, addresses in canonical form and names in lower case', () => {
    const keys = parseAllowList(' 127.0.0.1:8080, [::1]:9000 ,Intranet.Example:443')
    expect(keys).toEqual(
      new Set([
        allowListKey('127.0.0.1', 8080),
        allowListKey('::1', 9000),
        allowListKey('intranet.example', 443),
      ]),
    )
    expect(keys.has(allowListKey('0x7f.1', 8080))).toBe(true)
    expect(keys.has(allowListKey('[0:0:0:0:0:0:0:1]', 9000))).toBe(true)
    expect(keys.has(allowListKey('INTRANET.EXAMPLE.', 443))).toBe(true)
  })

  it('allows a pair only on its own port', () => {
    const keys = parseAllowList('127.0.0.1:8080')
    expect(keys.has(allowListKey('127.0.0.1', 8081))).toBe(false)
    expect(keys.has(allowListKey('127.0.0.2', 8080))).toBe(false)
  })

  it.each(['127.0.0.1', 'localhost', '::1:80', '127.0.0.1:0', '127.0.0.1:70000', ':80'])(
    'refuses the entry %j, which names no single host and port',
    (entry) => {
      expect(() => parseAllowList(entry)).toThrowError('URL_IMPORT_ALLOW_HOSTS')
    },
  )
})
