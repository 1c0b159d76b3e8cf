using Caseload.Application.Common;
using Caseload.Application.Engines;
using Caseload.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Cti;

/// <summary>A CTI course starts in the CTI section (contact period, planned move) and ends there (checklist, end measurement).</summary>
public sealed class CtiCourseGuard(ICtiDbContext db) : ICourseGuard
{
    public const string StartMessage = "Et CTI-forløb startes i CTI-afsnittet med kontaktskabelse og planlagt indflytning.";
    public const string CloseMessage = "Et CTI-forløb afsluttes som gennemført eller afbrudt på CTI-forløbets side (med tjekliste og slutmåling).";

    public async Task<string?> RefuseCloseAsync(CourseFacts course, CancellationToken ct)
        => course.Method == Method.Cti && await db.CtiCourses.AnyAsync(c => c.CourseId == course.CourseId, ct) ? CloseMessage : null;
}
