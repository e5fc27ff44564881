// Reads a screenshot's pixels inside the page (a 2D canvas decodes the PNG), so tests can tell a
// drawn map from a blank canvas without a PNG library.
export async function colorStats(page, clip) {
  const png = await page.screenshot(clip ? { clip } : {});
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const counts = new Map();
    for (let i = 0; i < data.length; i += 4 * 7) {  // every 7th pixel is plenty
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    let background = 0, top = 0;
    for (const [key, n] of counts) if (n > top) { top = n; background = key; }
    let total = 0;
    for (const n of counts.values()) total += n;
    return { distinctColors: counts.size, nonBackgroundShare: 1 - top / total, background };
  }, png.toString('base64'));
}

// A screenshot's pixels as RGBA bytes, decoded in the page. `clip` is in CSS pixels; the image
// has the device's pixels (3 per CSS pixel on the phone profile).
export async function pixelsOf(page, clip) {
  const png = await page.screenshot({ clip });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    return { width: c.width, height: c.height, data: Array.from(ctx.getImageData(0, 0, c.width, c.height).data) };
  }, png.toString('base64'));
}

// The colour [r, g, b] drawn at a point of the page (CSS pixels from the viewport's corner).
export async function colorAt(page, point) {
  const x = Math.floor(point.x), y = Math.floor(point.y);
  const { width, height, data } = await pixelsOf(page, { x, y, width: 1, height: 1 });
  const i = 4 * (Math.floor(height / 2) * width + Math.floor(width / 2));
  return [data[i], data[i + 1], data[i + 2]];
}

// Where two captures of the same clip differ (by more than `tolerance` in any channel): how many
// pixels, and their bounding box in CSS pixels of the page.
export function changedPixels(a, b, clip, tolerance = 8) {
  const scale = a.width / clip.width;
  let count = 0, minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = 4 * (y * a.width + x);
      if (Math.abs(a.data[i] - b.data[i]) <= tolerance && Math.abs(a.data[i + 1] - b.data[i + 1]) <= tolerance &&
          Math.abs(a.data[i + 2] - b.data[i + 2]) <= tolerance) continue;
      count++;
      minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    }
  }
  if (!count) return { count, box: null };
  return {
    count,
    box: { x: clip.x + minX / scale, y: clip.y + minY / scale, right: clip.x + (maxX + 1) / scale, bottom: clip.y + (maxY + 1) / scale },
  };
}

// Pixels within `tolerance` of a colour, in a capture.
export function countColor(pixels, [r, g, b], tolerance = 3) {
  let n = 0;
  for (let i = 0; i < pixels.data.length; i += 4) {
    if (Math.abs(pixels.data[i] - r) <= tolerance && Math.abs(pixels.data[i + 1] - g) <= tolerance &&
        Math.abs(pixels.data[i + 2] - b) <= tolerance) n++;
  }
  return n;
}

// The same count, made inside the page: no pixel array crosses to the test (a tall screenshot
// holds tens of millions of values).
export async function countColorIn(page, clip, [r, g, b], tolerance = 3) {
  const png = await page.screenshot({ clip });
  return page.evaluate(async ([b64, color, tol]) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - color[0]) <= tol && Math.abs(data[i + 1] - color[1]) <= tol && Math.abs(data[i + 2] - color[2]) <= tol) n++;
    }
    return n;
  }, [png.toString('base64'), [r, g, b], tolerance]);
}
