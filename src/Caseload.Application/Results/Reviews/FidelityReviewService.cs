using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Results;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Results.Reviews;

public sealed record FidelityReviewRow(Guid Id, Guid TeamId, string TeamName, DateOnly ReviewedOn, DateOnly PeriodFrom, DateOnly PeriodTo,
    int Total, int Scored, double? Mean);

/// <summary>The reviews the user may read for one scale, newest first, and the teams the user may start one for.</summary>
public sealed record FidelityReviewList(IFidelityReviewScale Scale, IReadOnlyList<ResultsTeam> Teams, IReadOnlyList<Guid> LedTeams,
    IReadOnlyList<FidelityReviewRow> Reviews);

/// <summary>The form of a new review: the computed items as they are now (locked), the items to score, and the latest
/// review it will be compared with.</summary>
public sealed record FidelityReviewForm(IFidelityReviewScale Scale, ResultsTeam Team, ResultsPeriod Period,
    IReadOnlyList<ComputedReviewItem> Computed, FidelityReview? Latest);

/// <summary>One saved review beside the one before it, and the team's other reviews.</summary>
public sealed record FidelityReviewView(IFidelityReviewScale Scale, FidelityReview Review, string TeamName, FidelityReview? Previous,
    IReadOnlyList<FidelityReviewChange> Changes, IReadOnlyList<FidelityReviewRow> History, bool MayStart);

