// Summaries of repeated measurements: the median with the range, and percentiles of frame times.

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// Nearest rank: the value below which p of the samples lie, always one that was measured.
export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
}

export function summary(values) {
  const known = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (!known.length) return null;
  return { median: median(known), min: Math.min(...known), max: Math.max(...known), n: known.length };
}
