import type { ErrorCode } from '@core/api/reply'

/** A failure a service reports to the user; dispatch turns it into `{ ok: false, code, message }`. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: { path: string; message: string }[]
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export const notFound = (what: string) => new ApiError('not-found', `${what} not found`)
export const forbidden = (why = 'you do not have permission for this') => new ApiError('forbidden', why)
export const invalid = (message: string, issues?: { path: string; message: string }[]) =>
  new ApiError('invalid-input', message, issues)
export const unauthorized = () => new ApiError('unauthorized', 'please sign in first')
