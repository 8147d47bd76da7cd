import { classifyUrl } from './url-policy'

/**
 * Hostile inputs for anything that turns user text into HTML. Shared so every module that renders
 * case text (case view, debrief, scenario lines) runs the same set in its tests with findUnsafeHtml.
 */
export const XSS_VECTORS: readonly { name: string; input: string }[] = [
  { name: 'script tag', input: '<script>alert(1)</script>' },
  { name: 'script tag mixed case', input: '<ScRiPt src="https://evil.example/x.js"></sCrIpT>' },
  { name: 'img onerror', input: '<img src=x onerror=alert(1)>' },
  { name: 'img onerror quoted', input: '<img src="x" onerror="alert(1)">' },
  { name: 'svg onload', input: '<svg onload=alert(1)><circle r="10"/></svg>' },
  { name: 'svg script', input: '<svg><script>alert(1)</script></svg>' },
  { name: 'iframe', input: '<iframe src="javascript:alert(1)"></iframe>' },
  { name: 'iframe srcdoc', input: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  { name: 'object / embed', input: '<object data="javascript:alert(1)"></object><embed src="data:text/html,x">' },
  { name: 'style attribute', input: '<p style="background:url(javascript:alert(1))">x</p>' },
  { name: 'style tag', input: '<style>body{background:url("javascript:alert(1)")}</style>' },
  { name: 'anchor html', input: '<a href="javascript:alert(1)">click</a>' },
  { name: 'details ontoggle', input: '<details open ontoggle=alert(1)>' },
  { name: 'html inside list', input: '- <img src=x onerror=alert(1)>\n- ok' },
  { name: 'html block', input: '<div onmouseover="alert(1)">\n\nhover\n\n</div>' },
  { name: 'md link javascript', input: '[click](javascript:alert(1))' },
  { name: 'md link JavaScript mixed case', input: '[click](JaVaScRiPt:alert(1))' },
  { name: 'md link leading space', input: '[click](<  javascript:alert(1)>)' },
  { name: 'md link java tab script', input: '[click](<java\tscript:alert(1)>)' },
  { name: 'md link java newline script', input: '[click](<java\nscript:alert(1)>)' },
  { name: 'md link entity colon', input: '[click](javascript&colon;alert(1))' },
  { name: 'md link decimal entities', input: '[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))' },
  { name: 'md link hex entities', input: '[click](&#x6A;avascript&#x3A;alert(1))' },
  { name: 'md link percent encoded', input: '[click](%6Aavascript%3Aalert(1))' },
  { name: 'md link double percent', input: '[click](%256Aavascript%253Aalert(1))' },
  { name: 'md link control char', input: '[click](\u0001javascript:alert(1))' },
  { name: 'md link zero width', input: '[click](java\u200bscript:alert(1))' },
  { name: 'md link vbscript', input: '[click](vbscript:msgbox(1))' },
  { name: 'md link data html', input: '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)' },
  { name: 'md link file', input: '[click](file:///etc/passwd)' },
  { name: 'md link protocol relative', input: '[click](//evil.example/x)' },
  { name: 'md link title breakout', input: '[click](https://ok.example "a\\" onmouseover=\\"alert(1)")' },
  { name: 'md reference link', input: '[click][x]\n\n[x]: javascript:alert(1)' },
  { name: 'md image javascript', input: '![x](javascript:alert(1))' },
  { name: 'md image data svg', input: '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)' },
  { name: 'md image onerror alt', input: '![x" onerror="alert(1)](https://ok.example/a.png)' },
  { name: 'md image http', input: '![x](http://insecure.example/a.png)' },
  { name: 'autolink javascript', input: '<javascript:alert(1)>' },
  { name: 'autolink data', input: '<data:text/html,<script>alert(1)</script>>' },
  { name: 'autolink vbscript', input: '<vbscript:msgbox(1)>' },
  { name: 'linkify bare javascript', input: 'see javascript:alert(1) now' },
  { name: 'code span with html', input: '`<script>alert(1)</script>`' },
  { name: 'fenced code with html', input: '```html\n<script>alert(1)</script>\n```' },
  { name: 'fence info breakout', input: '```"><script>alert(1)</script>\nx\n```' },
  { name: 'entity encoded tag', input: '&lt;script&gt;alert(1)&lt;/script&gt;' },
  { name: 'unicode escaped tag', input: '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e' },
  { name: 'meta refresh', input: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
  { name: 'form action', input: '<form action="javascript:alert(1)"><button>go</button></form>' },
  { name: 'base href', input: '<base href="javascript:alert(1)//">' },
  { name: 'table cell html', input: '| a |\n|---|\n| <img src=x onerror=alert(1)> |' }
]

const ALLOWED_TAGS = new Set([
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'em', 'strong', 's', 'code', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'mark', 'span'
])
const ALLOWED_ATTRS = new Set(['href', 'src', 'alt', 'title', 'target', 'rel', 'data-external', 'class', 'start', 'style'])
const TAG = /<\/?([a-zA-Z][\w-]*)([^>]*)>/g
const ATTR = /([^\s"'=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g

function unquote(v: string): string {
  return v.replace(/^["']|["']$/g, '').replace(/&amp;/g, '&')
}

/**
 * Lists what in `html` could run script or leave the app: tags outside the Markdown set, event
 * handler or unknown attributes, unsafe href/src, styles other than table alignment. Text is
 * escaped by a correct renderer, so every literal `<` in the output starts a real tag.
 */
export function findUnsafeHtml(html: string): string[] {
  const found: string[] = []
  for (const m of html.matchAll(TAG)) {
    const tag = m[1].toLowerCase()
    if (!ALLOWED_TAGS.has(tag)) found.push(`tag <${tag}>`)
    for (const a of m[2].matchAll(ATTR)) {
      const name = a[1].toLowerCase()
      const value = unquote(a[2] ?? '')
      if (name.startsWith('on')) found.push(`event handler ${name} on <${tag}>`)
      else if (!ALLOWED_ATTRS.has(name)) found.push(`attribute ${name} on <${tag}>`)
      else if (name === 'href' && classifyUrl(value) === 'unsafe') found.push(`href ${value}`)
      else if (name === 'src' && !['relative', 'https'].includes(classifyUrl(value))) found.push(`src ${value}`)
      else if (name === 'style' && !/^text-align:(left|right|center)$/.test(value)) found.push(`style ${value}`)
    }
  }
  return found
}
