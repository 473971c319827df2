/** How a renderer may decorate its output; it never decides what to print. */
export interface RenderOptions {
  color: boolean;
  style: { bold: (s: string) => string; dim: (s: string) => string };
}

export const PLAIN: RenderOptions = { color: false, style: { bold: (s) => s, dim: (s) => s } };
