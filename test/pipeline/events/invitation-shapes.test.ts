// What an invitation governs (events/role/invitation.ts): the event it invites to is still to come; the sentence's other
// events, and the article's other reports, are not made planned by it. Shapes found by the held-out rounds holdout11
// and holdout12 (2026-12-02), in sentences written for these tests; each fails without the rule or row it names.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const id = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));
const en = (text: string, published: string) => mentionsOf(text, published, packs.get("en"));

describe("a perfect marker right before a later trigger ends the invitation's reach (lang/*/perfect_markers.csv)", () => {
  test("'… atas undangan partai penguasa telah bertemu dengan Medvedev': the meeting happened", () => {
    const text = "Delegasi Kim Su-gil yang tiba di Moskow atas undangan partai penguasa telah bertemu dengan Dmitry Medvedev.";
    const met = id(text, "2024-02-20").find((m) => m.triggers.includes("bertemu"));
    expect(met?.role).toBe("main");
    expect(met?.people).toContain("dmitry-medvedev");
  });

  test("the visit an invitation names is still planned ('diundang … untuk berkunjung')", () => {
    const text = "Kim Su-gil telah diundang oleh partai penguasa untuk berkunjung ke Moskow.";
    expect(id(text, "2024-02-20").map((m) => m.role)).toEqual(["planned"]);
  });

  test("an auxiliary of a clause about the invitation ('an invitation he had received to visit') does not end it", () => {
    const text = "Kim Jong Un accepted an invitation he had received to visit Moscow from Vladimir Putin.";
    expect(en(text, "2024-02-20").filter((m) => m.role !== "planned")).toEqual([]);
  });
});

describe("the occasion an invitation came after is no part of it (modality.csv: after, setelah)", () => {
  test("'invited Kim to Russia after their talks in Pyongyang in June': the talks happened", () => {
    const talks = en("In a letter, Vladimir Putin invited Kim Jong Un to Russia after their talks in Pyongyang in June.", "2024-11-05").find((m) => m.triggers.includes("talks"));
    expect(talks?.role).toBe("background");
    expect(talks?.date_start).toBe("2024-06-01");
  });

  test("'mengundang Kim ke Moskow setelah pertemuan puncak mereka di Pyongyang': the summit, with both", () => {
    const summit = id("Putin mengundang Kim Jong Un ke Moskow setelah pertemuan puncak mereka di Pyongyang pada Juni.", "2024-11-05").find((m) => m.triggers.includes("pertemuan puncak"));
    expect(summit?.role).toBe("background");
    expect(summit?.people).toEqual(["kim-jong-un", "vladimir-putin"]);
  });

  test("'di sela pertemuan' now reaches 'mengundang' as it reached 'undangan' (invitation kind)", () => {
    const meeting = id("Putin mengundang Kim Jong Un berkunjung ke Moskow di sela pertemuan mereka di Pyongyang pada Rabu (19/6/2024).", "2024-06-21").find((m) => m.triggers.includes("pertemuan"));
    expect(meeting?.role).toBe("main");
  });
});

describe("an invitation to an event already told says who was at it (TriggerHit.invited, resolve.ts)", () => {
  test("'diundang dalam pertemuan tersebut' after a held meeting is that meeting", () => {
    const text = "Kim Jong Un dan Vladimir Putin bertemu di Pyongyang pada Rabu (19/6/2024).\nChoe Son Hui dan pejabat lainnya diundang dalam pertemuan tersebut, yang juga dihadiri Sergei Shoigu.";
    const invited = id(text, "2024-06-21").find((m) => m.evidence.startsWith("Choe"));
    expect(invited?.role).toBe("main");
    expect(invited?.date_start).toBe("2024-06-19");
  });

  test("after a planned meeting it stays planned", () => {
    const text = "Kim Jong Un dan Vladimir Putin akan bertemu di Pyongyang pekan depan.\nChoe Son Hui dan pejabat lainnya diundang dalam pertemuan tersebut.";
    expect(id(text, "2024-06-21").map((m) => m.role)).toEqual(["planned", "planned"]);
  });
});

describe("an occasion invited to, dated by its own words (sentence-groups.ts invitedOccasion)", () => {
  const text = "Kim Jong Un was invited to a dinner hosted by Governor Oleg Kozhemyako in Vladivostok on April 26.";

  test("was held when the story has reached its day, with the one invited and the host", () => {
    const dinner = en(text, "2019-04-28").find((m) => m.triggers.includes("hosted"));
    expect(dinner?.role).toBe("main");
    expect(dinner?.date_start).toBe("2019-04-26");
    expect(dinner?.people).toEqual(["kim-jong-un", "oleg-kozhemyako"]);
  });

  test("is still planned before that day", () => {
    expect(en(text, "2019-04-20").every((m) => m.role === "planned")).toBe(true);
  });

  test("so in Indonesian ('diundang ke jamuan … pada 26 April')", () => {
    const dinner = id("Kim Jong Un diundang ke jamuan makan malam yang digelar Gubernur Oleg Kozhemyako pada 26 April.", "2019-04-28");
    expect(dinner.map((m) => [m.role, m.date_start])).toEqual([["main", "2019-04-26"]]);
  });
});

describe("a news that is an invitation plans only the visit invited to (resolve.ts newsInvitation)", () => {
  const text = "Speaker Pak Thae Song has invited Vyacheslav Volodin to visit Pyongyang.\nIn Moscow, talks were held between Pak Thae Song and Valentina Matviyenko.";

  test("an undated report told with it happened", () => {
    const talks = en(text, "").find((m) => m.triggers.includes("talks"));
    expect(talks?.role).toBe("main");
  });

  test("the invited visit stays planned", () => {
    expect(en(text, "").find((m) => m.triggers.includes("invited"))?.role).toBe("planned");
  });
});

describe("a meeting named as where someone spoke, a day between (speech-occasion.ts)", () => {
  test("'Pak announced it on Friday at a meeting with the ambassador' after a plan happened, and takes no date of the plan", () => {
    const text = "Pak Thae Song will visit Moscow next month.\nPak announced it on Friday at a meeting with ambassador Alexander Matsegora.";
    const meeting = en(text, "").find((m) => m.triggers.includes("meeting"));
    expect([meeting?.role, meeting?.date_start]).toEqual(["main", ""]);
  });
});

describe("an anaphor that names where it went points back to no report in another country (referent.ts)", () => {
  test("'his visit to Moscow' is not the visit to Pyongyang invited to just before", () => {
    const text = "Pak Thae Song has invited Vyacheslav Volodin to visit Pyongyang next year.\nPak spoke warmly of his visit to Moscow.";
    const visit = en(text, "2019-10-26").find((m) => m.venue_id === "moscow");
    expect(visit?.role).not.toBe("planned");
  });
});

describe("a report told as an addition is not the news (news-report.ts newsEvent)", () => {
  test("'juga dijadwalkan berkunjung ke Rusia' does not make the later held reports planned", () => {
    const text = "Tim olahraga Korea Utara juga dijadwalkan berkunjung ke Rusia.\nKim Su-gil pulang ke Pyongyang pada Senin lalu usai lawatannya ke Rusia.\nKim Su-gil bertemu dengan Dmitry Medvedev di Moskow.";
    const met = id(text, "2024-02-20").find((m) => m.triggers.includes("bertemu"));
    expect(met?.role).toBe("main");
  });
});
