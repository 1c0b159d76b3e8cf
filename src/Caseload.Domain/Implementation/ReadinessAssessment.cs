using System.Text.Json;
using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.Implementation;

/// <summary>The five implementation drivers the readiness assessment goes through (bilag 1a).</summary>
public enum ImplementationDriver
{
    Intervention,
    Organisation,
    Leadership,
    People,
    Context,
}

/// <summary>One driver assessed: strengths, weaknesses, opportunities, threats, and readiness 1–5 with a short justification.</summary>
public sealed record DriverAssessment(ImplementationDriver Driver, string? Strengths, string? Weaknesses, string? Opportunities, string? Threats,
    int Score, string? Justification);

/// <summary>How a driver's readiness moved since the previous assessment.</summary>
public sealed record DriverChange(ImplementationDriver Driver, int? Before, int Now)
{
    public int? Change => Before is { } b ? Now - b : null;
}

/// <summary>
/// A readiness assessment (parathedsvurdering, ACT implementation guide bilag 1a) of an implementation project: each of the
/// five drivers with SWOT and a readiness score 1–5. Dated and repeatable; the latest is compared with the one before.
/// </summary>
[AuditedAs(AuditNames.ReadinessAssessment, "Parathedsvurdering")]
public class ReadinessAssessment : Entity, IAudited
{
    public const int TextMaxLength = 2000;
    public const int MinScore = 1;
    public const int MaxScore = 5;

    private ReadinessAssessment() { DriversJson = "[]"; }

    public ReadinessAssessment(Guid projectId, DateOnly assessedOn, IEnumerable<DriverAssessment> drivers, DateOnly today)
    {
        ProjectId = projectId;
        if (assessedOn > today) throw new DomainException("Vurderingen kan ikke ligge i fremtiden.", nameof(AssessedOn));
        AssessedOn = assessedOn;
        var list = drivers.ToList();
        if (list.Select(d => d.Driver).Order().SequenceEqual(Enum.GetValues<ImplementationDriver>()) is false)
            throw new DomainException("Vurdér alle fem drivere: intervention, organisation, ledelse, medarbejdere og kontekst.", "Drivers");
        foreach (var d in list)
            if (d.Score is < MinScore or > MaxScore)
                throw new DomainException($"Giv {d.Driver.Danish().ToLowerInvariant()} en parathed fra {MinScore} til {MaxScore}.", "Drivers");
        DriversJson = JsonSerializer.Serialize(list.OrderBy(d => d.Driver).Select(d => d with
        {
            Strengths = Text.Optional(d.Strengths, TextMaxLength, "Drivers", "Styrkerne"),
            Weaknesses = Text.Optional(d.Weaknesses, TextMaxLength, "Drivers", "Svaghederne"),
            Opportunities = Text.Optional(d.Opportunities, TextMaxLength, "Drivers", "Mulighederne"),
            Threats = Text.Optional(d.Threats, TextMaxLength, "Drivers", "Truslerne"),
            Justification = Text.Optional(d.Justification, TextMaxLength, "Drivers", "Begrundelsen"),
        }));
    }

    public Guid ProjectId { get; private set; }
    public DateOnly AssessedOn { get; private set; }
    public string DriversJson { get; private set; }

    public IReadOnlyList<DriverAssessment> Drivers => JsonRows.Read<DriverAssessment>(DriversJson);

    public double Average => Drivers.Count == 0 ? 0 : Drivers.Average(d => d.Score);

    /// <summary>Each driver's score now beside the one in <paramref name="previous"/> (none before the first assessment).</summary>
    public IReadOnlyList<DriverChange> ComparedWith(ReadinessAssessment? previous)
        => [.. Drivers.Select(d => new DriverChange(d.Driver, previous?.Drivers.FirstOrDefault(p => p.Driver == d.Driver)?.Score, d.Score))];
}

public static class ImplementationDriverNames
{
    public static string Danish(this ImplementationDriver d) => d switch
    {
        ImplementationDriver.Intervention => "Interventionen",
        ImplementationDriver.Organisation => "Organisationen",
        ImplementationDriver.Leadership => "Ledelsen",
        ImplementationDriver.People => "Medarbejderne",
        ImplementationDriver.Context => "Konteksten",
        _ => d.ToString(),
    };
}
