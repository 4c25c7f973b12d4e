import { unstableSetRender } from 'antd-mobile';
import { createRoot, type Root } from 'react-dom/client';

// antd-mobile's imperative Toast and Dialog render through ReactDOM.render, gone in React 19:
// give it createRoot (antd-mobile's "v5 for React 19" guide). Runs once, when the portal chunk loads.
type WithRoot = (Element | DocumentFragment) & { _zdRoot?: Root };
unstableSetRender((node, container) => {
  const c = container as WithRoot;
  c._zdRoot ??= createRoot(c);
  const root = c._zdRoot;
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    delete c._zdRoot;
  };
});
