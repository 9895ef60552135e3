import { describe, expect, it } from "vitest";
import { counterpart, editions, footer, languageSwitch, pageLang, pagePath, relativeHref } from "../../src/components/language-switch.ts";

describe("pagePath(path) and pageLang(path)", () => {
  it("gives Framework's page paths their canonical form", () => {
    expect(pagePath("/index")).toBe("/");
    expect(pagePath("/id/index")).toBe("/id/");
    expect(pagePath("id/meetings.html")).toBe("/id/meetings");
    expect(pagePath("/events/2024-10-prk-to-rus")).toBe("/events/2024-10-prk-to-rus");
  });
  it("puts everything under /id/ in the Indonesian edition, and nothing else", () => {
    expect(pageLang("/id/index")).toBe("id");
    expect(pageLang("/id/panduan")).toBe("id");
    expect(pageLang("/index")).toBe("en");
    expect(pageLang("/ideas")).toBe("en");
  });
});

describe("counterpart(path)", () => {
  it("pairs every page with its translation, both ways", () => {
    for (const [en, id] of editions) {
      expect(counterpart(en)).toEqual({ path: id, lang: "id" });
      expect(counterpart(id)).toEqual({ path: en, lang: "en" });
    }
    expect(counterpart("/index")).toEqual({ path: "/id/", lang: "id" });
    expect(counterpart("/guide")).toEqual({ path: "/id/panduan", lang: "id" });
  });
  it("sends an untranslated page to the other edition's front page", () => {
    expect(counterpart("/events/2024-10-prk-to-rus")).toEqual({ path: "/id/", lang: "id" });
    expect(counterpart("/articles/antara-2024-11-lavrov-choe")).toEqual({ path: "/id/", lang: "id" });
  });
});

describe("languageSwitch(path) and footer(path)", () => {
  it("links to the other edition with lang and hreflang, labelled in that language", () => {
    expect(languageSwitch("/meetings")).toContain('<a href="./id/meetings" hreflang="id" lang="id" rel="alternate">Bahasa Indonesia</a>');
    expect(languageSwitch("/id/index")).toContain('<a href="../" hreflang="en" lang="en" rel="alternate">English</a>');
    expect(languageSwitch("/id/quotes")).toContain('aria-label="Bahasa"');
  });
  it("writes the footer in the page's language", () => {
    expect(footer("/index")).toMatch(/^Built from/);
    expect(footer("/id/methodology")).toMatch(/^Disusun dari/);
  });
});

describe("relativeHref(from, to)", () => {
  it("links relatively, so the site works served from a sub-folder", () => {
    expect(relativeHref("/", "/id/")).toBe("./id/");
    expect(relativeHref("/id/", "/")).toBe("../");
    expect(relativeHref("/id/meetings", "/meetings")).toBe("../meetings");
    expect(relativeHref("/meetings", "/id/meetings")).toBe("./id/meetings");
    expect(relativeHref("/events/2024-10-prk-to-rus", "/id/")).toBe("../id/");
    expect(relativeHref("/id/charts", "/id/panduan")).toBe("./panduan");
  });
  it("lands where the absolute path would, resolved against a sub-folder base", () => {
    for (const [en, id] of editions) {
      for (const [from, to] of [[en, id], [id, en]] as const) {
        const base = new URL(`https://example.org/site${pagePath(from)}`);
        expect(new URL(relativeHref(from, to), base).pathname).toBe(`/site${pagePath(to)}`);
      }
    }
  });
});
