// "Lavrov said he had accepted an invitation to visit Pyongyang, and that he and Ri had discussed …": an invitation
// plans the visit it invites to and nothing else its sentence tells (invitation.ts). A later clause of the same
// sentence whose subject is a pronoun goes on about the person, not about the invitation: it does not take the
// invitation's plan as its referent's role, and is read as any report of its own.
import type { Group, Resolved } from "../mention-types.ts";

/** Whether `referent`, planned only as an invitation or the visit it invites to, is a plan `g` (a pronoun-subject
 * clause of the same sentence) does not share. */
export function invitationPlanApart(g: Group, referent: Resolved): boolean {
  const r = referent.group;
  return (
    referent.role === "planned" &&
    g.pronounSubject &&
    !g.planned &&
    r.sentence === g.sentence &&
    r.hits.some((h) => h.trigger.role === "planned") &&
    r.hits.every((h) => !h.planned || h.trigger.role === "planned" || h.invited)
  );
}
