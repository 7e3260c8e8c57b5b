import type { Page } from "playwright-core";

// A keyboard user's walk through a page: Tab from the top until the focus leaves the page, checking
// that each control shows where the focus is, and that no control is left out of the walk.

/** The focus ring a control shows (an outline, or failing that a box-shadow ring), and what lies on
 *  top of it if something else does (a fixed panel, a sticky bar). */
interface FocusRing {
  outline: string;
  outlineWidth: number;
  outlineColor: string;
  boxShadow: string;
  coveredBy: string | null;
}

const MOST_STOPS = 400;

/** Tabs through the page; returns one line per control that shows no visible focus or that Tab never reaches. */
export async function keyboardProblems(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    (window as unknown as { tabbed: Element[] }).tabbed = [];
  });
  const focusedRings: FocusRing[] = [];
  let outside = 0;
  // From wherever the page put the focus (the sign-in form its first field) round to where it began:
  // past the last control the focus leaves the page, and the next Tab comes back in at the top.
  for (let stop = 0; stop < MOST_STOPS && outside < 2; stop += 1) {
    await page.keyboard.press("Tab");
    const ring = await page.evaluate((): FocusRing | "same" | "outside" | null => {
      const element = document.activeElement;
      const tabbed = (window as unknown as { tabbed: Element[] }).tabbed;
      if (!element || element === document.body) return "outside";
      // A date field's day, month and year are Tab stops within one control.
      if (element === tabbed.at(-1)) return "same";
      if (tabbed.includes(element)) return null;
      tabbed.push(element);
      const style = getComputedStyle(element);
      // The middle of its first line: a link that wraps has a bounding box wider than its words.
      const box = element.getClientRects()[0] ?? element.getBoundingClientRect();
      const onTop = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      const covered = onTop && !element.contains(onTop) && !onTop.contains(element);
      return {
        outline: style.outlineStyle,
        outlineWidth: Number.parseFloat(style.outlineWidth),
        outlineColor: style.outlineColor,
        boxShadow: style.boxShadow,
        coveredBy: covered ? `<${onTop.tagName.toLowerCase()}> “${onTop.textContent?.trim().slice(0, 30)}”` : null,
      };
    });
    if (!ring) break;
    if (ring === "outside") outside += 1;
    else if (ring !== "same") focusedRings.push(ring);
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // Now nothing is focused: each control's own look is compared with its focused look.
  return page.evaluate((rings) => {
    const tabbed = (window as unknown as { tabbed: Element[] }).tabbed;
    const canvas = document.createElement("canvas").getContext("2d", { willReadFrequently: true });
    /** Any CSS colour (Tailwind's are oklch) as sRGB 0–255 with alpha 0–1, through a canvas pixel. */
    const rgba = (color: string): [number, number, number, number] => {
      if (!canvas) throw new Error("No canvas");
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = color;
      canvas.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0, a = 0] = canvas.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const luminance = ([r, g, b]: number[]) => {
      const linear = (channel = 0) => {
        const value = channel / 255;
        return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    /** The colour the ring is drawn on: the nearest ancestor's opaque background. */
    const backdrop = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const color = rgba(getComputedStyle(parent).backgroundColor);
        if (color[3] === 1) return color;
      }
      return rgba("white");
    };
    const contrast = (a: number[], b: number[]) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (light + 0.05) / (dark + 0.05);
    };
    const describe = (element: Element) => {
      const name =
        element.getAttribute("aria-label") ||
        element.textContent?.replace(/\s+/g, " ").trim().slice(0, 40) ||
        element.getAttribute("name") ||
        element.getAttribute("type") ||
        "";
      return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}> “${name}”`;
    };

    const problems: string[] = [];
    tabbed.forEach((element, index) => {
      const focused = rings[index];
      if (!focused) return;
      const style = getComputedStyle(element);
      const outlined = focused.outline !== "none" && focused.outlineWidth >= 2;
      const changed =
        focused.outline !== style.outlineStyle ||
        focused.outlineColor !== style.outlineColor ||
        focused.outlineWidth !== Number.parseFloat(style.outlineWidth) ||
        focused.boxShadow !== style.boxShadow;
      if (focused.coveredBy) problems.push(`${describe(element)} is hidden under ${focused.coveredBy} when focused`);
      if (!changed) problems.push(`${describe(element)} looks the same focused and not`);
      else if (outlined) {
        const ratio = contrast(rgba(focused.outlineColor), backdrop(element));
        if (ratio < 3) problems.push(`${describe(element)}: focus outline contrast ${ratio.toFixed(2)}:1, under 3:1`);
      } else if (focused.boxShadow === "none") problems.push(`${describe(element)} shows no focus outline or ring`);
    });

    // Every control a mouse can use (only the open modal dialog's, when one leaves the page inert); a
    // radio group is one Tab stop, moved through with the arrow keys.
    const controls = (document.querySelector("dialog:modal") ?? document).querySelectorAll<HTMLElement>(
      "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])",
    );
    const radios = tabbed.filter((element): element is HTMLInputElement => element instanceof HTMLInputElement);
    const groupReached = (radio: HTMLInputElement) =>
      radios.some((other) => other.type === "radio" && other.name === radio.name && other.form === radio.form);
    for (const control of controls) {
      if (tabbed.includes(control) || !control.checkVisibility() || control.closest("[inert]")) continue;
      if ((control as HTMLButtonElement).disabled) continue;
      if (control instanceof HTMLInputElement && control.type === "radio" && groupReached(control)) continue;
      problems.push(`${describe(control)} cannot be reached with Tab`);
    }
    return problems;
  }, focusedRings);
}
