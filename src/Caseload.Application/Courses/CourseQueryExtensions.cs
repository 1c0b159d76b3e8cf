using Caseload.Domain.Courses;

namespace Caseload.Application.Courses;

/// <summary>The course filters every feature shares, written once.</summary>
public static class CourseQueryExtensions
{
    public static IQueryable<Course> Active(this IQueryable<Course> courses)
        => courses.Where(c => c.Status == CourseStatus.Active);

    /// <summary>Courses where the user is primary worker or an attached member.</summary>
    public static IQueryable<Course> InvolvingUser(this IQueryable<Course> courses, string userId)
        => courses.Where(c => c.PrimaryWorkerId == userId || c.Members.Any(m => m.UserId == userId));
}
