import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { EntityName, displayName } from './EntityName'
import { imageUrl } from './EveImage'

describe('names and pictures', () => {
  it('shows the name with its picture from the image server', () => {
    const { container } = render(<EntityName kind="character" id={90000001} name="Ava Kestrel" size={32} />)
    expect(screen.getByText('Ava Kestrel')).toBeInTheDocument()
    expect(container.querySelector('img')).toHaveAttribute('src',
      'https://images.evetech.net/characters/90000001/portrait?size=64')
  })

  it('falls back to a neutral placeholder when the picture cannot load', () => {
    const { container } = render(<EntityName kind="corporation" id={98000001} name="Kestrel Works" />)
    fireEvent.error(container.querySelector('img') as HTMLImageElement)
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByTestId('image-placeholder')).toBeInTheDocument()
    expect(screen.getByText('Kestrel Works')).toBeInTheDocument()
  })

  it('never shows a bare id for a name not known yet', () => {
    render(<EntityName kind="alliance" id={99000001} name={null} />)
    expect(screen.getByText('Unknown alliance')).toBeInTheDocument()
    expect(document.body).not.toHaveTextContent('99000001')
    expect(displayName('character', undefined)).toBe('Unknown pilot')
  })

  it('asks the image server for logos and icons at twice the size for sharp screens', () => {
    expect(imageUrl('alliance', 99000001, 32)).toBe('https://images.evetech.net/alliances/99000001/logo?size=64')
    expect(imageUrl('type', 587, 24)).toBe('https://images.evetech.net/types/587/icon?size=64')
    expect(imageUrl('place', 30000142, 24)).toBeNull()
  })
})
