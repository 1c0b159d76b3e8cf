using Caseload.Domain.Cti;

namespace Caseload.Application.Cti;

/// <summary>The CTI course filter every query shares, written once (as <c>Active()</c> is for courses).</summary>
public static class CtiQueryExtensions
{
    /// <summary>Courses not yet completed or interrupted (<see cref="CtiStages.IsActive"/>, in a form the database understands).</summary>
    public static IQueryable<CtiCourse> Running(this IQueryable<CtiCourse> courses)
        => courses.Where(c => c.Stage != CtiStage.Completed && c.Stage != CtiStage.Interrupted);
}
