// Define the elements before React renders them: React 19 sets a prop as a property only when the element
// already has it (`'data' in element`), and otherwise falls back to a string attribute.
import 'career-pathway-elements/pathway-map';
import 'career-pathway-elements/credential-ladder';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
