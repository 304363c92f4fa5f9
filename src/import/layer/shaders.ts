/**
 * The imported events' WebGL2 program: each event is an instance (a quad around its point); the
 * vertex shader drops the ones outside the window, the fragment shader draws a disc, or a lighter
 * disc with a ring for an event known only to its week, month or span.
 */
import { WINDOW_GLSL } from '../parse/table';

export const VERTEX = `#version 300 es
in vec2 a_corner;
in vec2 a_pos;
in vec2 a_days;
in vec3 a_style;
uniform mat4 u_matrix;
uniform float u_day;
uniform float u_window;
uniform vec2 u_viewport;
uniform float u_dpr;
uniform vec3 u_colors[16];
out vec2 v_offset;
out float v_radius;
out vec4 v_color;
out float v_window;
// The CPU's test (\`inWindow\` in table.ts), from its one GLSL spelling.
bool inWindow(vec2 days, float day, float windowDays) {
  return ${WINDOW_GLSL};
}
void main() {
  bool drawn = inWindow(a_days, u_day, u_window);
  if (!drawn) { gl_Position = vec4(2.0, 2.0, 2.0, 1.0); return; }
  float age = max(0.0, u_day - (a_days.y - 1.0));
  float span = min(u_window, 3650.0);
  float fade = 1.0 - 0.75 * clamp(age / span, 0.0, 1.0);
  float r = a_style.x * u_dpr + 1.0;
  vec4 clip = u_matrix * vec4(a_pos, 0.0, 1.0);
  clip.xy += a_corner * r * 2.0 / u_viewport * clip.w;
  gl_Position = clip;
  v_offset = a_corner * r;
  v_radius = r;
  v_color = vec4(u_colors[int(a_style.y) % 16], 0.9 * fade);
  v_window = a_style.z;
}`;

export const FRAGMENT = `#version 300 es
precision highp float;
in vec2 v_offset;
in float v_radius;
in vec4 v_color;
in float v_window;
out vec4 color;
void main() {
  float d = length(v_offset);
  float edge = clamp(v_radius - d, 0.0, 1.0);
  if (edge <= 0.0) discard;
  // An event known only to its week, month or span: a lighter disc with a full ring, so the
  // reader sees it stands for a window of days, not one day.
  float ring = clamp(1.5 - abs(v_radius - 1.5 - d), 0.0, 1.0);
  float fill = v_window > 0.5 ? 0.35 : 0.85;
  float a = v_color.a * edge * max(fill, ring);
  color = vec4(v_color.rgb * a, a);
}`;
