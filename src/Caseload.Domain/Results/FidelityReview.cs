using System.Text.Json;
using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.Results;

/// <summary>One item of a fidelity review: either computed from the data when the review was made (score and value
/// as the results page showed them, locked) or entered by the team leader (score 1–5 and a note).</summary>
public sealed record FidelityReviewItem(string Code, string Name, bool Computed, int? Score, string? Value, string? Note);

/// <summary>How an item's score moved since the previous review (null where either review has no score).</summary>
public sealed record FidelityReviewChange(FidelityReviewItem Item, int? Before)
{
    public int? Change => Before is { } b && Item.Score is { } now ? now - b : null;
}

/// <summary>
/// A fidelity review (metodetroskabsvurdering, issue #29 item 5) of one team on a method's scale (ACT: DACTS) for a
/// period: the computed items copied from the fidelity report at that moment and the items no data can show, scored by
/// the team leader. Dated and never changed afterwards — a new review is made instead, and compared with the one before
/// (like the readiness assessment), so the history of what the team was told cannot be rewritten (ADR 0055).
/// Counts and scores only: no citizen is named.
/// </summary>
[AuditedAs(AuditNames.FidelityReview, "Metodetroskabsvurdering")]
public class FidelityReview : Entity, IAudited
{
    public const int NoteMaxLength = 1000;
    public const int ScaleMaxLength = 20;
    public const int MinScore = 1;
    public const int MaxScore = 5;

    private FidelityReview() { Scale = ""; ItemsJson = "[]"; }

    public FidelityReview(Guid teamId, string scale, DateOnly periodFrom, DateOnly periodTo, DateOnly reviewedOn, IEnumerable<FidelityReviewItem> items)
    {
        if (periodTo < periodFrom) throw new DomainException("Periodens slutdato skal ligge efter startdatoen.", nameof(PeriodTo));
        if (periodTo > reviewedOn) throw new DomainException("Perioden kan ikke slutte i fremtiden.", nameof(PeriodTo));
        TeamId = teamId;
        Scale = scale;
        PeriodFrom = periodFrom;
        PeriodTo = periodTo;
        ReviewedOn = reviewedOn;
        var list = items.ToList();
        if (list.Count == 0 || list.Select(i => i.Code).Distinct().Count() != list.Count)
            throw new DomainException("Vurderingen skal have skalaens punkter, hvert én gang.", "Items");
        foreach (var i in list.Where(i => !i.Computed))
            if (i.Score is not (>= MinScore and <= MaxScore))
                throw new DomainException($"Giv {i.Code} {i.Name.ToLowerInvariant()} en score fra {MinScore} til {MaxScore}.", "Items");
        ItemsJson = JsonSerializer.Serialize(list.Select(i => i.Computed ? i with { Note = null }
            : i with { Value = null, Note = Text.Optional(i.Note, NoteMaxLength, "Items", $"Noten til {i.Code}") }));
    }

    public Guid TeamId { get; private set; }
    /// <summary>The scale's key, as the engine registers it (ACT: "act").</summary>
    public string Scale { get; private set; }
    public DateOnly PeriodFrom { get; private set; }
    public DateOnly PeriodTo { get; private set; }
    public DateOnly ReviewedOn { get; private set; }
    public string ItemsJson { get; private set; }

    public IReadOnlyList<FidelityReviewItem> Items => JsonRows.Read<FidelityReviewItem>(ItemsJson);

    /// <summary>The items with a score: a computed item built on fewer than five citizens, or without data, has none.</summary>
    public int Scored => Items.Count(i => i.Score is not null);
    public int Total => Items.Sum(i => i.Score ?? 0);
    public double? Mean => Scored == 0 ? null : Items.Where(i => i.Score is not null).Average(i => i.Score!.Value);

    /// <summary>Each item beside the same item in <paramref name="previous"/> (none before the first review).</summary>
    public IReadOnlyList<FidelityReviewChange> ComparedWith(FidelityReview? previous)
        => [.. Items.Select(i => new FidelityReviewChange(i, previous?.Items.FirstOrDefault(p => p.Code == i.Code)?.Score))];
}
