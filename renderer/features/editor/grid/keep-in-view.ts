import { INDEX_WIDTH, ROW_HEIGHT, SELECT_WIDTH } from './grid-columns';

/**
 * Scrolls the grid's one scroll box so the focused cell is whole: below the sticky header, right of the
 * sticky 序号 column. Header and body share the box, so they can never drift apart.
 */
export function keepInView(box: HTMLElement, row: number, col: number): void {
  const header = box.querySelector<HTMLElement>('.rg-head')?.offsetHeight ?? 0;
  const top = row * ROW_HEIGHT;
  const room = box.clientHeight - header;
  if (top < box.scrollTop) box.scrollTop = top;
  else if (top + ROW_HEIGHT > box.scrollTop + room) box.scrollTop = top + ROW_HEIGHT - room;

  const cell = box.querySelector<HTMLElement>(`.rg-row[data-row="${row + 1}"] [aria-colindex="${col + 3}"]`);
  if (!cell) return;
  const sticky = SELECT_WIDTH + INDEX_WIDTH;
  const left = cell.offsetLeft;
  if (left - sticky < box.scrollLeft) box.scrollLeft = left - sticky;
  else if (left + cell.offsetWidth > box.scrollLeft + box.clientWidth)
    box.scrollLeft = left + cell.offsetWidth - box.clientWidth;
  // Then the page itself, so the grid (and so the cell) is on screen.
  cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
