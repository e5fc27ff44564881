// The SVG peer: what a blogger would pick instead of Knotmap, a plain SVG body map (the back view
// of react-body-highlighter) with React 18, tappable, the tapped muscle highlighted.
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import Model from 'react-body-highlighter';

function BackMap() {
  const [picked, setPicked] = useState(null);
  const data = picked ? [{ name: 'picked', muscles: [picked] }] : [];
  return createElement('main', null,
    createElement('h1', null, 'Where does it hurt?'),
    createElement(Model, {
      type: 'posterior', data, style: { width: '100%', maxWidth: '24rem', margin: '0 auto' },
      onClick: (muscle) => setPicked(muscle.muscle),
    }),
    createElement('p', { role: 'status' }, picked ? 'You picked: ' + picked : 'Tap a muscle.'));
}

// Its first content (the browser's first contentful paint), as a mark bench/run reads like the
// others' first-frame marks.
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.name === 'first-contentful-paint') performance.mark('svg-peer-first-content', { startTime: entry.startTime });
  }
}).observe({ type: 'paint', buffered: true });
createRoot(document.getElementById('root')).render(createElement(BackMap));
