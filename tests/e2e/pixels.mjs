// Reads what the page drew: a screenshot's pixels, decoded inside the page (a 2D canvas decodes
// the PNG), so tests can check a drawing without a PNG library. `clip` is in CSS pixels; the
// pixels are the device's (3 per CSS pixel on the phone profile).

// Decodes a screenshot in the page and hands its RGBA bytes to `reduce(data, width, height, arg)`,
// which runs there too: only its result crosses back (a tall screenshot holds tens of millions of
// values). `reduce` must be self-contained: its source text is sent.
// `scale: 'css'` takes one pixel per CSS pixel instead.
async function reduceScreenshot(page, clip, reduce, arg, scale = 'device') {
  const png = await page.screenshot({ ...(clip ? { clip } : {}), scale });
  return page.evaluate(async ([b64, source, argument]) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    return new Function('return (' + source + ')')()(data, c.width, c.height, argument);
  }, [png.toString('base64'), reduce.toString(), arg]);
}

// How many colours, which is the background (the commonest), and how much isn't it: tells a drawn
// map from a blank canvas.
export function colorStats(page, clip) {
  return reduceScreenshot(page, clip, (data) => {
    const counts = new Map();
    for (let i = 0; i < data.length; i += 4 * 7) {  // every 7th pixel is plenty
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    let background = 0, top = 0, total = 0;
    for (const [key, n] of counts) {
      total += n;
      if (n > top) { top = n; background = key; }
    }
    return { distinctColors: counts.size, nonBackgroundShare: 1 - top / total, background };
  });
}

// A clip's pixels as {width, height, data: RGBA bytes}; a large one at `scale: 'css'`. The bytes
// cross from the page as base64, not as a JSON list of numbers (a desktop screen's 4 million
// numbers took half a minute to pass).
export async function pixelsOf(page, clip, scale = 'device') {
  const { width, height, base64 } = await reduceScreenshot(page, clip, (data, w, h) => {
    let text = '';
    for (let i = 0; i < data.length; i += 0x8000) text += String.fromCharCode.apply(null, data.subarray(i, i + 0x8000));
    return { width: w, height: h, base64: btoa(text) };
  }, undefined, scale);
  return { width, height, data: Buffer.from(base64, 'base64') };
}

// Pixels within `tolerance` of a colour [r, g, b], counted in the page.
export function countColorIn(page, clip, color, tolerance = 3) {
  return reduceScreenshot(page, clip, (data, width, height, [rgb, tol]) => {
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - rgb[0]) <= tol && Math.abs(data[i + 1] - rgb[1]) <= tol && Math.abs(data[i + 2] - rgb[2]) <= tol) n++;
    }
    return n;
  }, [color, tolerance]);
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
