import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { zetNederlandseMeldingen } from '../../shared/api/common';
import { App } from './app/App';

// Plain Dutch for checks without a message of their own, as in the contract.
zetNederlandseMeldingen();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
