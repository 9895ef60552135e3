// Real English pages, third round: the occasion of an invitation, the signing of a treaty, a joint appearance in
// photos, a name in apposition before a modal, a long title before a name, a speaker telling of his own part.
// Each test fails without its rule; the sentences are written for the tests, not taken from the pages.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("en"));
const happened = (role: string) => role === "main" || role === "background";

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

describe("the signing of a treaty", () => {
  test("'their signing of the treaty' is a signing, as 'they signed the treaty' is", () => {
    const found = mentions("Officials recalled the signing of the partnership treaty by Kim Jong Un and Vladimir Putin in Pyongyang in June 2024.", "2025-06-04");
    const signing = found.find((m) => m.event_type === "signing")!;
    expect(signing.triggers).toEqual(["signing"]);
    expect(signing.people).toEqual(["kim-jong-un", "vladimir-putin"]);
  });

  test("'signs of' is still no signing, nor the signing of a law", () => {
    expect(mentions("Analysts saw signs of closer ties between Moscow and Pyongyang.", "2025-06-04")).toEqual([]);
    expect(mentions("Vladimir Putin approved the signing of a law on the treaty on Monday.", "2024-11-12").filter((m) => m.event_type === "signing")).toEqual([]);
  });
});

describe("a joint appearance in photos", () => {
  test("'footage showed Lavrov walking alongside Choe at the airport' is a meeting of the two", () => {
    const text = "Footage showed Russian Foreign Minister Sergei Lavrov walking alongside North Korean Foreign Minister Choe Son Hui at the airport in Pyongyang on Friday.";
    const [m] = mentions(text, "2024-03-22");
    expect([m!.role, m!.event_type, m!.date_start]).toEqual(["main", "meeting", "2024-03-22"]);
    expect(m!.people).toEqual(["choe-son-hui", "sergey-lavrov"]);
  });

  test("'held talks after standing alongside Xi at the parade' adds no third party to the talks", () => {
    const text = "Vladimir Putin and Kim Jong Un held talks in Beijing on Wednesday after standing alongside Xi Jinping at the parade.";
    expect(mentions(text, "2025-09-03").flatMap((m) => m.people)).not.toContain("xi-jinping");
  });

  test("walking alongside someone of one's own side is no meeting of the two sides", () => {
    expect(mentions("Kim Jong Un walked alongside his daughter at the parade on Friday.", "2024-03-22")).toEqual([]);
  });
});

describe("a name in apposition before the modal", () => {
  test("'talks with the Russian president, Vladimir Putin, would take place on Wednesday' is not reported as held", () => {
    const text = [
      "Kim Jong Un arrived in Vladivostok on Monday.",
      "Officials said talks with the Russian president, Vladimir Putin, would take place on Wednesday."
    ].join("\n");
    const talks = mentions(text, "2023-09-12").filter((m) => m.evidence.startsWith("Officials"));
    expect(talks.filter((m) => happened(m.role))).toEqual([]);
  });
});

describe("a long title before a name", () => {
  test("the city after 'with North Korean Minister of State Security Ri Chang Dae in' is the talks' venue", () => {
    const text = "Sergei Shoigu visited North Korea on Monday and held detailed talks with North Korean Minister of State Security Ri Chang Dae in Pyongyang.";
    expect(mentions(text, "2024-03-22")[0]!.venue_id).toBe("pyongyang");
  });
});

describe("a long title before a name, and a clause with its own subject", () => {
  test("'meets North Korean foreign minister as Pyongyang's troops deploy near Ukraine': Ukraine is the clause's, no venue", () => {
    const [m] = mentions("Putin meets North Korean foreign minister as Pyongyang's troops deploy near Ukraine", "2024-11-05");
    expect(m!.venue_id).not.toBe("ukraine");
  });
});

