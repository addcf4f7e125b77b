import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PensionPage } from '../../renderer/src/features/pension/PensionPage';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { settle, startedStore } from './fake-app';

describe('pension table cells: a wrong entry says why, in view', () => {
  it('shows the message under the cell, tied to it with aria-describedby and aria-invalid', async () => {
    const { store } = await startedStore();
    render(
      <StoreProvider store={store}>
        <PensionPage />
      </StoreProvider>,
    );
    await act(async () => {
      fireEvent.click(screen.getByTestId('add-pension'));
      await settle();
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId('pension-coverage-by-sex'));
      await settle();
    });
    const cell = screen.getByTestId<HTMLInputElement>('pension-coverage-male-0-rate');
    await act(async () => {
      fireEvent.focus(cell);
      fireEvent.change(cell, { target: { value: '4o' } });
      await settle();
    });
    // "4o" is no number: the text stays, the scheme keeps its 30% (defaults: coverage 0.3).
    expect(cell.value).toBe('4o');
    expect(store.getState().draft!.pension!.coverage).toEqual({ female: 0.3, male: 0.3 });
    expect(cell.getAttribute('aria-invalid')).toBe('true');
    const describedBy = cell.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    const message = document.getElementById(describedBy!)!;
    // Visible text in the page, not only a tooltip.
    expect(message.textContent).toBe('Type a number, for example 12.5');
    expect(cell.getAttribute('title')).toBeNull();

    // Corrected: the message goes and the value applies.
    await act(async () => {
      fireEvent.change(cell, { target: { value: '40' } });
      await settle();
    });
    expect(cell.getAttribute('aria-invalid')).toBeNull();
    expect(cell.getAttribute('aria-describedby')).toBeNull();
    expect(store.getState().draft!.pension!.coverage).toEqual({ female: 0.3, male: 0.4 });
  });
});
