import type { IDateComp, IDateParams } from 'ag-grid-community';
import { isoFromParts, parseIsoDate } from '../../../shared/kernel/dates';
import { formatDatum, leesDatum } from './format';

/**
 * The date box of AG Grid's date filters, as the screens' date fields (`DatumVeld`): dd/mm/jjjj whatever the browser's
 * language. AG Grid's own box is a native date field, which an English browser shows as mm/dd/yyyy (a filter "after
 * 04/12/2026" would then mean 12 April). What is typed is read as in `DatumVeld` (`leesDatum`, components/format); the filter follows
 * as soon as the text is a date (or empty), and text that is no date is put back when the box is left.
 */
export class DatumFilterInvoer implements IDateComp {
  private gui!: HTMLDivElement;
  private invoer!: HTMLInputElement;
  private params!: IDateParams;
  private datum: Date | null = null;

  init(params: IDateParams): void {
    this.params = params;
    this.gui = document.createElement('div');
    this.gui.className = 'ag-wrapper ag-input-wrapper ag-text-field-input-wrapper';
    this.invoer = document.createElement('input');
    this.invoer.type = 'text';
    this.invoer.className = 'ag-input-field-input ag-text-field-input';
    this.invoer.placeholder = 'dd/mm/jjjj';
    this.invoer.autocomplete = 'off';
    this.invoer.addEventListener('input', this.opInvoer);
    this.invoer.addEventListener('focusout', this.opVerlaten);
    this.invoer.addEventListener('focusin', this.opFocus);
    this.gui.append(this.invoer);
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  getDate(): Date | null {
    return this.datum;
  }

  setDate(date: Date | null): void {
    this.datum = date;
    this.invoer.value = date ? formatDatum(isoVan(date)) : '';
  }

  setInputPlaceholder(): void {
    // The grid's placeholder is its own date format; this box takes dd/mm/jjjj.
  }

  setInputAriaLabel(label: string): void {
    this.invoer.setAttribute('aria-label', label);
  }

  setDisabled(disabled: boolean): void {
    this.invoer.disabled = disabled;
  }

  afterGuiAttached(params?: { suppressFocus?: boolean }): void {
    if (!params?.suppressFocus) this.invoer.focus({ preventScroll: true });
  }

  refresh(params: IDateParams): void {
    this.params = params;
  }

  destroy(): void {
    this.invoer.removeEventListener('input', this.opInvoer);
    this.invoer.removeEventListener('focusout', this.opVerlaten);
    this.invoer.removeEventListener('focusin', this.opFocus);
  }

  private opInvoer = (): void => {
    const tekst = this.invoer.value;
    if (tekst.trim() === '') {
      this.datum = null;
      this.params.onDateChanged();
      return;
    }
    const iso = leesDatum(tekst);
    if (!iso) return;
    const { year, month, day } = parseIsoDate(iso);
    this.datum = new Date(year, month - 1, day); // local midnight, as AG Grid makes its dates
    this.params.onDateChanged();
  };

  private opVerlaten = (): void => {
    this.invoer.value = this.datum ? formatDatum(isoVan(this.datum)) : '';
  };

  private opFocus = (): void => {
    this.params.onFocusIn?.();
  };
}

/** The calendar day of a date AG Grid made (local midnight). */
function isoVan(d: Date): string {
  return isoFromParts(d.getFullYear(), d.getMonth() + 1, d.getDate());
}
