// Invitations (role/invitation.ts): how far an invitation reaches, the occasion it was given at or came after,
// the event invited to, and the news that is an invitation.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const id = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));
const en = (text: string, published: string) => mentionsOf(text, published, packs.get("en"));
const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("en"));

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

describe("the occasion an invitation was given at", () => {
  test("'invited Kim to Moscow during their summit in June last year': the summit happened, the visit is invited", () => {
    const found = mentions("Vladimir Putin invited Kim Jong Un to Moscow during their summit in Pyongyang in June last year.", "2025-03-22");
    const summit = found.find((m) => m.triggers.includes("summit"))!;
    expect([summit.role, summit.date_start.slice(0, 7)]).toEqual(["background", "2024-06"]);
    expect(summit.people).toEqual(["kim-jong-un", "vladimir-putin"]);
    expect(found.find((m) => m.triggers.includes("invited"))!.role).toBe("planned");
  });

  test("'arrived at the invitation of the ministry in a follow-up to the summit on Sept. 13': the earlier summit is no plan", () => {
    const text = "Lavrov arrived in Pyongyang on Wednesday at the invitation of the North Korean foreign ministry in a follow-up to the summit between Kim Jong Un and Vladimir Putin on Sept. 13.";
    const summit = mentions(text, "2023-10-19").find((m) => m.triggers.includes("summit"))!;
    expect(summit.role).not.toBe("planned");
  });

  test("an invitation to a summit still to come stays a plan", () => {
    const found = mentions("Vladimir Putin invited Kim Jong Un to a summit in Moscow next month.", "2025-03-22");
    expect(found.every((m) => m.role === "planned")).toBe(true);
  });
});
