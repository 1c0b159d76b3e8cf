using Caseload.Application.Common;
using Caseload.Application.Engines;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Outreach;

/// <summary>An outreach course starts when a referral is screened and accepted, and closes on its own page (reason, follow-up).</summary>
public sealed class OutreachCourseGuard(IOutreachDbContext db) : ICourseGuard
{
    public const string StartMessage = "Et forløb i fremskudt sagsbehandling starter, når en henvendelse er screenet og visiteret (Henvendelser).";
    public const string CloseMessage = "Et forløb i fremskudt sagsbehandling afsluttes på forløbets side (med årsag og opfølgningsmøde).";

    public async Task<string?> RefuseCloseAsync(CourseFacts course, CancellationToken ct)
        => course.Method == Method.Outreach && await db.OutreachCases.AnyAsync(c => c.CourseId == course.CourseId, ct) ? CloseMessage : null;
}
