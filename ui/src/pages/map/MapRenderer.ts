import { heatColour } from './colours'
import type { MapScene } from './mapScene'
import { toWorld, type View } from './projection'

/** What the layers add to the bare map, per system index of the scene. */
export interface Layers {
  /** Node colour per system: security or sovereignty holder. */
  colours: string[]
  /** 0..1 activity per system, or null for no heat map. */
  heat: Float32Array | null
  route: number[]
  incursions: Set<number>
  selected: number
}

const HEAT_BUCKETS = 8
const FLASH_MS = 2500
const LABEL_ZOOM = 5

/**
 * Draws a scene on a canvas with the 2D context: gates as one path under the zoom transform, nodes batched per
 * colour (one fill per colour, not per system), then the route, flashes and labels. Draws at most once per
 * animation frame, only when something changed, and records its timings for the map's frame-rate check.
 */
export class MapRenderer {
  view: View = { k: 1, x: 0, y: 0 }
  readonly stats = { firstDrawAt: -1, firstDrawMs: -1, draws: 0, lastDrawMs: 0 }
  private scene: MapScene | null = null
  private layers: Layers | null = null
  private groups = new Map<string, number[]>()
  private heatGroups: number[][] = []
  private readonly flashes = new Map<number, number>()
  private frame = 0
  private width = 0
  private height = 0

  private readonly canvas: HTMLCanvasElement

  constructor(canvas: HTMLCanvasElement) {
    this.canvas = canvas
  }

  resize(width: number, height: number): void {
    const ratio = window.devicePixelRatio || 1
    this.width = width
    this.height = height
    this.canvas.width = Math.round(width * ratio)
    this.canvas.height = Math.round(height * ratio)
    this.requestDraw()
  }

  setScene(scene: MapScene): void {
    this.scene = scene
    this.flashes.clear()
    this.requestDraw()
  }

  setLayers(layers: Layers): void {
    this.layers = layers
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
    this.requestDraw()
  }

  setView(view: View): void {
    this.view = view
    this.requestDraw()
  }

  /** Flashes a system for a moment (a kill pushed live). */
  flash(index: number): void {
    this.flashes.set(index, performance.now())
    this.requestDraw()
  }

  /** The system under a screen point, or -1. */
  systemAt(sx: number, sy: number): number {
    if (!this.scene) return -1
    const [wx, wy] = toWorld(this.view, sx, sy)
    return this.scene.grid.nearest(wx, wy, 8 / this.view.k)
  }

  requestDraw(): void {
    if (this.frame === 0) this.frame = requestAnimationFrame((now) => this.draw(now))
  }

  stop(): void {
    cancelAnimationFrame(this.frame)
    this.frame = 0
  }

  private draw(now: number): void {
    this.frame = 0
    const ctx = this.canvas.getContext('2d')
    if (!ctx || !this.scene || !this.layers) return
    const started = performance.now()
    const ratio = this.canvas.width / Math.max(1, this.width)
    const { k, x, y } = this.view
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    ctx.fillStyle = '#06090d'
    ctx.fillRect(0, 0, this.width, this.height)
    if (this.scene.jumps) {
      ctx.setTransform(ratio * k, 0, 0, ratio * k, ratio * x, ratio * y)
      ctx.strokeStyle = '#2b3947'
      ctx.lineWidth = 0.8 / k
      ctx.stroke(this.scene.jumps)
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    }
    this.drawHeat(ctx)
    this.drawNodes(ctx)
    this.drawRoute(ctx)
    this.drawMarks(ctx, now)
    this.drawLabels(ctx)
    const took = performance.now() - started
    this.stats.draws++
    this.stats.lastDrawMs = took
    if (this.stats.firstDrawAt < 0) {
      this.stats.firstDrawAt = performance.now()
      this.stats.firstDrawMs = took
      // read by the browser journey that checks the map's first draw and frame rate
      this.canvas.dataset.firstDrawAt = this.stats.firstDrawAt.toFixed(1)
      this.canvas.dataset.firstDrawMs = took.toFixed(1)
    }
    this.canvas.dataset.draws = String(this.stats.draws)
    this.canvas.dataset.drawMs = took.toFixed(2)
    if (this.flashes.size > 0) this.requestDraw()
  }

