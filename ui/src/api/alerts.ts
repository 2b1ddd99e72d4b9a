import { requestJson, send } from './client'

export type ChannelKind = 'discord' | 'slack'
export type DeliveryStatus = 'NEVER' | 'DELIVERED' | 'FAILED' | 'GONE'

export interface Delivery {
  status: DeliveryStatus
  at: string | null
  detail: string | null
}

export interface AlertChannel {
  id: number
  kind: ChannelKind
  name: string
  /** The webhook without its token. */
  webhook: string
  createdAt: string
  lastDelivery: Delivery
}

export function fetchAlertChannels(): Promise<AlertChannel[]> {
  return requestJson('GET', '/api/v1/alert-channels')
}

export function addAlertChannel(kind: ChannelKind, name: string, webhook: string): Promise<AlertChannel> {
  return requestJson('POST', '/api/v1/alert-channels', { kind, name, webhook })
}

export function removeAlertChannel(id: number): Promise<void> {
  return send('DELETE', `/api/v1/alert-channels/${id}`)
}

export function testAlertChannel(id: number): Promise<Delivery> {
  return requestJson('POST', `/api/v1/alert-channels/${id}/test`)
}
