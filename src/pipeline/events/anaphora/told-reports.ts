// The reports an article has told so far (resolve.ts's `resolved`, in order), indexed for what an anaphor asks of them
// (referent.ts): the latest held report of a kind, and the latest held report of both sides in each city. Each report
// is read once, when it is first seen, so an article's anaphors cost time linear in its length however many reports
// stand between them (searching or filtering every earlier report for each anaphor was quadratic).
// Reports are never changed once resolved, so what is read of them at first sight stays true.
import type { Person, Place } from "../../recognise/gazetteer.ts";
import { cityId } from "./anaphor-venue.ts";
import { type Resolved, type Sides, TRAVEL } from "../mention-types.ts";
import { involvesBothSides } from "../sides.ts";
import { toldInSpeechOnly } from "./spoken-earlier.ts";

/** A report whose triggers are all planned in themselves (an invitation): no meeting an anaphor can point to. */
function planOnly(r: Resolved): boolean {
  return r.group.hits.every((h) => h.trigger.role === "planned");
}

/** A journey naming no traveller (planes, cargo, a train arriving). */
function cargoShaped(r: Resolved): boolean {
  return r.people.size === 0 && r.group.hits.every((h) => TRAVEL.has(h.trigger.event_type));
}

/** Which latest held, non-anaphoric report: of both sides or of anyone, whether a cargo-shaped one may be it, and
 * whether the anaphor is narration, for which an earlier meeting told only in reported speech is none (spoken-earlier.ts). */
export interface HeldKind {
  bothSides: boolean;
  cargo: boolean;
  narration: boolean;
}

export class ToldReports {
  /** How many of `all` have been read. */
  private seen = 0;
  /** Positions in `all` of the latest report of each kind, -1 when none. */
  private held = [-1, -1, -1, -1, -1, -1, -1, -1];
  private summit = -1;
  /** The latest held report of both sides in each city: [for any anaphor, for one in narration]. */
  private bothInCity = [new Map<string, number>(), new Map<string, number>()] as const;
  private positions = new Map<Resolved, number>();

  constructor(
    readonly all: readonly Resolved[],
    private readonly people: ReadonlyMap<string, Person>,
    private readonly sides: Sides,
    readonly places: ReadonlyMap<string, Place>,
  ) {}

  /**
   * The latest report, not planned in itself, that is a summit: its first trigger not planned, and a head of state of
   * each side among its people ("KTT tersebut").
   */
  latestSummit(): Resolved | undefined {
    this.catchUp();
    return this.summit < 0 ? undefined : this.all[this.summit];
  }

  /** The latest held report (not planned in itself, not an anaphor) of the kind asked. */
  latestHeld(kind: HeldKind): Resolved | undefined {
    this.catchUp();
    const at = this.held[slot(kind)]!;
    return at < 0 ? undefined : this.all[at];
  }

  /** Where a report told so far stands in `all`. */
  positionOf(r: Resolved): number {
    this.catchUp();
    return this.positions.get(r) ?? -1;
  }

  /** The latest held report of both sides whose venue lies in `city` (a cityId), for an anaphor in narration or not. */
  latestBothSidesIn(city: string, narration: boolean): Resolved | undefined {
    this.catchUp();
    const at = this.bothInCity[narration ? 1 : 0].get(city);
    return at === undefined ? undefined : this.all[at];
  }

  /** Reads the reports resolved since the last question. */
  private catchUp(): void {
    for (; this.seen < this.all.length; this.seen++) {
      const r = this.all[this.seen]!;
      this.positions.set(r, this.seen);
      if (planOnly(r)) continue;
      if (r.group.hits[0]!.trigger.role !== "planned" && this.sides.every((side) => [...r.people].some((p) => this.people.get(p)?.country === side && this.people.get(p)?.level === "head"))) this.summit = this.seen;
      if (r.group.anaphoric) continue;
      const both = involvesBothSides(r, this.people, this.sides);
      const cargo = cargoShaped(r);
      const spoken = toldInSpeechOnly(r);
      for (const bothSides of [false, true]) {
        for (const cargoToo of [false, true]) {
          for (const narration of [false, true]) if ((!bothSides || both) && (cargoToo || !cargo) && !(narration && spoken)) this.held[slot({ bothSides, cargo: cargoToo, narration })] = this.seen;
        }
      }
      if (both && r.venue !== null) {
        const city = cityId(r.venue, this.places);
        this.bothInCity[0].set(city, this.seen);
        if (!spoken) this.bothInCity[1].set(city, this.seen);
      }
    }
  }
}

function slot({ bothSides, cargo, narration }: HeldKind): number {
  return (narration ? 4 : 0) + (bothSides ? 2 : 0) + (cargo ? 1 : 0);
}