  private screen(i: number): [number, number] {
    const p = this.scene!.points
    return [p[2 * i] * this.view.k + this.view.x, p[2 * i + 1] * this.view.k + this.view.y]
  }

  private visible(sx: number, sy: number, margin: number): boolean {
    return sx > -margin && sy > -margin && sx < this.width + margin && sy < this.height + margin
  }

  private drawHeat(ctx: CanvasRenderingContext2D): void {
    ctx.globalAlpha = 0.55
    this.heatGroups.forEach((group, bucket) => {
      if (group.length === 0) return
      const level = (bucket + 1) / HEAT_BUCKETS
      const radius = 2 + level * 7 * Math.min(2, Math.sqrt(this.view.k))
      ctx.fillStyle = heatColour(level)
      ctx.beginPath()
      for (const i of group) {
        const [sx, sy] = this.screen(i)
        if (!this.visible(sx, sy, radius)) continue
        ctx.moveTo(sx + radius, sy)
        ctx.arc(sx, sy, radius, 0, 2 * Math.PI)
      }
      ctx.fill()
    })
    ctx.globalAlpha = 1
  }

  private drawNodes(ctx: CanvasRenderingContext2D): void {
    const r = Math.min(4, Math.max(1, 0.9 * Math.sqrt(this.view.k)))
    for (const [colour, group] of this.groups) {
      ctx.fillStyle = colour
      ctx.beginPath()
      for (const i of group) {
        const [sx, sy] = this.screen(i)
        if (this.visible(sx, sy, r)) ctx.rect(sx - r, sy - r, 2 * r, 2 * r)
      }
      ctx.fill()
    }
  }

  private drawRoute(ctx: CanvasRenderingContext2D): void {
    const route = this.layers!.route
    if (route.length === 0) return
    ctx.strokeStyle = '#e8a23a'
    ctx.lineWidth = 3
    ctx.beginPath()
    route.forEach((i, n) => {
      const [sx, sy] = this.screen(i)
      if (n === 0) ctx.moveTo(sx, sy)
      else ctx.lineTo(sx, sy)
    })
    ctx.stroke()
    ctx.fillStyle = '#f5b652'
    for (const i of route) {
      const [sx, sy] = this.screen(i)
      ctx.beginPath()
      ctx.arc(sx, sy, 4, 0, 2 * Math.PI)
      ctx.fill()
    }
  }

  private drawMarks(ctx: CanvasRenderingContext2D, now: number): void {
    ctx.lineWidth = 1.5
    ctx.strokeStyle = '#b05cff'
    for (const i of this.layers!.incursions) this.ring(ctx, i, 7)
    for (const [i, started] of this.flashes) {
      const age = (now - started) / FLASH_MS
      if (age >= 1) {
        this.flashes.delete(i)
        continue
      }
      ctx.strokeStyle = `rgba(255, 70, 50, ${1 - age})`
      ctx.lineWidth = 3
      this.ring(ctx, i, 6 + age * 30)
    }
    if (this.layers!.selected >= 0) {
      ctx.strokeStyle = '#5ec8f2'
      ctx.lineWidth = 2
      this.ring(ctx, this.layers!.selected, 9)
    }
  }

  private ring(ctx: CanvasRenderingContext2D, i: number, radius: number): void {
    const [sx, sy] = this.screen(i)
    ctx.beginPath()
    ctx.arc(sx, sy, radius, 0, 2 * Math.PI)
    ctx.stroke()
  }

  private drawLabels(ctx: CanvasRenderingContext2D): void {
    ctx.font = '11px system-ui, sans-serif'
    if (this.view.k < LABEL_ZOOM) {
      ctx.fillStyle = 'rgba(216, 222, 230, 0.75)'
      for (const region of this.scene!.regions) {
        const sx = region.x * this.view.k + this.view.x
        const sy = region.y * this.view.k + this.view.y
        if (this.visible(sx, sy, 0)) ctx.fillText(region.name, sx + 4, sy)
      }
      return
    }
    ctx.fillStyle = '#d8dee6'
    let drawn = 0
    for (let i = 0; i < this.scene!.systems.length && drawn < 600; i++) {
      const [sx, sy] = this.screen(i)
      if (!this.visible(sx, sy, 0)) continue
      ctx.fillText(this.scene!.systems[i].name, sx + 5, sy - 4)
      drawn++
    }
  }
}
