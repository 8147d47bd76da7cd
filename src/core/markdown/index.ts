export { renderMarkdown } from './render'
export { classifyUrl, isSafeLinkUrl, isSafeImageUrl, isExternalUrl, type UrlKind } from './url-policy'
