import { requestJson, send, withQuery } from './client'

export interface Contact {
  contactId: number
  /** Null while the server does not know it. */
  name?: string | null
  type: 'character' | 'corporation' | 'alliance' | 'faction'
  standing: number
  labels: number[]
  watched: boolean | null
  blocked: boolean | null
}

export interface ContactPage {
  contacts: Contact[]
  total: number
  offset: number
  limit: number
}

export interface ContactFilter {
  type?: string
  sort?: string
}

export function fetchContacts(characterId: number, filter: ContactFilter): Promise<ContactPage> {
  return requestJson('GET', withQuery(`/api/v1/characters/${characterId}/contacts`, { ...filter, limit: 500 }))
}

export function fetchContactLabels(characterId: number): Promise<{ labels: { labelId: number; name: string }[] }> {
  return requestJson('GET', `/api/v1/characters/${characterId}/contacts/labels`)
}

/** Standing, labels and watch flag given to contacts when they are added or changed. */
export interface ContactChange {
  contactIds: number[]
  standing: number
  labels?: number[]
  watched?: boolean
}

const contactsOf = (characterId: number) => `/api/v1/characters/${characterId}/contacts`

export function addContacts(characterId: number, change: ContactChange): Promise<{ added: number[] }> {
  return requestJson('POST', contactsOf(characterId), change)
}

export function editContacts(characterId: number, change: ContactChange): Promise<void> {
  return send('PUT', contactsOf(characterId), change)
}

export function deleteContacts(characterId: number, contactIds: number[]): Promise<void> {
  return send('DELETE', withQuery(contactsOf(characterId), { contactIds: contactIds.join(',') }))
}
