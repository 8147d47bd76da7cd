import { describe, expect, it } from 'vitest'
import { classifyUrl, renderMarkdown } from '../../../src/core/markdown'
import { findUnsafeHtml, XSS_VECTORS } from '../../../src/core/markdown/xss-vectors'

describe('renderMarkdown against XSS vectors', () => {
  it.each(XSS_VECTORS.map((v) => [v.name, v.input]))('%s renders nothing executable', (_name, input) => {
    const html = renderMarkdown(input)
    expect(findUnsafeHtml(html)).toEqual([])
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<(iframe|svg|object|embed|style|meta|base|form)\b/i)
    // Quoted attribute values are escaped text; an event handler would sit outside them.
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\son\w+\s*=/i)
    expect(html).not.toMatch(/(href|src)\s*=\s*["']?\s*(javascript|vbscript|data|file):/i)
  })

  it('keeps raw HTML visible as text', () => {
    expect(renderMarkdown('<b>hi</b>')).toBe('<p>&lt;b&gt;hi&lt;/b&gt;</p>\n')
  })
})

describe('renderMarkdown links and images', () => {
  it('opens external links outside the app and marks them', () => {
    expect(renderMarkdown('[site](https://example.com/a)')).toBe(
      '<p><a href="https://example.com/a" target="_blank" rel="noopener noreferrer" data-external="">site</a></p>\n'
    )
    expect(renderMarkdown('<mailto:help@example.com>')).toContain('href="mailto:help@example.com" target="_blank"')
  })

  it('linkifies bare URLs', () => {
    expect(renderMarkdown('see https://example.com/x now')).toContain('<a href="https://example.com/x" target="_blank"')
  })

  it('keeps relative links in the app', () => {
    expect(renderMarkdown('[other](./delivery-parcel-lost.md)')).toBe('<p><a href="./delivery-parcel-lost.md">other</a></p>\n')
    expect(renderMarkdown('[top](#lessons)')).toBe('<p><a href="#lessons">top</a></p>\n')
  })

  it('shows images from https or relative paths only, otherwise their alt text', () => {
    expect(renderMarkdown('![shelf](https://example.com/a.png)')).toContain('<img src="https://example.com/a.png" alt="shelf">')
    expect(renderMarkdown('![shelf](images/a.png)')).toContain('<img src="images/a.png" alt="shelf">')
    expect(renderMarkdown('![shelf](http://example.com/a.png)')).toBe('<p>shelf</p>\n')
  })

  it('renders the usual case body Markdown', () => {
    const html = renderMarkdown('## 教训\n\n- **先**关心人\n- 再谈赔偿\n\n> “非常抱歉”')
    expect(html).toContain('<h2>教训</h2>')
    expect(html).toContain('<li><strong>先</strong>关心人</li>')
    expect(html).toContain('<blockquote>')
  })
})

describe('classifyUrl', () => {
  it.each([
    ['https://a.example', 'https'],
    ['HTTP://a.example', 'http'],
    ['mailto:x@y.z', 'mailto'],
    ['./a.md', 'relative'],
    ['a/b?c=d:e', 'relative'],
    ['#x', 'relative'],
    ['javascript:alert(1)', 'unsafe'],
    [' JavaScript:alert(1)', 'unsafe'],
    ['java\tscript:alert(1)', 'unsafe'],
    ['java%09script:alert(1)', 'unsafe'],
    ['&#x6A;avascript:alert(1)', 'unsafe'],
    ['javascript&colon;alert(1)', 'unsafe'],
    ['%256a%2561vascript:alert(1)', 'unsafe'],
    ['data:text/html,x', 'unsafe'],
    ['vbscript:x', 'unsafe'],
    ['file:///etc/passwd', 'unsafe'],
    ['//evil.example', 'unsafe'],
    ['\\\\evil.example', 'unsafe'],
    ['foo:bar', 'unsafe']
  ])('%s is %s', (url, kind) => {
    expect(classifyUrl(url)).toBe(kind)
  })
})

describe('findUnsafeHtml', () => {
  it('catches what a broken renderer would let through', () => {
    expect(findUnsafeHtml('<script>x</script>')).toContain('tag <script>')
    expect(findUnsafeHtml('<img src="a.png" onerror="x">')).toContain('event handler onerror on <img>')
    expect(findUnsafeHtml('<a href="jav&#x61;script:x">x</a>')).toEqual(['href jav&#x61;script:x'])
    expect(findUnsafeHtml('<img src="http://a/x.png">')).toEqual(['src http://a/x.png'])
    expect(findUnsafeHtml('<p style="color:red">x</p>')).toEqual(['style color:red'])
    expect(findUnsafeHtml('<td style="text-align:right">x</td>')).toEqual([])
  })
})
