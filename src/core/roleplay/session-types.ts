import type { Category, Channel, Priority, Remedy } from '../domain/enums'
import type { Mark } from '../scoring/scorecard'
import type { Evidence } from './analyser'

export type SessionMode = 'practice' | 'assessment'

export interface TicketForm {
  category: Category
  priority: Priority
  channel: Channel
  contactCaptured: boolean
  promisedHours: number
  remedy: Remedy
  escalate: boolean
}

export type TurnReply =
  | { type: 'choice'; option: number }
  | { type: 'text'; text: string }
  | { type: 'ticket'; form: TicketForm }

/** One trainee turn as it happened; everything the debrief and a re-score need. */
export interface TurnRecord {
  nodeId: string
  reply: TurnReply
  elapsedMs: number
  timeTargetSeconds: number
  slow: boolean
  moodBefore: number
  moodAfter: number
  marks: Mark[]
  /** What matched in a free-text reply, for the debrief. */
  evidence?: Evidence[]
  feedback?: string
  better?: string
  next: string
}

export interface SessionEnding {
  nodeId: string
  outcome: 'good' | 'neutral' | 'bad'
  title: string
  summary?: string
}

/** The whole session as plain JSON: the backend stores it as is, and the engine is a function of it. */
export interface SessionState {
  version: 1
  scriptId: string
  mode: SessionMode
  /** Per-turn time target when neither the turn nor the script sets one (from the settings at start). */
  defaultTimeTargetSeconds: number
  mood: number
  nodeId: string
  /** Nodes shown so far, in order, the current one included. */
  visited: string[]
  turns: TurnRecord[]
  ending?: SessionEnding
}

export class RoleplayError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RoleplayError'
  }
}
