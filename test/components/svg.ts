// Serialises a chart for its snapshot: one element a line, indented, so that a change shows as a
// readable diff, and a standalone SVG (with xmlns) that can be opened and looked at.
import { JSDOM } from "jsdom";

export function newDocument(): Document {
  return new JSDOM("").window.document;
}

const inline = new Set(["text", "title", "desc", "style"]);

function escape(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function serialize(element: Element, depth: number, root: boolean): string {
  const pad = "  ".repeat(depth);
  const attributes = [...element.attributes].map((a) => ` ${a.name}="${escape(a.value)}"`).join("");
  const xmlns = root && !element.hasAttribute("xmlns") ? ` xmlns="http://www.w3.org/2000/svg"` : "";
  const open = `<${element.localName}${xmlns}${attributes}>`;
  if (inline.has(element.localName) || element.children.length === 0) {
    const body = element.innerHTML;
    return `${pad}${open}${body}</${element.localName}>`;
  }
  const children = [...element.children].map((child) => serialize(child, depth + 1, false));
  return [`${pad}${open}`, ...children, `${pad}</${element.localName}>`].join("\n");
}

export function pretty(svg: Element): string {
  return `${serialize(svg, 0, true)}\n`;
}
