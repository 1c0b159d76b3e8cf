using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Implementation;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Implementation;

public sealed class DriverInput
{
    public ImplementationDriver Driver { get; set; }
    public string? Strengths { get; set; }
    public string? Weaknesses { get; set; }
    public string? Opportunities { get; set; }
    public string? Threats { get; set; }
    public int? Score { get; set; }
    public string? Justification { get; set; }
}

public sealed class ReadinessInput
{
    public DateOnly? AssessedOn { get; set; }
    public List<DriverInput> Drivers { get; set; } = [];

    /// <summary>A blank form: one row per driver, in the guide's order.</summary>
    public static ReadinessInput Blank(DateOnly today) => new()
    {
        AssessedOn = today, Drivers = [.. Enum.GetValues<ImplementationDriver>().Select(d => new DriverInput { Driver = d })],
    };
}

public sealed class ReadinessInputValidator : AbstractValidator<ReadinessInput>
{
    public ReadinessInputValidator()
    {
        const int text = ReadinessAssessment.TextMaxLength;
        RuleFor(x => x.AssessedOn).NotNull().WithMessage("Angiv datoen for vurderingen.").SaneDate();
        RuleForEach(x => x.Drivers).ChildRules(d =>
        {
            d.RuleFor(x => x.Driver).IsInEnum().WithMessage("Ukendt driver.");
            d.RuleFor(x => x.Score).NotNull().WithMessage(x => $"Giv {x.Driver.Danish().ToLowerInvariant()} en parathed fra 1 til 5.")
                .InclusiveBetween(ReadinessAssessment.MinScore, ReadinessAssessment.MaxScore).WithMessage(x => $"Giv {x.Driver.Danish().ToLowerInvariant()} en parathed fra 1 til 5.");
            foreach (var (f, name) in new (System.Linq.Expressions.Expression<Func<DriverInput, string?>>, string)[]
                     { (x => x.Strengths, "Styrkerne"), (x => x.Weaknesses, "Svaghederne"), (x => x.Opportunities, "Mulighederne"), (x => x.Threats, "Truslerne"), (x => x.Justification, "Begrundelsen") })
                d.RuleFor(f).MaximumLength(text).WithMessage($"{name} må højst være {text} tegn.");
        });
    }
}

public sealed record ReadinessRow(Guid Id, DateOnly AssessedOn, double Average);

/// <summary>The project's assessments, newest first, and the latest beside the one before it.</summary>
public sealed record ReadinessView(ProjectListRow Project, IReadOnlyList<ReadinessRow> Assessments, ReadinessAssessment? Latest, DateOnly? PreviousOn,
    IReadOnlyList<DriverChange> Changes);

/// <summary>Readiness assessments (bilag 1a): dated and repeatable, never edited afterwards — a new one is made instead.</summary>
public sealed class ReadinessService(ICaseloadDbContext db, IDanishClock clock, CommandRunner commands, IValidator<ReadinessInput> validator)
{
    public async Task<ReadinessView?> ForProjectAsync(OwnRecord<ImplementationProject> project, CancellationToken ct = default)
    {
        var row = await db.ImplementationProjects.AsNoTracking().Where(p => p.Id == project.Id)
            .Select(p => new ProjectListRow(p.Id, p.Method, p.Unit, p.Phase, p.PhaseSince)).FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var all = await db.ReadinessAssessments.AsNoTracking().Where(a => a.ProjectId == project.Id)
            .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.CreatedAt).ToListAsync(ct);
        var latest = all.FirstOrDefault();
        var previous = all.Skip(1).FirstOrDefault();
        return new ReadinessView(row, [.. all.Select(a => new ReadinessRow(a.Id, a.AssessedOn, a.Average))], latest, previous?.AssessedOn,
            latest?.ComparedWith(previous) ?? []);
    }

    public Task<Result<Guid>> AddAsync(OwnRecord<ImplementationProject> project, ReadinessInput input, CancellationToken ct = default)
        => commands.RunAsync(validator, input, async token =>
        {
            if (!await db.ImplementationProjects.AnyAsync(p => p.Id == project.Id, token)) return Result.NotFound(ImplementationService.GoneMessage);
            var assessment = new ReadinessAssessment(project.Id, input.AssessedOn!.Value,
                input.Drivers.Select(d => new DriverAssessment(d.Driver, d.Strengths, d.Weaknesses, d.Opportunities, d.Threats, d.Score ?? 0, d.Justification)),
                clock.Today);
            db.ReadinessAssessments.Add(assessment);
            return Result.Success(assessment.Id);
        }, ct);
}