/// <summary>
/// Fidelity reviews (issue #29 item 5, ADR 0055): a team leader of the team makes one; managers and the team's leaders read
/// them. The computed items are taken from the engine's report when the review is saved, never from the form, so they
/// cannot be edited; a saved review is never changed — the next one is compared with it.
/// </summary>
public sealed class FidelityReviewService(ICaseloadDbContext db, IDanishClock clock, CommandRunner commands,
    IValidator<FidelityReviewInput> validator, IEnumerable<IFidelityReviewScale> scales, IAccessScope scope)
{
    public const string GoneMessage = "Teamet findes ikke længere.";
    public const string MissingItemsMessage = "Giv alle punkter, som data ikke kan vise, en score fra 1 til 5.";

    /// <summary>The scale registered under <paramref name="key"/>; null (404) when no engine registers one.</summary>
    public IFidelityReviewScale? Scale(string key) => scales.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.Ordinal));

    public async Task<FidelityReviewList?> ListAsync(IFidelityReviewScale scale, ResultsTeams teams, CancellationToken ct = default)
    {
        var shown = await scale.TeamsAsync(teams.Selected is { } one ? [one] : teams.Allowed, ct);
        if (shown.Count == 0) return null;
        var led = new List<Guid>();
        foreach (var t in shown)
            if (await scope.LedTeamAsync(t.Id, ct) is not null) led.Add(t.Id);
        return new FidelityReviewList(scale, shown, led, await RowsAsync(scale, shown, ct));
    }

    public async Task<FidelityReviewForm?> FormAsync(IFidelityReviewScale scale, LedTeam team, ResultsPeriod period, CancellationToken ct = default)
    {
        if (await scale.TeamsAsync([team.Id], ct) is not [var t, ..]) return null;
        var latest = await LatestAsync(scale, team.Id, ct);
        return new FidelityReviewForm(scale, t, period, await scale.ComputeAsync(team, period, ct), latest);
    }

    public static ResultsPeriod DefaultPeriod(DateOnly today) => ResultsPeriod.LastTwelveMonths(today);

    public DateOnly Today => clock.Today;

    public Task<Result<Guid>> AddAsync(IFidelityReviewScale scale, LedTeam team, FidelityReviewInput input, CancellationToken ct = default)
        => commands.RunAsync(validator, input, async token =>
        {
            if ((await scale.TeamsAsync([team.Id], token)).Count == 0) return Result.NotFound(GoneMessage);
            // The form said which review it follows; if another has been saved since, this one would be compared with the wrong one.
            var latest = await LatestAsync(scale, team.Id, token);
            if (latest?.Version != input.Version) return Result.Conflict();
            if (ResultsPeriod.Parse(input.PeriodFrom, input.PeriodTo, clock.Today) is not { } period)
                return Result.Fail(ResultsPeriod.InvalidMessage, nameof(FidelityReviewInput.PeriodFrom));
            var manual = new List<FidelityReviewItem>();
            foreach (var item in scale.ManualItems)
            {
                var given = input.Items.FirstOrDefault(i => i.Code == item.Code);
                if (given?.Score is not { } score) return Result.Fail(MissingItemsMessage, nameof(FidelityReviewInput.Items));
                manual.Add(new FidelityReviewItem(item.Code, item.Name, false, score, null, given.Note));
            }
            var computed = (await scale.ComputeAsync(team, period, token))
                .Select(c => new FidelityReviewItem(c.Code, c.Name, true, c.Score, c.Value, null));
            var review = new FidelityReview(team.Id, scale.Key, period.From, period.To, clock.Today, Ordered(computed.Concat(manual)));
            db.FidelityReviews.Add(review);
            return Result.Success(review.Id);
        }, ct);

    /// <summary>The review of the team in <paramref name="teams"/> (a manager any team, a leader the led ones); null otherwise (404).</summary>
    public async Task<FidelityReviewView?> GetAsync(IFidelityReviewScale scale, ResultsTeams teams, Guid reviewId, CancellationToken ct = default)
    {
        var review = await db.FidelityReviews.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reviewId && r.Scale == scale.Key, ct);
        // The address names the team (a handle from the scope); the review must be that team's.
        if (review is null || review.TeamId != teams.Selected || (teams.Allowed is { } allowed && !allowed.Contains(review.TeamId))) return null;
        if (await scale.TeamsAsync([review.TeamId], ct) is not [var team, ..]) return null;
        var all = await db.FidelityReviews.AsNoTracking().Where(r => r.TeamId == review.TeamId && r.Scale == scale.Key)
            .OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.CreatedAt).ToListAsync(ct);
        var previous = all.SkipWhile(r => r.Id != review.Id).Skip(1).FirstOrDefault();
        return new FidelityReviewView(scale, review, team.Name, previous, review.ComparedWith(previous),
            [.. all.Select(r => Row(r, team.Name))], await scope.LedTeamAsync(review.TeamId, ct) is not null);
    }

    private async Task<FidelityReview?> LatestAsync(IFidelityReviewScale scale, Guid team, CancellationToken ct)
        => await db.FidelityReviews.AsNoTracking().Where(r => r.TeamId == team && r.Scale == scale.Key)
            .OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.CreatedAt).FirstOrDefaultAsync(ct);

    private async Task<IReadOnlyList<FidelityReviewRow>> RowsAsync(IFidelityReviewScale scale, IReadOnlyList<ResultsTeam> teams, CancellationToken ct)
    {
        var ids = teams.Select(t => t.Id).ToList();
        var names = teams.ToDictionary(t => t.Id, t => t.Name);
        var reviews = await db.FidelityReviews.AsNoTracking().Where(r => r.Scale == scale.Key && ids.Contains(r.TeamId))
            .OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.CreatedAt).ToListAsync(ct);
        return [.. reviews.Select(r => Row(r, names[r.TeamId]))];
    }

    private static FidelityReviewRow Row(FidelityReview r, string team)
        => new(r.Id, r.TeamId, team, r.ReviewedOn, r.PeriodFrom, r.PeriodTo, r.Total, r.Scored, r.Mean);

    /// <summary>The scale's own order (the item codes: H1…H11, O1…, S1…), computed and entered items mixed as on the paper form.</summary>
    private static IEnumerable<FidelityReviewItem> Ordered(IEnumerable<FidelityReviewItem> items)
        => items.OrderBy(i => i.Code[0]).ThenBy(i => int.TryParse(i.Code.AsSpan(1), out var n) ? n : 0);
}
