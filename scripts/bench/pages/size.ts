/** Sizes the page's view like the app's (`?w=&h=` in CSS pixels), so both draw as many pixels. */
export function sizeContainer(selector: string): HTMLElement {
  const container = document.querySelector<HTMLElement>(selector);
  if (!container) throw new Error(`no ${selector}`);
  const params = new URL(location.href).searchParams;
  container.style.width = `${Number(params.get('w') ?? 900)}px`;
  container.style.height = `${Number(params.get('h') ?? 640)}px`;
  return container;
}
