/**
 * The imported events on the map: a MapLibre custom layer with its own small WebGL2 program.
 * The slider's day and the window are uniforms; each event's start and end day are per-instance
 * attributes, so a slider step uploads nothing: it only re-draws. Rows are sorted by start day,
 * so a step draws the prefix of events that started by the day, from the first one that can
 * still be in the window. Loaded lazily (dynamic import) the first time a file is imported.
 */
import type {
  CustomLayerInterface,
  CustomRenderMethodInput,
  Map as MapLibreMap,
} from 'maplibre-gl';
import { IMPORT_MARKS } from '../marks';
import { type EventTable, firstCandidate, PRECISIONS, upperBound } from '../parse/table';
import { radiusOf, rgb } from './colors';
import { FRAGMENT, VERTEX } from './shaders';

/** Floats per instance: x, y, start, end, radius, type, window flag. */
const STRIDE = 7;

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type);
  if (!shader) throw new Error('createShader failed');
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS) && !gl.isContextLost()) {
    throw new Error(`event layer shader: ${gl.getShaderInfoLog(shader)}`);
  }
  return shader;
}

interface Gpu {
  program: WebGLProgram;
  vao: WebGLVertexArrayObject;
  corners: WebGLBuffer;
  instances: WebGLBuffer;
  uniforms: Record<string, WebGLUniformLocation | null>;
  attributes: Record<'a_pos' | 'a_days' | 'a_style', number>;
}

export interface EventLayerOptions {
  readonly day: number;
  readonly windowDays: number;
  /** One colour per type index (at most 16 distinct colours are used). */
  readonly colors: readonly string[];
}

export class EventGlLayer implements CustomLayerInterface {
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MapLibreMap | null = null;
  private gl: WebGL2RenderingContext | null = null;
  private gpu: Gpu | null = null;
  private readonly matrix = new Float32Array(16);
  private readonly colors: Float32Array;
  private day: number;
  private windowDays: number;
  /** Events drawn in the last frame (for the benchmark and the tests). */
  drawnLast = 0;
  private drawnOnce = false;
  /** How many times the GPU resources were built (1, then +1 per restored context). */
  builds = 0;

  constructor(
    readonly id: string,
    private readonly table: EventTable,
    options: EventLayerOptions,
  ) {
    this.day = options.day;
    this.windowDays = options.windowDays;
    this.colors = new Float32Array(48);
    for (const [i, c] of options.colors.slice(0, 16).entries()) this.colors.set(rgb(c), i * 3);
  }

  setDay(day: number, windowDays: number): void {
    if (day === this.day && windowDays === this.windowDays) return;
    this.day = day;
    this.windowDays = windowDays;
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    this.map = map;
    this.gl = gl as WebGL2RenderingContext;
    const canvas = map.getCanvas();
    canvas.addEventListener('webglcontextlost', this.onLost);
    this.build();
  }

  onRemove(map: MapLibreMap): void {
    const canvas = map.getCanvas();
    canvas.removeEventListener('webglcontextlost', this.onLost);
    this.release();
    this.map = null;
    this.gl = null;
  }

  /** Everything the context held is gone; nothing to delete. MapLibre does not restore custom
   * layers: the map controller adds this one again into the rebuilt style, and `onAdd` rebuilds
   * the program and buffers on the new context. */
  private readonly onLost = () => {
    this.gpu = null;
  };

  private release(): void {
    const gl = this.gl;
    const gpu = this.gpu;
    if (!gl || !gpu || gl.isContextLost()) return;
    gl.deleteBuffer(gpu.corners);
    gl.deleteBuffer(gpu.instances);
    gl.deleteVertexArray(gpu.vao);
    gl.deleteProgram(gpu.program);
    this.gpu = null;
  }

