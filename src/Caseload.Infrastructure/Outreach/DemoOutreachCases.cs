using Caseload.Domain.Citizens;
using Caseload.Domain.Courses;
using Caseload.Domain.Outreach;
using Caseload.Domain.Teams;

namespace Caseload.Infrastructure.Outreach;

/// <summary>
/// The demo outreach data (issue #12): one accepted referral and case per outreach citizen, in every state — just
/// allocated, no contact after two failed attempts (overdue, with the next-step advice), first meeting overdue, a
/// running case with consent and external information, minutes overdue, a full case with an ordinary caseworker,
/// closed with the follow-up window open, closed recently — and three referrals without a course: received (no CPR
/// yet), screened awaiting the decision, and declined. Every date counts back from today, so the demo works on
/// any day; everything is built through the domain's own methods.
/// </summary>
internal static class DemoOutreachCases
{
    private enum Scenario { JustAllocated, NoContactYet, FirstMeetingOverdue, Running, MinutesOverdue, WithCaseworker, ClosedFollowUpDue, ClosedRecently }

    private static Scenario Of(int index) => (Scenario)(index % 8);

    /// <summary>The day the referral was accepted and the worker allocated (the course's start).</summary>
    public static DateOnly AllocatedOn(int index, DateOnly today) => Of(index) switch
    {
        Scenario.JustAllocated => today.AddDays(-1),
        Scenario.NoContactYet => today.AddDays(-9),
        Scenario.FirstMeetingOverdue => today.AddDays(-16),
        Scenario.Running => today.AddDays(-12),
        Scenario.MinutesOverdue => today.AddDays(-40),
        Scenario.WithCaseworker => today.AddDays(-75),
        Scenario.ClosedFollowUpDue => today.AddMonths(-7),
        _ => today.AddMonths(-3),
    };

    private static readonly (ReferralSource Source, string Name, string Concern)[] Referrers =
    [
        (ReferralSource.HousingAssociation, "Boligselskabet Solhaven, varmemester", "Huslejen er ikke betalt i tre måneder, og naboerne klager over lugt fra lejligheden."),
        (ReferralSource.Relative, "Søster", "Bror svarer ikke på telefon og er holdt op med at komme til familiemiddage."),
        (ReferralSource.GeneralPractitioner, "Lægehuset Torvet", "Udebliver fra aftaler og får ikke sin medicin fornyet."),
        (ReferralSource.Police, "Nærpolitiet Solbjerg", "Flere henvendelser fra naboer om råben om natten; virker forvirret."),
        (ReferralSource.JobCentre, "Jobcenter Solbjerg", "Er udeblevet fra samtaler; risikerer at miste sin ydelse."),
        (ReferralSource.BailiffCourt, "Fogedretten", "Sag om udsættelse af lejemål; borgeren har ikke reageret på breve."),
        (ReferralSource.Neighbour, "Nabo", "Har ikke set borgeren i ugevis; postkassen flyder over."),
        (ReferralSource.HospitalPsychiatry, "Distriktspsykiatrien", "Udskrevet uden fast kontakt; har brug for hjælp til at komme i gang igen."),
    ];

    public static (Referral Referral, OutreachCase Case) Build(Course course, int index, DateOnly today, string worker, string leader)
    {
        var s = Of(index);
        var allocated = course.StartDate;
        var (source, name, concern) = Referrers[index % Referrers.Length];
        var referral = new Referral(course.CitizenId, course.TeamId, allocated.AddDays(-3), source, name, "Tlf. 70 10 20 30", concern, "Frida Sørensen", today);
        referral.Screen(["1.1", "1.2", "b2", "c1", "d1"], null, "Fremskudt sagsbehandling", allocated.AddDays(-2), today, leader);
        referral.Accept(course.Id, allocated, today, leader);
        var c = new OutreachCase(course, referral);
        DateOnly D(int daysAfterAllocation) => Min(allocated.AddDays(daysAfterAllocation), today);

        switch (s)
        {
            case Scenario.JustAllocated:
                break;
            case Scenario.NoContactYet:
                c.AddContactAttempt(D(1), AttemptChannel.Phone, AttemptOutcome.NoAnswer, null, today, worker);
                c.AddContactAttempt(D(3), AttemptChannel.Visit, AttemptOutcome.DoorNotOpened, "Lagde en seddel i postkassen.", today, worker);
                c.AddContactAttempt(D(5), AttemptChannel.Letter, AttemptOutcome.NoAnswer, "Brev i neutral kuvert.", today, worker);
                break;
            case Scenario.FirstMeetingOverdue:
                c.AddContactAttempt(D(1), AttemptChannel.Phone, AttemptOutcome.NoAnswer, null, today, worker);
                c.AddContactAttempt(D(2), AttemptChannel.Visit, AttemptOutcome.Reached, "Borgeren vil gerne mødes på værestedet.", today, worker);
                break;
            default:
                c.AddContactAttempt(D(1), AttemptChannel.Visit, AttemptOutcome.Reached, "Borgeren åbnede døren.", today, worker);
                c.Record(OutreachEvent.InternalInformation, D(2), "Tidligere sager i jobcenter og ydelseskontor gennemgået.", null, today, worker);
                c.Record(OutreachEvent.FirstMeeting, D(4), "Møde i borgerens hjem. Samarbejdsaftale påbegyndt.", null, today, worker);
                c.AddConsent("Helbred, økonomi og bolig", "Egen læge\nBoligselskabet\nJobcenter Solbjerg", D(4), D(4).AddYears(1), today);
                c.Record(OutreachEvent.ExternalInformation, D(5), "Oplysninger om medicin.", "Egen læge", today, worker);
                if (s == Scenario.Running)
                {
                    c.SetCoordinatingMeetingNeed(CoordinatingMeetingNeed.WithExternalPartners);
                    break;
                }
                c.Record(OutreachEvent.AdviceGiven, D(5), "Vejledt om boligstøtte og afdragsordning.", null, today, worker);
                c.SetCoordinatingMeetingNeed(CoordinatingMeetingNeed.Internal);
                c.Record(OutreachEvent.CoordinatingMeetingCalled, D(6), "Udrettedagsorden lavet med borgeren.", null, today, worker);
                c.Record(OutreachEvent.CoordinatingMeetingHeld, D(9), "Deltagere: borgeren, jobcenter, bostøtte.", null, today, worker);
                if (s == Scenario.MinutesOverdue) break;
                c.Record(OutreachEvent.MinutesSent, D(12), null, null, today, worker);
                c.Record(OutreachEvent.NeedsAssessmentDone, D(25), null, null, today, worker);
                c.AssignCaseworker("Birgit Holm", "Voksenafdelingen, Myndighed", D(26), today);
                c.AgreeHandover("Fremskudt sagsbehandling holder kontakten, til borgeren er faldet til i bostøtten.", D(60));
                c.Record(OutreachEvent.FollowUpMeeting, D(40), "Aftaler gennemgået med borgeren.", null, today, worker);
                c.Record(OutreachEvent.AgreementsFollowedUp, D(55), null, null, today, worker);
                if (s == Scenario.WithCaseworker) break;
                c.Close(s == Scenario.ClosedFollowUpDue ? OutreachClosureReason.FutureCourseArranged : OutreachClosureReason.NoFurtherNeed,
                    s == Scenario.ClosedFollowUpDue ? today.AddMonths(-4) : today.AddDays(-10), null, today, worker);
                course.Close(c.ClosedOn!.Value, $"Fremskudt sagsbehandling afsluttet: {c.ClosureReason!.Value.Danish()}.");
                break;
        }
        return (referral, c);
    }

