/** What the header says about the connection. */
import { ProviderStatus } from '../../shared/sync/BoardProvider.ts'
import type { ConnectionState } from '../sync/BoardSession.ts'

export const ConnectionLabel = {
  Connecting: 'connecting',
  Connected: 'connected',
  Reconnecting: 'reconnecting',
  Offline: 'offline',
} as const
export type ConnectionLabel = (typeof ConnectionLabel)[keyof typeof ConnectionLabel]

/**
 * Connecting before the first sync; connected while the socket is up; reconnecting while a new
 * attempt is under way; offline once an attempt has failed or the socket dropped.
 */
export function connectionLabelOf({ status, error, hasSynced }: ConnectionState): ConnectionLabel {
  switch (status) {
    case ProviderStatus.Connected:
    case ProviderStatus.Synced:
      return ConnectionLabel.Connected
    case ProviderStatus.Connecting:
      if (!hasSynced) return ConnectionLabel.Connecting
      return error ? ConnectionLabel.Offline : ConnectionLabel.Reconnecting
    case ProviderStatus.Disconnected:
    case ProviderStatus.Error:
      return hasSynced ? ConnectionLabel.Offline : ConnectionLabel.Connecting
  }
}
