using Caseload.Domain.Common;
using Caseload.Domain.Courses;
using Caseload.Domain.Teams;

namespace Caseload.Domain.Tests;

public class CourseTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    private static Course NewCourse(Method method = Method.Cti)
        => new(Guid.NewGuid(), Guid.NewGuid(), method, new DateOnly(2026, 11, 1), "worker-a", Now, "leader");

    [Fact]
    public void ReassignKeepsTheHistoryAndFlagsTheNewWorker()
    {
        var course = NewCourse();
        course.MarkSeenBy("worker-a");
        course.Reassign("worker-b", "Mette går på barsel", Now.AddDays(1), "leader");

        course.PrimaryWorkerId.ShouldBe("worker-b");
        course.SeenByPrimaryWorker.ShouldBeFalse();
        course.Assignments.Select(a => (a.FromWorkerId, a.ToWorkerId)).ShouldBe([(null, "worker-a"), ("worker-a", "worker-b")]);
        course.Assignments.Last().Reason.ShouldBe("Mette går på barsel");

        course.MarkSeenBy("someone-else");
        course.SeenByPrimaryWorker.ShouldBeFalse();
        course.MarkSeenBy("worker-b");
        course.SeenByPrimaryWorker.ShouldBeTrue();
    }

    [Fact]
    public void ReassignNeedsAReasonAndANewWorker()
    {
        var course = NewCourse();
        Should.Throw<DomainException>(() => course.Reassign("worker-b", " ", Now, "l")).Message.ShouldBe("Angiv en begrundelse for skiftet.");
        Should.Throw<DomainException>(() => course.Reassign("worker-a", "x", Now, "l")).Message.ShouldBe("Borgeren har allerede denne tovholder.");
    }

    [Fact]
    public void AClosedCourseKeepsItsHistoryAndCannotBeReassigned()
    {
        var course = NewCourse();
        course.Close(new DateOnly(2027, 8, 1), "Forløbet er gennemført");
        course.IsActive.ShouldBeFalse();
        course.Assignments.Count.ShouldBe(1);
        Should.Throw<DomainException>(() => course.Reassign("worker-b", "x", Now, "l"));
        Should.Throw<DomainException>(() => course.Close(new DateOnly(2027, 8, 2), "igen"));
    }

    [Fact]
    public void CannotCloseBeforeItStarted()
        => Should.Throw<DomainException>(() => NewCourse().Close(new DateOnly(2026, 10, 1), "fejl"));

    [Fact]
    public void AttachedDisciplinesAreInvolvedOnce()
    {
        var act = NewCourse(Method.Act);
        act.AttachMember("nurse", "Sygeplejerske");
        act.Involves("nurse").ShouldBeTrue();
        Should.Throw<DomainException>(() => act.AttachMember("nurse", "Sygeplejerske")); // which methods have members: CourseService (ADR 0023)
    }
}
