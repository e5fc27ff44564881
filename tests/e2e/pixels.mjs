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
