import { options } from 'preact';

/** What the production build's elements (Preact vnodes) inherit from, once the charts have loaded. */
class ChartElement {}

// recharts keeps each chart's settings, elements passed as props among them, in an immer store. Immer
// freezes the plain objects it stores and walks into them; Preact, the production build's React
// (vite.config.ts), writes to the elements it renders and links them to their parents, so a frozen one
// throws and an unfrozen one leads immer through the whole tree. An element whose prototype is not
// Object's is no plain object to immer, which then stores it as it is, as React's are in effect.
const previous = options.vnode;
options.vnode = (vnode) => {
  Object.setPrototypeOf(vnode, ChartElement.prototype);
  previous?.(vnode);
};
