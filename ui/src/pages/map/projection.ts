import type { MapSystem } from '../../api/universe'

/**
 * Maps the SDE's 2D map coordinates (metres, y growing north) to world pixels of a canvas of the given size,
 * fitted with a margin and y flipped so north is up. d3-zoom's transform then pans and zooms these pixels.
 */
export interface Projection {
  scale: number
  offsetX: number
  offsetY: number
}

export function fitProjection(systems: Pick<MapSystem, 'x' | 'y'>[], width: number, height: number,
  margin = 16): Projection {
  if (systems.length === 0) return { scale: 1, offsetX: width / 2, offsetY: height / 2 }
  let minX = Infinity
  let maxX = -Infinity
  let minY = Infinity
  let maxY = -Infinity
  for (const s of systems) {
    if (s.x < minX) minX = s.x
    if (s.x > maxX) maxX = s.x
    if (s.y < minY) minY = s.y
    if (s.y > maxY) maxY = s.y
  }
  const spanX = Math.max(maxX - minX, 1)
  const spanY = Math.max(maxY - minY, 1)
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY)
  // the box's centre goes to the canvas's centre: the unused width or height is split on both sides
  const offsetX = width / 2 - ((minX + maxX) / 2) * scale
  const offsetY = height / 2 + ((minY + maxY) / 2) * scale
  return { scale, offsetX, offsetY }
}

export function project(p: Projection, x: number, y: number): [number, number] {
  return [x * p.scale + p.offsetX, p.offsetY - y * p.scale]
}

/** Projects every system once into a flat array [x0, y0, x1, y1, ...] of world pixels, in the systems' order. */
export function projectAll(p: Projection, systems: Pick<MapSystem, 'x' | 'y'>[]): Float64Array {
  const points = new Float64Array(systems.length * 2)
  systems.forEach((s, i) => {
    points[2 * i] = s.x * p.scale + p.offsetX
    points[2 * i + 1] = p.offsetY - s.y * p.scale
  })
  return points
}

/** A zoom transform as d3-zoom gives it: screen = world * k + (x, y). */
export interface View {
  k: number
  x: number
  y: number
}

export function toScreen(view: View, wx: number, wy: number): [number, number] {
  return [wx * view.k + view.x, wy * view.k + view.y]
}

export function toWorld(view: View, sx: number, sy: number): [number, number] {
  return [(sx - view.x) / view.k, (sy - view.y) / view.k]
}

/** The view that centres world point (wx, wy) at scale k on a canvas of the given size. */
export function centredOn(wx: number, wy: number, k: number, width: number, height: number): View {
  return { k, x: width / 2 - wx * k, y: height / 2 - wy * k }
}

/**
 * The view that shows every given world point with a margin, centred, zoomed no further than maxK (a short route
 * is not blown up to a few systems filling the screen).
 */
export function fittedTo(points: [number, number][], width: number, height: number, margin = 40,
  maxK = 8): View {
  let minX = Infinity
  let maxX = -Infinity
  let minY = Infinity
  let maxY = -Infinity
  for (const [x, y] of points) {
    minX = Math.min(minX, x)
    maxX = Math.max(maxX, x)
    minY = Math.min(minY, y)
    maxY = Math.max(maxY, y)
  }
  const room = (size: number) => Math.max(size - 2 * margin, 1)
  const k = Math.min(maxK, room(width) / Math.max(maxX - minX, 1e-6), room(height) / Math.max(maxY - minY, 1e-6))
  return centredOn((minX + maxX) / 2, (minY + maxY) / 2, k, width, height)
}
