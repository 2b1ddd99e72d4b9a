import { select } from 'd3-selection'
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom'
import { useEffect, useRef } from 'react'
import type { Layers } from './MapRenderer'
import { MapRenderer } from './MapRenderer'
import { buildScene, type MapScene } from './mapScene'
import type { UniverseMap } from '../../api/universe'
import { centredOn, fittedTo } from './projection'

interface MapCanvasProps {
  map: UniverseMap
  /** Builds the layers for the scene the canvas made (scenes change with the canvas size). */
  layersFor: (scene: MapScene) => Layers
  /** Systems to bring into view: one is centred and zoomed to, several (a route) fitted; `focusKey` changes to focus
   *  the same systems again. */
  focusIds: number[]
  focusKey: number
  /** System ids to flash; `flashKey` changes with each new flash. */
  flashIds: number[]
  flashKey: number
  onSelect: (systemId: number | null) => void
}

/** The zoomable canvas: owns the renderer, d3-zoom on the canvas, and resizes with its box. */
export function MapCanvas({ map, layersFor, focusIds, focusKey, flashIds, flashKey, onSelect }: MapCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const renderer = useRef<MapRenderer | null>(null)
  const scene = useRef<MapScene | null>(null)
  const zoomer = useRef<ZoomBehavior<HTMLCanvasElement, unknown> | null>(null)
  const layersRef = useRef(layersFor)
  layersRef.current = layersFor

  useEffect(() => {
    const canvas = canvasRef.current!
    const draw = new MapRenderer(canvas)
    renderer.current = draw
    const behaviour = zoom<HTMLCanvasElement, unknown>().scaleExtent([0.5, 400])
      .on('zoom', (event: { transform: { k: number; x: number; y: number } }) => draw.setView(event.transform))
    zoomer.current = behaviour
    select(canvas).call(behaviour)
    const resize = () => {
      const { width, height } = canvas.getBoundingClientRect()
      if (width === 0 || height === 0) return
      draw.resize(width, height)
      scene.current = buildScene(map, width, height)
      draw.setScene(scene.current)
      draw.setLayers(layersRef.current(scene.current))
    }
    resize()
    const observer = new ResizeObserver(resize)
    observer.observe(canvas)
    select(canvas).call(behaviour.transform, zoomIdentity)
    return () => {
      observer.disconnect()
      select(canvas).on('.zoom', null)
      draw.stop()
    }
  }, [map])

  useEffect(() => {
    if (scene.current) renderer.current?.setLayers(layersFor(scene.current))
  }, [layersFor])

  useEffect(() => {
    const shown = scene.current
    const canvas = canvasRef.current
    if (!shown || !canvas || !zoomer.current) return
    const points = focusIds.map((id) => shown.indexById.get(id)).filter((i): i is number => i !== undefined)
      .map((i): [number, number] => [shown.points[2 * i], shown.points[2 * i + 1]])
    if (points.length === 0) return
    const { width, height } = canvas.getBoundingClientRect()
    const view = points.length === 1 ? centredOn(points[0][0], points[0][1], 8, width, height)
      : fittedTo(points, width, height)
    select(canvas).call(zoomer.current.transform, zoomIdentity.translate(view.x, view.y).scale(view.k))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey])

  useEffect(() => {
    for (const id of flashIds) {
      const i = scene.current?.indexById.get(id)
      if (i !== undefined) renderer.current?.flash(i)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flashKey])

  return (
    <canvas
      ref={canvasRef}
      className="map-canvas"
      data-testid="map-canvas"
      aria-label="Star map: drag to pan, wheel or pinch to zoom, click a system for its details"
      role="img"
      onClick={(event) => {
        const box = event.currentTarget.getBoundingClientRect()
        const i = renderer.current?.systemAt(event.clientX - box.left, event.clientY - box.top) ?? -1
        onSelect(i >= 0 && scene.current ? scene.current.systems[i].id : null)
      }}
    />
  )
}