describe("a speaker telling of his own part", () => {
  test("'Governor Kozhemyako said that he took part in welcoming Kim' makes the governor a participant", () => {
    const text = "Primorye Governor Oleg Kozhemyako said on Tuesday that he took part in welcoming Kim Jong Un at the border station.";
    expect(mentions(text, "2023-09-13")[0]!.people).toEqual(["kim-jong-un", "oleg-kozhemyako"]);
  });

  test("a spokesman telling of others' meeting is still no participant", () => {
    const text = "Kremlin spokesman Dmitry Peskov said on Tuesday that he expected Vladimir Putin to meet Kim Jong Un soon.";
    expect(mentions(text, "2023-09-13")[0]!.people).toEqual(["kim-jong-un", "vladimir-putin"]);
  });
});

describe("officials the gazetteer knows", () => {
  test("Russia's deputy defence minister Alexander Fomin is recognised as a participant", () => {
    const text = "Russian Deputy Defence Minister Alexander Fomin met North Korean First Vice Foreign Minister Choe Son Hui in Moscow on Thursday.";
    expect(mentions(text, "2019-11-22")[0]!.people).toEqual(["alexander-fomin", "choe-son-hui"]);
  });
});

describe("an object pronoun after a comitative", () => {
  test("'Ri held a meeting with him in Moscow' is a meeting with the Russian the sentence before is about", () => {
    const text = [
      "Russian Security Council Secretary Sergei Shoigu met Kim Jong Un in Pyongyang on Wednesday.",
      "The trip came a week after North Korean State Security Minister Ri Chang Dae held a meeting with him in Moscow."
    ].join("\n");
    const meeting = mentions(text, "2025-06-04").find((m) => m.venue_id === "moscow")!;
    expect(meeting.people).toEqual(["ri-chang-dae", "sergey-shoigu"]);
  });

  test("with two people of the other side to choose from, the pronoun adds nobody", () => {
    const text = [
      "Vladimir Putin and Sergei Lavrov received a North Korean delegation in Moscow on Monday.",
      "On Tuesday North Korean Foreign Minister Choe Son Hui held further talks with him in Moscow."
    ].join("\n");
    const talks = mentions(text, "2024-11-05").find((m) => m.evidence.startsWith("On Tuesday"))!;
    expect(talks.people).toEqual(["choe-son-hui"]);
  });
});

describe("the event an anniversary marks", () => {
  test("'to mark the anniversary of their signing of the treaty in June last year' dates the signing, a year back", () => {
    const text = [
      "Russian Security Council Secretary Sergei Shoigu met Kim Jong Un in Pyongyang on Wednesday.",
      "Kim may travel to Russia to mark the first anniversary of their signing of the treaty with Vladimir Putin in June last year."
    ].join("\n");
    const signing = mentions(text, "2025-06-04").find((m) => m.event_type === "signing")!;
    expect([signing.role, signing.date_start.slice(0, 7)]).toEqual(["background", "2024-06"]);
  });

  test("a day after the anniversary is the marking's: the signing takes neither it nor the meeting before's role", () => {
    const text = ["Kim Jong Un and Vladimir Putin met in Pyongyang on Thursday.", "The two sides marked the anniversary of the signing of the treaty on Thursday."].join("\n");
    const signing = mentions(text, "2025-06-20").find((m) => m.event_type === "signing")!;
    expect([signing.role, signing.date_start]).toEqual(["background", ""]);
  });

  test("the anniversary's year-old date is no time a later 'a week after' counts from", () => {
    const text = [
      "Russian Security Council Secretary Sergei Shoigu met Kim Jong Un in Pyongyang on Wednesday.",
      "Kim may travel to Russia to mark the first anniversary of their signing of the treaty with Vladimir Putin in June last year.",
      "The visit came a week after North Korean State Security Minister Ri Chang Dae held a meeting with Shoigu in Moscow."
    ].join("\n");
    const moscow = mentions(text, "2025-06-04").find((m) => m.venue_id === "moscow")!;
    expect(moscow.date_start.startsWith("2025-")).toBe(true);
  });
});