  /** Program, quad and one interleaved instance buffer (built once; rebuilt after a loss). */
  private build(): void {
    const gl = this.gl;
    if (!gl || gl.isContextLost()) return;
    const program = gl.createProgram();
    const vao = gl.createVertexArray();
    const corners = gl.createBuffer();
    const instances = gl.createBuffer();
    if (!program || !vao || !corners || !instances) return;
    gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX));
    gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT));
    gl.bindAttribLocation(program, 0, 'a_corner');
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS) && !gl.isContextLost()) {
      throw new Error(`event layer program: ${gl.getProgramInfoLog(program)}`);
    }
    const t = this.table;
    const data = new Float32Array(t.n * STRIDE);
    const windowIndex = PRECISIONS.indexOf('day');
    for (let i = 0; i < t.n; i++) {
      const o = i * STRIDE;
      data[o] = t.x[i] ?? 0;
      data[o + 1] = t.y[i] ?? 0;
      data[o + 2] = t.start[i] ?? 0;
      data[o + 3] = t.end[i] ?? 0;
      data[o + 4] = radiusOf(t.fatalities[i] ?? -1);
      data[o + 5] = t.type[i] ?? 0;
      data[o + 6] = t.precision[i] === windowIndex ? 0 : 1;
    }
    gl.bindVertexArray(vao);
    gl.bindBuffer(gl.ARRAY_BUFFER, corners);
    gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]), gl.STATIC_DRAW);
    gl.enableVertexAttribArray(0);
    gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
    gl.bindBuffer(gl.ARRAY_BUFFER, instances);
    gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
    const attributes = {
      a_pos: gl.getAttribLocation(program, 'a_pos'),
      a_days: gl.getAttribLocation(program, 'a_days'),
      a_style: gl.getAttribLocation(program, 'a_style'),
    };
    for (const loc of Object.values(attributes)) {
      gl.enableVertexAttribArray(loc);
      gl.vertexAttribDivisor(loc, 1);
    }
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    const uniforms: Gpu['uniforms'] = {};
    for (const name of ['u_matrix', 'u_day', 'u_window', 'u_viewport', 'u_dpr', 'u_colors']) {
      uniforms[name] = gl.getUniformLocation(program, name);
    }
    this.gpu = { program, vao, corners, instances, uniforms, attributes };
    this.builds++;
  }

  render(
    gl: WebGLRenderingContext | WebGL2RenderingContext,
    options: CustomRenderMethodInput,
  ): void {
    const g = gl as WebGL2RenderingContext;
    const gpu = this.gpu;
    if (!gpu || g.isContextLost()) return;
    const t = this.table;
    const first = firstCandidate(t, this.day, this.windowDays);
    const count = upperBound(t.start, this.day) - first;
    this.drawnLast = Math.max(0, count);
    if (count <= 0) return;
    this.matrix.set(options.defaultProjectionData.mainMatrix);
    // biome-ignore lint/correctness/useHookAtTopLevel: WebGL's useProgram, not a React hook
    g.useProgram(gpu.program);
    g.bindVertexArray(gpu.vao);
    // No base instance in WebGL2: the instance attributes start at the first candidate instead.
    g.bindBuffer(g.ARRAY_BUFFER, gpu.instances);
    const bytes = STRIDE * 4;
    const offset = first * bytes;
    g.vertexAttribPointer(gpu.attributes.a_pos, 2, g.FLOAT, false, bytes, offset);
    g.vertexAttribPointer(gpu.attributes.a_days, 2, g.FLOAT, false, bytes, offset + 8);
    g.vertexAttribPointer(gpu.attributes.a_style, 3, g.FLOAT, false, bytes, offset + 16);
    g.uniformMatrix4fv(gpu.uniforms.u_matrix ?? null, false, this.matrix);
    g.uniform1f(gpu.uniforms.u_day ?? null, this.day);
    g.uniform1f(gpu.uniforms.u_window ?? null, this.windowDays);
    g.uniform2f(gpu.uniforms.u_viewport ?? null, g.drawingBufferWidth, g.drawingBufferHeight);
    g.uniform1f(gpu.uniforms.u_dpr ?? null, window.devicePixelRatio || 1);
    g.uniform3fv(gpu.uniforms.u_colors ?? null, this.colors);
    g.enable(g.BLEND);
    g.blendFunc(g.ONE, g.ONE_MINUS_SRC_ALPHA);
    g.drawArraysInstanced(g.TRIANGLE_STRIP, 0, 4, count);
    if (!this.drawnOnce) {
      // The benchmark's finish line for an import: the layer's first drawn frame.
      this.drawnOnce = true;
      performance.mark(IMPORT_MARKS.drawn);
    }
    g.bindVertexArray(null);
    g.bindBuffer(g.ARRAY_BUFFER, null);
  }
}
