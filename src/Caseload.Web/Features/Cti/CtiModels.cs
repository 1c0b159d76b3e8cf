using Caseload.Application.Cti;
using Caseload.Application.Courses;
using Caseload.Domain.Cti;

namespace Caseload.Web.Features.Cti;

/// <summary>The Danish address segments of the CTI steps and measurement points.</summary>
public static class CtiSlugs
{
    public static string Of(CtiTransitionKind kind) => kind switch
    {
        CtiTransitionKind.StartPhase1 => "fase-1",
        CtiTransitionKind.IntoPhase2 => "fase-2",
        CtiTransitionKind.IntoPhase3 => "fase-3",
        _ => "afslut",
    };

    public static CtiTransitionKind? Transition(string slug) => slug switch
    {
        "fase-1" => CtiTransitionKind.StartPhase1,
        "fase-2" => CtiTransitionKind.IntoPhase2,
        "fase-3" => CtiTransitionKind.IntoPhase3,
        "afslut" => CtiTransitionKind.Complete,
        _ => null,
    };

    public static string Of(MeasurementPoint point) => point switch
    {
        MeasurementPoint.Start => "start",
        MeasurementPoint.ThreeMonths => "3-maaneder",
        MeasurementPoint.SixMonths => "6-maaneder",
        _ => "slut",
    };

    public static MeasurementPoint? Point(string slug) => slug switch
    {
        "start" => MeasurementPoint.Start,
        "3-maaneder" => MeasurementPoint.ThreeMonths,
        "6-maaneder" => MeasurementPoint.SixMonths,
        "slut" => MeasurementPoint.End,
        _ => null,
    };
}

public sealed record CtiSectionModel(PhaseBoardRow? Course, bool LeadsTeam, Guid CitizenId,
    IReadOnlyList<WorkerOption> Workers, DateOnly Today);

public sealed record TransitionModel(CtiCourseView Course, CtiTransitionKind Kind, TransitionInput Input);

public sealed record InterruptModel(CtiCourseView Course, InterruptInput Input);

public sealed record MeasurementModel(CtiCourseView Course, MeasurementPoint Point, MeasurementInput Input);

public sealed record GoalModel(CtiCourseView Course, GoalInput Input);

public sealed record HandoverModel(CtiCourseView Course, HandoverPlanInput Plan, HandoverMeetingInput Meeting);

public sealed record PhaseBoardModel(PhaseBoardView Board, bool ListView);
