import { requestJson, send, withQuery } from './client'

export type RecipientType = 'character' | 'corporation' | 'alliance' | 'mailing_list'

export interface Recipient {
  id: number
  type: RecipientType
  /** Sent by the server, null while not known; mailing lists are named by the mailing lists. */
  name?: string | null
}

export interface MailHeader {
  mailId: number
  from: number | null
  fromName?: string | null
  subject: string | null
  timestamp: string | null
  read: boolean
  labels: number[]
  recipients: Recipient[]
}

/** A mail as the API serves it: the body is already sanitized to EVE formatting. */
export interface Mail extends MailHeader {
  body: string
}

export interface MailPage {
  mails: MailHeader[]
  next: string | null
}

export interface MailLabel {
  labelId: number
  name: string
  color: string
  unreadCount: number
}

export interface MailLabels {
  labels: MailLabel[]
  totalUnreadCount: number
}

export interface MailingList {
  mailingListId: number
  name: string
}

export interface OutgoingMail {
  recipients: Recipient[]
  subject: string
  body: string
}

const base = (characterId: number) => `/api/v1/characters/${characterId}/mail`

export function fetchMailPage(
  characterId: number,
  filter: { label?: number; unread?: boolean },
  after?: string,
): Promise<MailPage> {
  return requestJson('GET', withQuery(base(characterId), { ...filter, after }))
}

export function fetchMail(characterId: number, mailId: number): Promise<Mail> {
  return requestJson('GET', `${base(characterId)}/${mailId}`)
}

export function markRead(characterId: number, mailId: number): Promise<void> {
  return send('PUT', `${base(characterId)}/${mailId}`, { read: true })
}

export function deleteMail(characterId: number, mailId: number): Promise<void> {
  return send('DELETE', `${base(characterId)}/${mailId}`)
}

export function sendMail(characterId: number, mail: OutgoingMail): Promise<{ mailId: number }> {
  return requestJson('POST', base(characterId), { ...mail, approvedCost: 0 })
}

export function fetchMailLabels(characterId: number): Promise<MailLabels> {
  return requestJson('GET', `${base(characterId)}/labels`)
}

export function fetchMailingLists(characterId: number): Promise<{ mailingLists: MailingList[] }> {
  return requestJson('GET', `${base(characterId)}/lists`)
}

export function createMailLabel(characterId: number, name: string): Promise<MailLabel> {
  return requestJson('POST', `${base(characterId)}/labels`, { name })
}

export function deleteMailLabel(characterId: number, labelId: number): Promise<void> {
  return send('DELETE', `${base(characterId)}/labels/${labelId}`)
}
