import MarkdownIt from 'markdown-it'
import { isExternalUrl, isSafeImageUrl, isSafeLinkUrl } from './url-policy'

function create() {
  // html: false so raw HTML in a case is shown as text, never parsed into elements.
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false })
  md.validateLink = isSafeLinkUrl

  const renderToken: NonNullable<typeof md.renderer.rules.link_open> = (tokens, idx, options, _env, self) =>
    self.renderToken(tokens, idx, options)

  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]
    const href = String(token.attrGet('href') ?? '')
    if (!href || !isSafeLinkUrl(href)) {
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'href')
    } else if (isExternalUrl(href)) {
      // The shell opens these in the system browser; data-external lets the UI intercept the click.
      token.attrSet('target', '_blank')
      token.attrSet('rel', 'noopener noreferrer')
      token.attrSet('data-external', '')
    }
    return renderToken(tokens, idx, options, env, self)
  }

  const defaultImage = md.renderer.rules.image
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]
    const src = String(token.attrGet('src') ?? '')
    if (!src || !isSafeImageUrl(src)) {
      return md.utils.escapeHtml(self.renderInlineAsText(token.children ?? [], options, env))
    }
    return defaultImage ? defaultImage(tokens, idx, options, env, self) : renderToken(tokens, idx, options, env, self)
  }
  return md
}

let instance: ReturnType<typeof create> | undefined

/**
 * Markdown → HTML that is safe to put into the page: no raw HTML, links only to http(s), mailto and
 * relative targets, images only from relative or https URLs.
 */
export function renderMarkdown(markdown: string): string {
  instance ??= create()
  return instance.render(markdown)
}
