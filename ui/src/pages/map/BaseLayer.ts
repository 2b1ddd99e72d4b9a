import { heatColour } from './colours'
import type { Layers } from './MapRenderer'
import type { MapScene } from './mapScene'
import type { View } from './projection'

const HEAT_BUCKETS = 8
const LABEL_ZOOM = 5
const MAX_LABELS = 600

/**
 * The map's bulky part (gates, heat, nodes, names) drawn once into an offscreen canvas for one view. While the
 * user pans and zooms, the frame only copies this bitmap moved and scaled; it is drawn again when they stop.
 * Nodes are integer-aligned fillRects per colour and heat a pre-drawn sprite per level: both are the fast paths
 * of a software-rendered 2D canvas (filled paths of thousands of small shapes or arcs are several times slower).
 */
export class BaseLayer {
  readonly canvas = document.createElement('canvas')
  view: View | null = null
  private groups = new Map<string, number[]>()
  private heatGroups: number[][] = []
  private sprites: HTMLCanvasElement[] = []

  setLayers(layers: Layers): void {
    this.groups = new Map()
    layers.colours.forEach((colour, i) => {
      const group = this.groups.get(colour)
      if (group) group.push(i)
      else this.groups.set(colour, [i])
    })
    this.heatGroups = Array.from({ length: HEAT_BUCKETS }, () => [])
    layers.heat?.forEach((level, i) => {
      if (level > 0) this.heatGroups[Math.min(HEAT_BUCKETS - 1, Math.floor(level * HEAT_BUCKETS))].push(i)
    })
    this.view = null
  }

  render(scene: MapScene, view: View, width: number, height: number, ratio: number): void {
    this.canvas.width = Math.round(width * ratio)
    this.canvas.height = Math.round(height * ratio)
    const ctx = this.canvas.getContext('2d')
    if (!ctx) return
    const place = (i: number): [number, number] =>
      [scene.points[2 * i] * view.k + view.x, scene.points[2 * i + 1] * view.k + view.y]
    const inside = (sx: number, sy: number, margin: number) =>
      sx > -margin && sy > -margin && sx < width + margin && sy < height + margin
    if (scene.jumps) {
      ctx.setTransform(ratio * view.k, 0, 0, ratio * view.k, ratio * view.x, ratio * view.y)
      ctx.strokeStyle = '#2b3947'
      ctx.lineWidth = 0.8 / view.k
      ctx.stroke(scene.jumps)
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    this.heatGroups.forEach((group, bucket) => {
      const sprite = this.sprite(bucket, view.k)
      const half = sprite.width / 2
      for (const i of group) {
        const [sx, sy] = place(i)
        if (inside(sx, sy, half)) ctx.drawImage(sprite, Math.round(sx - half), Math.round(sy - half))
      }
    })
    const size = Math.min(7, Math.max(2, Math.round(1.8 * Math.sqrt(view.k))))
    for (const [colour, group] of this.groups) {
      ctx.fillStyle = colour
      for (const i of group) {
        const [sx, sy] = place(i)
        if (inside(sx, sy, size)) ctx.fillRect(Math.round(sx - size / 2), Math.round(sy - size / 2), size, size)
      }
    }
    this.labels(ctx, scene, view, place, (sx, sy) => inside(sx, sy, 0))
    this.view = view
  }

  private labels(ctx: CanvasRenderingContext2D, scene: MapScene, view: View, place: (i: number) => [number, number],
    inside: (sx: number, sy: number) => boolean): void {
    ctx.font = '11px system-ui, sans-serif'
    if (view.k < LABEL_ZOOM) {
      ctx.fillStyle = 'rgba(216, 222, 230, 0.75)'
      for (const region of scene.regions) {
        const sx = region.x * view.k + view.x
        const sy = region.y * view.k + view.y
        if (inside(sx, sy)) ctx.fillText(region.name, sx + 4, sy)
      }
      return
    }
    ctx.fillStyle = '#d8dee6'
    // one name per cell of a label's size, so names never pile up where systems crowd
    const taken = new Set<string>()
    for (let i = 0; i < scene.systems.length && taken.size < MAX_LABELS; i++) {
      const [sx, sy] = place(i)
      if (!inside(sx, sy)) continue
      const cell = `${Math.floor(sx / 80)},${Math.floor(sy / 16)}`
      if (taken.has(cell)) continue
      taken.add(cell)
      ctx.fillText(scene.systems[i].name, sx + 5, sy - 4)
    }
  }

  /** A soft disc in the level's heat colour, bigger for busier systems and when zoomed in. */
  private sprite(bucket: number, k: number): HTMLCanvasElement {
    const level = (bucket + 1) / HEAT_BUCKETS
    const radius = Math.round(2 + level * 7 * Math.min(2, Math.sqrt(k)))
    const cached = this.sprites[bucket]
    if (cached && cached.width === 2 * radius) return cached
    const sprite = document.createElement('canvas')
    sprite.width = sprite.height = 2 * radius
    const ctx = sprite.getContext('2d')
    if (ctx) {
      const gradient = ctx.createRadialGradient(radius, radius, 0, radius, radius, radius)
      gradient.addColorStop(0, heatColour(level))
      gradient.addColorStop(1, 'rgba(0, 0, 0, 0)')
      ctx.globalAlpha = 0.75
      ctx.fillStyle = gradient
      ctx.fillRect(0, 0, 2 * radius, 2 * radius)
    }
    this.sprites[bucket] = sprite
    return sprite
  }
}
