import { requestJson, withQuery } from './client'

/** What an exact name is, as ESI spells its categories. */
export interface NamedId {
  id: number
  name: string
  category: string
}

/** Ids of exact names (any case), through the server; names nobody has are left out. */
export function findByName(name: string): Promise<NamedId[]> {
  return requestJson<{ results: NamedId[] }>('GET', withQuery('/api/v1/universe/ids', { name }))
    .then((answer) => answer.results)
}

/** The names the server knows (or could find now) for ids; the others are left out. */
export function fetchNames(ids: number[]): Promise<NamedId[]> {
  const query = ids.map((id) => `id=${id}`).join('&')
  return requestJson<{ names: NamedId[] }>('GET', `/api/v1/universe/names?${query}`).then((answer) => answer.names)
}
