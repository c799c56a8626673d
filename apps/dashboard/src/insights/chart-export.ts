/** Offer text as a file download. */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8'): void {
  // a BOM so spreadsheets read Cyrillic and Polish letters right
  downloadBlob(new Blob([type.startsWith('text/csv') ? `\uFEFF${text}` : text], { type }), filename);
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The largest chart drawing inside an element (recharts draws legends as small SVGs too). */
export function mainSvg(container: HTMLElement): SVGSVGElement | undefined {
  const svgs = Array.from(container.querySelectorAll<SVGSVGElement>('svg'));
  return svgs.sort((a, b) => b.clientWidth * b.clientHeight - a.clientWidth * a.clientHeight)[0];
}

/**
 * Render an SVG chart to a PNG (twice its size on screen, white background, with a caption on
 * top) in the browser: no server round trip, nothing leaves the device but the file.
 */
export async function svgToPng(svg: SVGSVGElement, caption: string, scale = 2): Promise<Blob> {
  const width = svg.clientWidth || Number(svg.getAttribute('width')) || 600;
  const height = svg.clientHeight || Number(svg.getAttribute('height')) || 300;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('style', 'font-family: system-ui, sans-serif; font-size: 12px');
  const source = new XMLSerializer().serializeToString(copy);
  const image = new Image();
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart could not be drawn'));
      image.src = url;
    });
    const captionHeight = 32;
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = (height + captionHeight) * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.scale(scale, scale);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height + captionHeight);
    context.fillStyle = '#1b2733';
    context.font = '600 14px system-ui, sans-serif';
    context.fillText(caption.slice(0, 120), 8, 20, width - 16);
    context.drawImage(image, 0, captionHeight, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Start a download of a same-origin address as a navigation, so the browser streams it to disk
 * (an export of a million rows never sits in the page's memory) and sends the session cookie.
 */
export function downloadUrl(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
