// plan-named-again.ts: an undated report of both sides after the same people's plan is that plan named again.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));
const held = (text: string, published: string) => mentions(text, published).filter((m) => m.role === "main" || m.role === "background");

describe("a meeting still to come, named again without a time of its own", () => {
  const plan = "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Pyongyang pada Rabu (9/7/2025).\nLavrov dijadwalkan bertemu dengan Kim Jong Un pada Jumat (11/7/2025).";

  test("is the plan, not a meeting held ('Ini adalah pertemuan pertama Lavrov dengan Kim')", () => {
    const text = `${plan}\nIni adalah pertemuan pertama Lavrov dengan Kim Jong Un sejak tahun lalu.`;
    const rows = mentions(text, "2025-07-10");
    const again = rows.find((m) => m.evidence.startsWith("Ini adalah"));
    expect(again?.role).toBe("planned");
    expect(again?.date_start).toBe("2025-07-11");
    expect(held(text, "2025-07-10").filter((m) => m.people.includes("kim-jong-un"))).toEqual([]);
  });

  test("stays a meeting held when the article reports the same people meeting on a day of its own", () => {
    const text = "Lavrov bertemu dengan Kim Jong Un di Pyongyang pada Kamis (10/7/2025).\nKeduanya dijadwalkan bertemu lagi pada Jumat (11/7/2025).\nIni adalah pertemuan pertama Lavrov dengan Kim Jong Un sejak tahun lalu.";
    const again = mentions(text, "2025-07-10").find((m) => m.evidence.startsWith("Ini adalah"));
    expect(again?.role).not.toBe("planned");
  });

  test("is read as it stands when told before any plan", () => {
    const text = "Lavrov bertemu dengan Kim Jong Un di Pyongyang.\nLavrov dijadwalkan bertemu dengan Kim Jong Un lagi pada Jumat (11/7/2025).";
    const first = mentions(text, "2025-07-10").find((m) => m.evidence.startsWith("Lavrov bertemu"));
    expect(first?.role).toBe("main");
  });
});

describe("a meeting of the same people reported as held elsewhere in the article, if only in its headline", () => {
  test("leaves the undated reports as they stand", () => {
    const text = "Putin Sambut Kim Jong Un di Kosmodrom Vostochny\nKim Jong Un tiba di Kosmodrom Vostochny untuk menggelar pertemuan dengan Presiden Rusia Vladimir Putin pada Rabu (13/9/2023).\nDalam video itu Kim Jong Un disambut langsung oleh Putin.";
    const welcome = mentions(text, "2023-09-13").find((m) => m.evidence.startsWith("Dalam video"));
    expect(welcome?.role).toBe("main");
  });
});
