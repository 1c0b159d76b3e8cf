using Caseload.Domain.Courses;
using Caseload.Domain.Teams;
using Caseload.Infrastructure.Persistence;

namespace Caseload.Infrastructure.ActionPlans;

/// <summary>The ACT engine's demo: courses begun between three weeks and half a year ago (the action plan is among the
/// demo documents).</summary>
internal sealed class DemoAct : Seeding.IDemoEngine
{
    public Method Method => Method.Act;
    public string TeamKey => "act";
    public string TeamName => "ACT-team Solbjerg";

    public DateOnly StartOn(int nth, int index, DateOnly today) => today.AddDays(-20 - (index * 7 % 150));

    public void AddRows(CaseloadDbContext db, Team team, IReadOnlyList<(Course Course, string WorkerId)> courses, DateOnly today, DateTime now, string leaderId)
    {
    }
}
