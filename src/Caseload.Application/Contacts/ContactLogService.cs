using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Contacts;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Contacts;

public sealed class ContactInput
{
    /// <summary>Danish local date and time as typed.</summary>
    public DateTime? OccurredAt { get; set; }
    public ContactChannel? Channel { get; set; }
    public bool? Achieved { get; set; }
    public string? Place { get; set; }
    public string? Participants { get; set; }
    public string? Note { get; set; }
    /// <summary>Minutes (DACTS S4), optional.</summary>
    public int? DurationMinutes { get; set; }
    /// <summary>Persons from the citizen's network took part (DACTS S6).</summary>
    public bool NetworkTookPart { get; set; }
    /// <summary>Other team members present besides the author (DACTS H2).</summary>
    public List<string> WorkersPresent { get; set; } = [];
}

public sealed class ContactInputValidator : AbstractValidator<ContactInput>
{
    public ContactInputValidator()
    {
        RuleFor(x => x.OccurredAt).NotNull().WithMessage("Angiv dato og tidspunkt for kontakten.")
            .Must(d => d is null || DateRules.IsSane(d.Value)).WithMessage(DateRules.OutOfRangeMessage)
            .Must(d => d is null || !DateRules.IsInDaylightSavingGap(d.Value)).WithMessage(DateRules.DaylightSavingGapMessage);
        RuleFor(x => x.Channel).NotNull().WithMessage("Vælg kontaktform.").IsInEnum().WithMessage("Vælg kontaktform.");
        RuleFor(x => x.Achieved).NotNull().WithMessage("Angiv om der blev opnået kontakt.");
        RuleFor(x => x.Place).MaximumLength(ContactLogEntry.PlaceMaxLength).WithMessage($"Sted må højst være {ContactLogEntry.PlaceMaxLength} tegn.");
        RuleFor(x => x.Participants).MaximumLength(ContactLogEntry.ParticipantsMaxLength).WithMessage($"Deltagere må højst være {ContactLogEntry.ParticipantsMaxLength} tegn.");
        RuleFor(x => x.DurationMinutes).InclusiveBetween(ContactLogEntry.MinDuration, ContactLogEntry.MaxDuration)
            .WithMessage(ContactLogEntry.DurationMessage);
        RuleFor(x => x.WorkersPresent.Count).LessThanOrEqualTo(ContactLogEntry.MaxWorkersPresent).OverridePropertyName(nameof(ContactInput.WorkersPresent))
            .WithMessage($"Vælg højst {ContactLogEntry.MaxWorkersPresent} medarbejdere.");
        RuleFor(x => x.Note).MaximumLength(ContactLogEntry.NoteMaxLength).WithMessage($"Notatet må højst være {ContactLogEntry.NoteMaxLength} tegn.");
    }
}

public sealed record ContactRow(Guid Id, DateTime OccurredAt, ContactChannel Channel, bool Achieved, string? Place,
    string? Participants, string? Note, string AuthorName, int? DurationMinutes = null, bool NetworkTookPart = false,
    IReadOnlyList<string>? WorkersPresent = null);

/// <summary>The contact log (journal) of a citizen, newest first; only for citizens in scope.</summary>
public sealed class ContactLogService(ICaseloadDbContext db, ICurrentUser user, IUserDirectory users, IDanishClock clock,
    CommandRunner commands, IValidator<ContactInput> validator)
{
    public const int PageSize = 10;

    public Task<Result> AddAsync(ScopedCitizen citizen, ContactInput input, CancellationToken ct = default)
        => commands.RunAsync(validator, input, async token =>
        {
            if (!DanishTime.TryToUtc(input.OccurredAt!.Value, out var occurredUtc))
                return Result.Fail(DateRules.DaylightSavingGapMessage, nameof(input.OccurredAt));
            // Only active members of the citizen's team can be recorded as present: the form offers no one else.
            var present = input.WorkersPresent.Where(w => !string.IsNullOrWhiteSpace(w)).Distinct().ToList();
            if (present.Count > 0)
            {
                var team = (await users.TeamContactsAsync(citizen.TeamId, token)).Select(t => t.UserId).ToHashSet();
                if (present.Any(w => !team.Contains(w)))
                    return Result.Fail("Vælg kun medarbejdere fra borgerens team.", nameof(input.WorkersPresent));
            }
            var entry = new ContactLogEntry(citizen.Id, occurredUtc, input.Channel!.Value, input.Achieved!.Value, input.Place,
                input.Participants, input.Note, user.UserId!, clock.UtcNow, input.DurationMinutes, input.NetworkTookPart, present);
            db.ContactLog.Add(entry);
            await LastContactSummary.RecordAsync(db, entry, token);
            return Result.Ok;
        }, ct);

    /// <summary>A new, empty contact form: now, Danish time.</summary>
    public ContactInput NewInput() => new() { OccurredAt = clock.LocalNowToMinute };

    public async Task<Paged<ContactRow>> PageAsync(ScopedCitizen citizen, int page, CancellationToken ct = default)
        => (await SectionAsync(citizen, page, ct)).Contacts;

    /// <summary>The page of contacts and the colleagues the form offers as present. The team's members name most
    /// authors too, so the directory is asked again only for an author outside the team (a flat query count).</summary>
    public async Task<(Paged<ContactRow> Contacts, IReadOnlyList<TeamContact> Colleagues)> SectionAsync(ScopedCitizen citizen, int page, CancellationToken ct = default)
    {
        // The contact log paged by itself (its count a column of the same command, Paging): a page as a subquery of the
        // citizen's row becomes ROW_NUMBER() over the whole contact log (EF Core's translation of Skip/Take in a projection).
        var rows = await db.ContactLog.AsNoTracking().Where(c => c.CitizenId == citizen.Id)
            .OrderByDescending(c => c.OccurredAt).ToPagedAsync(page, PageSize, ct);
        var team = await users.TeamContactsAsync(citizen.TeamId, ct);
        var names = team.ToDictionary(t => t.UserId, t => t.Name);
        var missing = rows.Items.SelectMany(r => r.Workers).Where(id => !names.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
            foreach (var (id, name) in await users.NamesAsync(missing, ct)) names[id] = name;
        var contacts = rows.Map(r => new ContactRow(r.Id, r.OccurredAt, r.Channel, r.Achieved, r.Place, r.Participants,
            r.Note, names.GetValueOrDefault(r.AuthorId, "–"), r.DurationMinutes, r.NetworkTookPart,
            r.WorkersPresent.Select(w => names.GetValueOrDefault(w.UserId, "–")).ToList()));
        return (contacts, team.Where(t => t.UserId != user.UserId).ToList());
    }
}