    /// <summary>The three referrals without a course: received (no CPR yet), screened awaiting the decision, declined.</summary>
    public static IEnumerable<(Citizen Citizen, Referral Referral)> OpenAndDeclined(Team team, DateOnly today, string leader)
    {
        var unknown = new Citizen("Ukendt mand, Granvej 14", null, team.Id);
        unknown.UpdateContact("Granvej 14, st. th., 8000 Solbjerg", false, null, null, null);
        yield return (unknown, new Referral(unknown.Id, team.Id, today.AddDays(-1), ReferralSource.Neighbour, "Nabo (anonym)", null,
            "Manden i stuelejligheden har ikke været ude i flere uger, og der lugter fra opgangen.", "Frida Sørensen", today));

        var screened = new Citizen("Lone Brandt", CprNumber.Parse("150488-2468"), team.Id);
        var waiting = new Referral(screened.Id, team.Id, today.AddDays(-4), ReferralSource.HousingAssociation, "Boligselskabet Solhaven",
            "Tlf. 70 10 20 30", "Risiko for udsættelse; reagerer ikke på breve.", "Peter Lund", today);
        waiting.Screen(["1.2", "b3", "c3"], null, "Fremskudt sagsbehandling", today.AddDays(-2), today, leader);
        yield return (screened, waiting);

        var declined = new Citizen("Morten Winther", CprNumber.Parse("030370-1357"), team.Id);
        var no = new Referral(declined.Id, team.Id, today.AddDays(-20), ReferralSource.OtherDepartment, "Ældreområdet", null,
            "Ønsker hjælp til at søge hjemmehjælp.", "Hanne Vestergaard", today);
        no.Screen(["a1"], null, null, today.AddDays(-18), today, leader);
        no.Decline("Borgeren søger selv hjælp og er ikke i målgruppen. Henvendelsen går tilbage til Ældreområdet med råd om visitation til hjemmehjælp.",
            today.AddDays(-17), today, leader);
        yield return (declined, no);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

/// <summary>The outreach engine's demo: referrals and cases in every state, plus open and declined referrals.</summary>
internal sealed class DemoOutreach : Seeding.IDemoEngine
{
    public Method Method => Method.Outreach;
    public string TeamKey => "fs";
    public string TeamName => "Fremskudt sagsbehandling Solbjerg";

    public DateOnly StartOn(int nth, int index, DateOnly today) => DemoOutreachCases.AllocatedOn(nth, today);

    public void AddRows(Persistence.CaseloadDbContext db, Team team, IReadOnlyList<(Course Course, string WorkerId)> courses,
        DateOnly today, DateTime now, string leaderId)
    {
        for (var i = 0; i < courses.Count; i++)
        {
            var (referral, outreach) = DemoOutreachCases.Build(courses[i].Course, i, today, courses[i].WorkerId, leaderId);
            db.Referrals.Add(referral);
            db.OutreachCases.Add(outreach);
        }
        foreach (var (citizen, referral) in DemoOutreachCases.OpenAndDeclined(team, today, leaderId))
        {
            db.Citizens.Add(citizen);
            db.Referrals.Add(referral);
        }
    }
}
