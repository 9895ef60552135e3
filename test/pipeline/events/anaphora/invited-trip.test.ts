// invited-trip.ts: under invitation news, the invited side's own undated journey is the visit invited to.
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../../helpers/mentions.ts";

const invite = "Presiden Rusia Vladimir Putin mengundang Kim Jong Un ke Moskow tahun depan, kata juru bicara Kremlin pada Jumat (19/12/2014).";

describe("an invitation's news with a journey told after it", () => {
  test("the invited side's journey, with no time of its own, is the visit still to come", () => {
    const rows = mentionsIn("id", `${invite}\nKedatangan Kim Jong Un akan menjadi kunjungan luar negerinya yang pertama.`, "2014-12-19");
    expect(rows.find((m) => m.evidence.startsWith("Kedatangan"))?.role).toBe("planned");
  });

  test("the inviting side's journey stays what happened around the inviting", () => {
    const rows = mentionsIn("id", `${invite}\nMenteri Luar Negeri Rusia Sergei Lavrov tiba di Pyongyang dengan membawa undangan itu.`, "2014-12-19");
    expect(rows.find((m) => m.evidence.startsWith("Menteri"))?.role).not.toBe("planned");
  });
});
