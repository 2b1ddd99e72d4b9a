import { useState } from 'react'

/** What an id stands for, as far as pictures and placeholders go. */
export type EntityKind = 'character' | 'corporation' | 'alliance' | 'faction' | 'type' | 'place' | 'mailing_list'

const IMAGE_SERVER = 'https://images.evetech.net'

/** EVE's public image server, as players know it; null for what has no picture there. */
export function imageUrl(kind: EntityKind, id: number, size: number): string | null {
  const pixels = [32, 64, 128, 256, 512].find((s) => s >= size * 2) ?? 512
  switch (kind) {
    case 'character':
      return `${IMAGE_SERVER}/characters/${id}/portrait?size=${pixels}`
    case 'corporation':
    case 'faction':
      return `${IMAGE_SERVER}/corporations/${id}/logo?size=${pixels}`
    case 'alliance':
      return `${IMAGE_SERVER}/alliances/${id}/logo?size=${pixels}`
    case 'type':
      return `${IMAGE_SERVER}/types/${id}/icon?size=${pixels}`
    default:
      return null
  }
}

interface EveImageProps {
  kind: EntityKind
  id: number | null
  size?: number
}

/**
 * A portrait, logo or icon; a neutral placeholder of the same size when there is none or it cannot load (the
 * image server unreachable, as in tests, or an id it does not know). Decorative: the name beside it speaks.
 */
export function EveImage({ kind, id, size = 24 }: EveImageProps) {
  const [failed, setFailed] = useState(false)
  const url = id === null ? null : imageUrl(kind, id, size)
  const style = { width: size, height: size }
  if (url === null || failed) {
    return <span className={`eve-image placeholder ${kind}`} style={style} aria-hidden="true" data-testid="image-placeholder" />
  }
  return (
    <img className={`eve-image ${kind}`} src={url} width={size} height={size} alt="" loading="lazy"
      onError={() => setFailed(true)} />
  )
}
