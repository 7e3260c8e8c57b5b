/** The part of a long list to show around one item: `size` items, the item near the middle, never
 *  running past either end. The whole list when it is short. */
export function listWindow(length: number, around: number, size: number): { from: number; to: number } {
  if (length <= size) return { from: 0, to: length };
  const from = Math.min(Math.max(0, around - Math.floor(size / 2)), length - size);
  return { from, to: from + size };
}
