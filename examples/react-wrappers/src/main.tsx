// The wrappers module defines the elements itself, so nothing needs importing first (unlike the tags
// used directly under React 19, in ../react/).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
