import type { ChannelName, OutputOf, ParsedInputOf } from '@core/api/contract'
import type { Role } from '@core/domain/enums'
import type { Services } from '../services/services'

export interface CallerUser {
  id: string
  username: string
  displayName: string
  roles: Role[]
  staffId: string | null
}

/** Who is calling, established by the transport (IPC or HTTP) before the handler runs. */
export interface Ctx {
  user: CallerUser | null
  session: string | null
  transport: 'ipc' | 'http' | 'cli'
  services: Services
}

export type Handler<C extends ChannelName> = (
  input: ParsedInputOf<C>,
  ctx: Ctx
) => OutputOf<C> | Promise<OutputOf<C>>

export type HandlerTable<C extends ChannelName = ChannelName> = { [K in C]: Handler<K> }

export function hasRole(ctx: Ctx, ...roles: Role[]): boolean {
  return !!ctx.user && ctx.user.roles.some((r) => roles.includes(r))
}
