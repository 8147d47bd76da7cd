/**
 * A problem found in a user's file. Same shape as the case validator's, defined here so the role-play core
 * does not depend on the case library.
 */
export interface Problem {
  file: string
  line: number
  field: string
  message: string
}

/** `cases/scenarios/zh-CN/x.yaml:3 start: "opn" is not a node id` — the form the CLI and the UI print. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line} ${p.field ? `${p.field}: ` : ''}${p.message}`
}
