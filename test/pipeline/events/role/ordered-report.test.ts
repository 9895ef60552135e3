// ordered-report.ts: an ordering word opening a sentence, followed by a report clause, orders the report, not the
// event reported.
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../../helpers/mentions.ts";

const newsId = "Pemimpin Korea Utara Kim Jong Un tiba di Rusia pada Selasa (12/9/2023) untuk bertemu Presiden Vladimir Putin.";
const newsEn = "North Korean leader Kim Jong Un arrived in Russia on Tuesday to meet President Vladimir Putin.";
const departure = (rows: ReturnType<typeof mentionsIn>) => rows.find((m) => m.event_type === "departure");

describe("an ordering word before a report clause", () => {
  test("'Sebelumnya, <agency> memberitakan, <departure>': the departure is the news trip's, not an earlier one", () => {
    const rows = mentionsIn("id", `${newsId}\nSebelumnya, kantor berita KCNA memberitakan, Kim Jong Un bertolak ke Rusia dengan kereta didampingi Menteri Luar Negeri Choe Son Hui.`, "2023-09-12");
    expect(departure(rows)?.role).toBe("main");
  });

  test("'Sebelumnya, <departure>' with no report between stays an earlier event", () => {
    const rows = mentionsIn("id", `${newsId}\nSebelumnya, Kim Jong Un bertolak ke Rusia dengan kereta didampingi Menteri Luar Negeri Choe Son Hui.`, "2023-09-12");
    expect(departure(rows)?.role).toBe("background");
  });

  test("'Previously, <agency> reported that <departure>': the same in English", () => {
    const reported = mentionsIn("en", `${newsEn}\nPreviously, the state agency KCNA reported that Kim Jong Un left for Russia by train with Foreign Minister Choe Son Hui.`, "2023-09-12");
    const told = mentionsIn("en", `${newsEn}\nPreviously, Kim Jong Un left for Russia by train with Foreign Minister Choe Son Hui.`, "2023-09-12");
    expect(departure(reported)?.role).toBe("main");
    expect(departure(told)?.role).toBe("background");
  });
});
