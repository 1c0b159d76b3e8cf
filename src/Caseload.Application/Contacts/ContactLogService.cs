using Caseload.Application.Common;
using Caseload.Application.Security;
using Caseload.Domain.Common;
using Caseload.Domain.Contacts;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Contacts;

public sealed class ContactInput
{
    /// <summary>Local (Danish) date and time as typed.</summary>
    public DateTime? OccurredAt { get; set; }
    public ContactChannel? Channel { get; set; }
    public bool? Achieved { get; set; }
    public string? Place { get; set; }
    public string? Participants { get; set; }
    public string? Note { get; set; }
}

public sealed class ContactInputValidator : AbstractValidator<ContactInput>
{
    public ContactInputValidator()
    {
        RuleFor(x => x.OccurredAt).NotNull().WithMessage("Angiv dato og tidspunkt for kontakten.");
        RuleFor(x => x.Channel).NotNull().WithMessage("Vælg kontaktform.").IsInEnum().WithMessage("Vælg kontaktform.");
        RuleFor(x => x.Achieved).NotNull().WithMessage("Angiv om der blev opnået kontakt.");
        RuleFor(x => x.Place).MaximumLength(ContactLogEntry.PlaceMaxLength).WithMessage($"Sted må højst være {ContactLogEntry.PlaceMaxLength} tegn.");
        RuleFor(x => x.Participants).MaximumLength(ContactLogEntry.ParticipantsMaxLength).WithMessage($"Deltagere må højst være {ContactLogEntry.ParticipantsMaxLength} tegn.");
        RuleFor(x => x.Note).MaximumLength(ContactLogEntry.NoteMaxLength).WithMessage($"Notatet må højst være {ContactLogEntry.NoteMaxLength} tegn.");
    }
}

public sealed record ContactRow(Guid Id, DateTime OccurredAt, ContactChannel Channel, bool Achieved, string? Place,
    string? Participants, string? Note, string AuthorName);

/// <summary>The contact log (journal) of a citizen, newest first; only for citizens in scope.</summary>
public sealed class ContactLogService(ICaseloadDbContext db, IAccessScope scope, ICurrentUser user, IUserDirectory users, TimeProvider clock)
{
    public const int PageSize = 10;

    /// <summary>Null when the citizen is outside scope.</summary>
    public async Task<Result?> AddAsync(Guid citizenId, ContactInput input, TimeZoneInfo zone, CancellationToken ct = default)
    {
        if (await scope.FindCitizenAsync(citizenId, ct) is null) return null;
        var occurredUtc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(input.OccurredAt!.Value, DateTimeKind.Unspecified), zone);
        try
        {
            db.ContactLog.Add(new ContactLogEntry(citizenId, occurredUtc, input.Channel!.Value, input.Achieved!.Value, input.Place,
                input.Participants, input.Note, user.UserId!, clock.GetUtcNow().UtcDateTime));
        }
        catch (DomainException e)
        {
            return Result.Fail(e.Message, nameof(input.OccurredAt));
        }
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }

    public async Task<Paged<ContactRow>> PageAsync(Guid citizenId, int page, CancellationToken ct = default)
    {
        var query = db.ContactLog.AsNoTracking().Where(c => c.CitizenId == citizenId);
        var total = await query.CountAsync(ct);
        page = Paging.Clamp(page, total, PageSize);
        var rows = await query.OrderByDescending(c => c.OccurredAt).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var names = await users.NamesAsync(rows.Select(r => r.AuthorId), ct);
        return new Paged<ContactRow>(rows.Select(r => new ContactRow(r.Id, r.OccurredAt, r.Channel, r.Achieved, r.Place, r.Participants,
            r.Note, names.GetValueOrDefault(r.AuthorId, "–"))).ToList(), page, PageSize, total);
    }
}
