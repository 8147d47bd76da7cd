/** Every reply of every channel has one of these two shapes. */
export const ERROR_CODES = [
  'invalid-input',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'locked',
  'too-large',
  'unknown-channel',
  'data-in-use',
  'internal'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ApiOk<T> {
  ok: true
  data: T
}
export interface ApiFail {
  ok: false
  code: ErrorCode
  message: string
  /** Field-level problems for forms: path → message. */
  issues?: { path: string; message: string }[]
}
export type ApiReply<T> = ApiOk<T> | ApiFail

export function ok<T>(data: T): ApiOk<T> {
  return { ok: true, data }
}

export function fail(code: ErrorCode, message: string, issues?: ApiFail['issues']): ApiFail {
  return issues && issues.length > 0 ? { ok: false, code, message, issues } : { ok: false, code, message }
}
