/**
 * Charts as files for slide decks: a standalone SVG (colours and fonts inlined, since the app's
 * stylesheet and CSS variables do not travel with the file) and a PNG rasterised from it at 2×.
 */
import { slugify } from '../../engine/slug';

import type { LegendItem } from '../../charts/Legend';
import { legendBand } from './chartLegend';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Room above the drawing for the chart title, so a pasted image still says what it shows. */
export const TITLE_BAND = 32;
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
/** What the app's stylesheet sets on chart parts by class; everything else is in attributes. */
const CLASS_STYLES = ['fill', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity', 'font-size', 'font-weight'];

const VAR_PATTERN = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)/g;

/** Replaces `var(--name, fallback)` by the variable's value, else by its fallback (recursively). */
export function resolveCssVars(value: string, lookup: (name: string) => string): string {
  let out = value;
  for (let depth = 0; depth < 5 && out.includes('var('); depth++) {
    out = out.replace(VAR_PATTERN, (_m, name: string, fallback: string | undefined) => {
      const found = lookup(name).trim();
      return found !== '' ? found : (fallback ?? '').trim();
    });
  }
  return out;
}

/** `cash-flow-by-week.svg` from "Cash flow by week". */
export function chartFileName(title: string, extension: 'svg' | 'png'): string {
  return `${slugify(title, 'chart')}.${extension}`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** The size the svg declares, falling back to its viewBox. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const width = Number(svg.getAttribute('width')) || svg.viewBox.baseVal?.width || 640;
  const height = Number(svg.getAttribute('height')) || svg.viewBox.baseVal?.height || 320;
  return { width, height };
}

export interface StandaloneChart {
  text: string;
  width: number;
  height: number;
}

/** A copy of a chart's <svg> that renders the same anywhere: titled, on white, styles inlined. */
export function standaloneSvg(svg: SVGSVGElement, title: string, legend: readonly LegendItem[] = []): string {
  return standaloneChart(svg, title, legend).text;
}

/** As `standaloneSvg`, with its size: the title and the legend (the scenarios' names) sit above the drawing. */
export function standaloneChart(svg: SVGSVGElement, title: string, legend: readonly LegendItem[] = []): StandaloneChart {
  const doc = svg.ownerDocument;
  const view = doc.defaultView;
  const rootStyle = view ? view.getComputedStyle(doc.documentElement) : null;
  const lookup = (name: string) => rootStyle?.getPropertyValue(name) ?? '';
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const targets = [clone, ...Array.from(clone.querySelectorAll('*'))];
  sources.forEach((source, i) => {
    const target = targets[i];
    if (!target) return;
    if (view && source.hasAttribute('class')) {
      const computed = view.getComputedStyle(source);
      // Presentation attributes, not a style attribute: the page's CSP (style-src 'self') refuses
      // style attributes set from script. The computed value is what the class made of the attribute.
      for (const property of CLASS_STYLES) {
        const value = computed.getPropertyValue(property);
        if (value !== '' && !value.includes('var(')) target.setAttribute(property, value);
      }
    }
    for (const attr of Array.from(target.attributes)) {
      if (attr.value.includes('var(')) target.setAttribute(attr.name, resolveCssVars(attr.value, lookup));
    }
  });
  const { width, height } = svgSize(svg);
  const body = Array.from(clone.childNodes)
    .filter((node) => node.nodeName !== 'title' && node.nodeName !== 'desc')
    .map((node) => new XMLSerializer().serializeToString(node))
    .join('');
  const desc = svg.querySelector('desc')?.textContent ?? '';
  const key = legendBand(legend, width, (css) => resolveCssVars(css, lookup), escapeXml);
  const top = TITLE_BAND + key.height;
  const full = height + top;
  const text = [
    `<svg xmlns="${SVG_NS}" width="${width}" height="${full}" viewBox="0 0 ${width} ${full}" font-family="${escapeXml(FONT_FAMILY)}" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    desc ? `<desc>${escapeXml(desc)}</desc>` : '',
    `<rect width="${width}" height="${full}" fill="#ffffff"/>`,
    `<text x="8" y="22" font-size="16" font-weight="650" fill="#1a2233">${escapeXml(title)}</text>`,
    key.markup ? `<g transform="translate(0,${TITLE_BAND - 4})">${key.markup}</g>` : '',
    `<g transform="translate(0,${top})">${body}</g>`,
    '</svg>',
  ].join('');
  return { text, width, height: full };
}

/** Draws standalone SVG text onto a canvas at `scale`× and returns it as a PNG. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw images');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'),
  );
}
