using Caseload.Application.Common;
using Caseload.Application.Security;
using Caseload.Domain.CitizenPortal;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.CitizenPortal;

/// <summary>A comment on one row of one of the citizen's own documents. The row is named by the form, but only a row the
/// citizen's own view shows can be found (ADR 0048): a tampered id finds nothing and changes nothing.</summary>
public sealed record OwnCommentInput(string? Document, string? Row, string? Text);

public sealed class OwnCommentInputValidator : AbstractValidator<OwnCommentInput>
{
    public OwnCommentInputValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Skriv din kommentar.")
            .MaximumLength(CitizenComment.TextMaxLength).WithMessage($"Din kommentar må højst være {CitizenComment.TextMaxLength} tegn.");
    }
}

/// <summary>WHO-5 as the citizen fills it in: five answers 0–5, in the order of <see cref="Domain.Measurements.Who5.Statements"/>.</summary>
public sealed record OwnWho5Input(int?[]? Answers);

public sealed class OwnWho5InputValidator : AbstractValidator<OwnWho5Input>
{
    public const string MissingMessage = "Svar på alle fem spørgsmål.";
    public const string OutOfRangeMessage = "Vælg et af svarene ved hvert spørgsmål.";

    public OwnWho5InputValidator()
    {
        RuleFor(x => x.Answers).Must(a => a is { Length: 5 } && a.All(v => v is not null)).WithMessage(MissingMessage);
        RuleFor(x => x.Answers).Must(a => a!.All(v => v is >= 0 and <= 5)).WithMessage(OutOfRangeMessage)
            .When(x => x.Answers is { Length: 5 } a && a.All(v => v is not null));
    }
}

/// <summary>
/// What the citizen can do on their own view (issue #34 item 3, ADR 0048): comment, confirm, fill in WHO-5, ask for a call. Each
/// takes <see cref="OwnCitizen"/> (the signed-in citizen, never an id from the form) and runs through the command path, so the
/// audit names the citizen as the actor and a failure is a Danish message, never an error page.
/// </summary>
public sealed class CitizenActions(ICaseloadDbContext db, CommandRunner commands, IEnumerable<IOwnDocumentSource> sources,
    IValidator<OwnCommentInput> comments, IValidator<OwnWho5Input> who5, Common.Time.IDanishClock clock)
{
    public const string NotFoundMessage = "Vi kan ikke finde det, du vil skrive om. Gå til Min side og prøv igen.";
    public const string UnknownVersionMessage = "Vi kan ikke finde den udgave, du har læst. Gå til Min side og prøv igen.";
    public const string NewerVersionMessage = "Der er kommet en ny udgave, siden du åbnede siden. Læs den nye udgave, og bekræft igen.";

    public Task<Result> CommentAsync(OwnCitizen me, OwnCommentInput input, CancellationToken ct = default)
        => commands.RunAsync(comments, input, async token =>
        {
            var document = await FindAsync(me, input.Document, token);
            var row = Guid.TryParse(input.Row, out var rowId) ? document?.Rows.FirstOrDefault(r => r.Id == rowId) : null;
            if (document is null || row is null) return Result.NotFound(NotFoundMessage);
            db.CitizenComments.Add(new CitizenComment(me.Id, document.Key, row.Id, document.Version, input.Text!));
            return await ActedAsync(me, token);
        }, ct);

    /// <summary>Confirms the version the citizen read. A newer one since: refused, so a confirmation always names what was read.</summary>
    public Task<Result> ConfirmAsync(OwnCitizen me, string? documentKey, int version, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            var document = await FindAsync(me, documentKey, token);
            if (document is null) return Result.NotFound(NotFoundMessage);
            if (version < 1 || version > document.Version) return Result.Fail(UnknownVersionMessage); // a forged version
            if (document.Version != version) return Result.Fail(NewerVersionMessage);
            if (await db.CitizenConfirmations.AnyAsync(c => c.CitizenId == me.Id && c.DocumentKey == document.Key && c.DocumentVersion == version, token))
                return Result.Ok; // already confirmed: a second tap changes nothing
            db.CitizenConfirmations.Add(new CitizenConfirmation(me.Id, document.Key, version));
            return await ActedAsync(me, token);
        }, ct);

    public Task<Result> ReportWho5Async(OwnCitizen me, OwnWho5Input input, CancellationToken ct = default)
        => commands.RunAsync(who5, input, async token =>
        {
            db.SelfReportedWho5.Add(new SelfReportedWho5(me.Id, [.. input.Answers!.Select(a => a!.Value)]));
            return await ActedAsync(me, token);
        }, ct);

    /// <summary>"Ring til mig": one open request at a time; asking again while it is open changes nothing.</summary>
    public Task<Result> AskForCallAsync(OwnCitizen me, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            if (await db.CallRequests.AnyAsync(r => r.CitizenId == me.Id && r.HandledAt == null, token)) return Result.Ok;
            db.CallRequests.Add(new CallRequest(me.Id));
            return await ActedAsync(me, token);
        }, ct);

    /// <summary>Marks that the citizen has acted (<see cref="CitizenAccess.ActedAt"/>), in the command's transaction. A direct
    /// update: a time stamp for the citizen page, not a change to the access worth an audit row of its own.</summary>
    private async Task<Result> ActedAsync(OwnCitizen me, CancellationToken ct)
    {
        var now = clock.UtcNow;
        await db.CitizenAccesses.Where(a => a.CitizenId == me.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ActedAt, now), ct);
        return Result.Ok;
    }

    private async Task<OwnDocument?> FindAsync(OwnCitizen me, string? key, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(key)) return null;
        foreach (var source in sources)
            if ((await source.ForCitizenAsync(me, ct)).FirstOrDefault(d => d.Key == key) is { } found) return found;
        return null;
    }
}
