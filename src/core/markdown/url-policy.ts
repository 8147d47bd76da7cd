/** What a URL in user Markdown turns out to be once every obfuscation is peeled off. */
export type UrlKind = 'relative' | 'http' | 'https' | 'mailto' | 'unsafe'

const NAMED_ENTITIES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  lpar: '(',
  rpar: ')',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' '
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (m, body: string) => {
    const b = body.toLowerCase()
    if (b.startsWith('#')) {
      const code = b[1] === 'x' ? parseInt(b.slice(2), 16) : parseInt(b.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ''
    }
    return NAMED_ENTITIES[b] ?? m
  })
}

function decodePercent(s: string): string {
  return s.replace(/%([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

/**
 * Browsers drop tabs/newlines inside a scheme and ignore leading control characters, so
 * `java\tscript:` or `&#x6A;avascript:` still run; peel entities and %-escapes (a few rounds, for
 * double encoding) and remove every whitespace/control/zero-width character before judging.
 */
export function classifyUrl(raw: string): UrlKind {
  let s = raw
  for (let i = 0; i < 3; i++) {
    const next = decodePercent(decodeEntities(s))
    if (next === s) break
    s = next
  }
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '').toLowerCase()
  if (s === '') return 'relative'
  // `//host` and `\\host` leave the app although they carry no scheme.
  if (/^[/\\]{2}/.test(s)) return 'unsafe'
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(s)
  if (scheme) {
    if (scheme[1] === 'http' || scheme[1] === 'https' || scheme[1] === 'mailto') return scheme[1]
    return 'unsafe'
  }
  // A colon before any path, query or fragment character would be read as a scheme by something.
  const firstDelimiter = s.search(/[/?#]/)
  const colon = s.indexOf(':')
  if (colon >= 0 && (firstDelimiter < 0 || colon < firstDelimiter)) return 'unsafe'
  return 'relative'
}

export function isSafeLinkUrl(url: string): boolean {
  return classifyUrl(url) !== 'unsafe'
}

/** Images load without a click, so only the app's own files or TLS-protected remote ones. */
export function isSafeImageUrl(url: string): boolean {
  const k = classifyUrl(url)
  return k === 'relative' || k === 'https'
}

export function isExternalUrl(url: string): boolean {
  const k = classifyUrl(url)
  return k === 'http' || k === 'https' || k === 'mailto'
}
