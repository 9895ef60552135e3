// Inputs.table scrolls inside its own box once it has more rows than fit. Keyboard users can only
// scroll a region they can focus (WCAG 2.1.1), and a screen reader needs to know what it holds.
export function scrollable<T extends HTMLElement>(element: T, label: string): T {
  element.tabIndex = 0;
  element.setAttribute("role", "region");
  element.setAttribute("aria-label", label);
  return element;
}
