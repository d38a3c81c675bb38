import { renderCompact } from './compact.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderPretty } from './pretty.js';
import type { Format, Renderer } from './types.js';

/** One renderer per format; a new format fails the build until it is in this table. */
export const RENDERERS = {
  pretty: renderPretty,
  compact: renderCompact,
  json: renderJson,
  markdown: renderMarkdown,
  html: renderHtml,
  junit: renderJunit,
} satisfies Record<Format, Renderer>;
