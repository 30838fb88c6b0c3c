import { render, screen } from '@testing-library/react';
import { App } from './app';

test('the shell names the product', () => {
  render(<App />);
  expect(screen.getByRole('heading', { name: '1000proxy' })).toBeTruthy();
});
