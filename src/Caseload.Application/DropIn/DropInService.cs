using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.DropIn;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.DropIn;

public sealed class CentreInput
{
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? OpeningHours { get; set; }
    public bool ConfidentialRoom { get; set; }
}

public sealed class PresenceInput
{
    public Guid Id { get; set; }
    public DayOfWeek? Day { get; set; }
    public TimeOnly? From { get; set; }
    public TimeOnly? To { get; set; }
    public string? WorkerId { get; set; }
    public string? Role { get; set; }
}

public sealed class ScheduleInput
{
    public CentreInput Centre { get; set; } = new();
    public List<PresenceInput> Presences { get; set; } = [];
    public Guid Version { get; set; }
}

public sealed class AbsenceInput
{
    public string? WorkerId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Reason { get; set; }
}

public sealed class CentreInputValidator : AbstractValidator<CentreInput>
{
    public CentreInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Skriv værestedets navn.")
            .MaximumLength(DropInCentre.NameMaxLength).WithMessage($"Navnet må højst være {DropInCentre.NameMaxLength} tegn.");
        RuleFor(x => x.Address).MaximumLength(DropInCentre.TextMaxLength).WithMessage($"Adressen må højst være {DropInCentre.TextMaxLength} tegn.");
        RuleFor(x => x.OpeningHours).MaximumLength(DropInCentre.TextMaxLength).WithMessage($"Åbningstiderne må højst være {DropInCentre.TextMaxLength} tegn.");
    }
}

public sealed class ScheduleInputValidator : AbstractValidator<ScheduleInput>
{
    public ScheduleInputValidator()
    {
        RuleFor(x => x.Centre).SetValidator(new CentreInputValidator());
        RuleFor(x => x.Presences.Count).LessThanOrEqualTo(DropInCentre.MaxPresences + 5).OverridePropertyName("Presences")
            .WithMessage($"Et værested kan højst have {DropInCentre.MaxPresences} faste tider.");
        RuleForEach(x => x.Presences).ChildRules(p =>
        {
            p.RuleFor(x => x.Role).MaximumLength(DropInCentre.RoleMaxLength).WithMessage($"Rollen må højst være {DropInCentre.RoleMaxLength} tegn.");
            p.RuleFor(x => x.Day).IsInEnum().WithMessage("Vælg en ugedag.");
            p.RuleFor(x => x.From).NotNull().When(x => !string.IsNullOrEmpty(x.WorkerId)).WithMessage("Angiv hvornår medarbejderen kommer.");
            p.RuleFor(x => x.To).NotNull().When(x => !string.IsNullOrEmpty(x.WorkerId)).WithMessage("Angiv hvornår medarbejderen går.");
        });
    }
}

public sealed class AbsenceInputValidator : AbstractValidator<AbsenceInput>
{
    public AbsenceInputValidator()
    {
        RuleFor(x => x.WorkerId).NotEmpty().WithMessage("Vælg medarbejderen.");
        RuleFor(x => x.From).NotNull().WithMessage("Angiv første fraværsdag.").SaneDate();
        RuleFor(x => x.To).NotNull().WithMessage("Angiv sidste fraværsdag.").SaneDate();
        RuleFor(x => x.Reason).MaximumLength(DropInCentre.RoleMaxLength).WithMessage($"Årsagen må højst være {DropInCentre.RoleMaxLength} tegn.");
    }
}

public sealed class ActivityInput
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? When { get; set; }
}

public sealed class SessionInput
{
    public DateOnly? Date { get; set; }
    public int? Attendance { get; set; }
    public string? Note { get; set; }
}

public sealed record CentreListRow(Guid Id, string Name, string? Address, int Presences);

public sealed record CentreView(Guid Id, Guid Version, string Name, string? Address, string? OpeningHours, bool ConfidentialRoom,
    IReadOnlyList<Presence> Presences, IReadOnlyList<Absence> Absences, IReadOnlyList<ScheduleDay> TwoWeeks, IReadOnlyList<TeamContact> Workers, DateOnly Today, IReadOnlyList<GroupActivity> Activities)
{
    public string NameOf(string workerId) => Workers.FirstOrDefault(w => w.UserId == workerId)?.Name ?? "(tidligere medarbejder)";

    /// <summary>The wall schedule shows first names only.</summary>
    public string FirstNameOf(string workerId) => NameOf(workerId).Split(' ', 2)[0];
}

/// <summary>Drop-in centres (domain.md §2.4): the centre, the outreach workers' fixed presence and their absences, and
/// "who is here when" for the next two weeks. Not citizen data: kept by managers and team leaders.</summary>
public sealed class DropInService(ICaseloadDbContext db, IDanishClock clock, CommandRunner commands, IUserDirectory users,
    IValidator<CentreInput> centreValidator, IValidator<ScheduleInput> scheduleValidator, IValidator<AbsenceInput> absenceValidator)
{
    public const int ScheduleDays = 14;
    public const string GoneMessage = "Værestedet findes ikke længere. Genindlæs siden.";

    public async Task<IReadOnlyList<CentreListRow>> ListAsync(CancellationToken ct = default)
        => (await db.DropInCentres.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct))
            .Select(c => new CentreListRow(c.Id, c.Name, c.Address, c.Presences.Count)).ToList();

    public async Task<CentreView?> CentreAsync(OwnRecord<DropInCentre> centre, CancellationToken ct = default)
    {
        var c = await db.DropInCentres.AsNoTracking().FirstOrDefaultAsync(x => x.Id == centre.Id, ct);
        if (c is null) return null;
        var today = clock.Today;
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return new CentreView(c.Id, c.Version, c.Name, c.Address, c.OpeningHours, c.ConfidentialRoom, c.Presences, c.Absences.Where(a => a.To >= today).ToList(),
            c.Schedule(monday, ScheduleDays), await users.AllTeamMembersAsync(ct), today, c.Activities);
    }

    public Task<Result<Guid>> CreateAsync(CentreInput input, CancellationToken ct = default)
        => commands.RunAsync(centreValidator, input, token =>
        {
            var centre = new DropInCentre(input.Name!, input.Address, input.OpeningHours, input.ConfidentialRoom);
            db.DropInCentres.Add(centre);
            return Task.FromResult(Result.Success(centre.Id));
        }, ct);

    public async Task<Result> SaveAsync(OwnRecord<DropInCentre> centre, ScheduleInput input, CancellationToken ct = default)
    {
        var workers = (await users.AllTeamMembersAsync(ct)).Select(w => w.UserId).ToHashSet();
        return await commands.RunAsync(scheduleValidator, input, async token =>
        {
            var c = await db.DropInCentres.FirstOrDefaultAsync(x => x.Id == centre.Id, token);
            if (c is null) return Result.NotFound(GoneMessage);
            commands.Expect(c, input.Version);
            c.Update(input.Centre.Name!, input.Centre.Address, input.Centre.OpeningHours, input.Centre.ConfidentialRoom);
            workers.UnionWith(c.Presences.Select(p => p.WorkerId)); // a worker who has left can stay on the schedule until removed
            c.SetSchedule(input.Presences.Select(p => new Presence(p.Id, p.Day ?? DayOfWeek.Monday, p.From ?? default, p.To ?? default, p.WorkerId ?? "", p.Role ?? "")), workers);
            return Result.Ok;
        }, ct);
    }

    public async Task<Result> AddAbsenceAsync(OwnRecord<DropInCentre> centre, AbsenceInput input, CancellationToken ct = default)
    {
        var workers = (await users.AllTeamMembersAsync(ct)).Select(w => w.UserId).ToHashSet();
        return await commands.RunAsync(absenceValidator, input, async token =>
        {
            var c = await db.DropInCentres.FirstOrDefaultAsync(x => x.Id == centre.Id, token);
            if (c is null) return Result.NotFound(GoneMessage);
            c.AddAbsence(input.WorkerId!, input.From!.Value, input.To!.Value, input.Reason, workers);
            return Result.Ok;
        }, ct);
    }

    public Task<Result> RemoveAbsenceAsync(OwnRecord<DropInCentre> centre, Guid absenceId, CancellationToken ct = default)
        => RunOnAsync(centre.Id, c => c.RemoveAbsence(absenceId), ct);

    public Task<Result> AddActivityAsync(OwnRecord<DropInCentre> centre, ActivityInput input, CancellationToken ct = default)
        => RunOnAsync(centre.Id, c => c.AddActivity(input.Name, input.Description, input.When), ct);

    public Task<Result> AddSessionAsync(OwnRecord<DropInCentre> centre, Guid activityId, SessionInput input, CancellationToken ct = default)
        => RunOnAsync(centre.Id, c => c.AddSession(activityId, input.Date, input.Attendance, input.Note, clock.Today), ct);

    public Task<Result> RemoveSessionAsync(OwnRecord<DropInCentre> centre, Guid activityId, Guid sessionId, CancellationToken ct = default)
        => RunOnAsync(centre.Id, c => c.RemoveSession(activityId, sessionId), ct);

    /// <summary>A small change to one centre (an activity, a session) that cannot clash with the schedule form: no version check.</summary>
    private Task<Result> RunOnAsync(Guid id, Action<DropInCentre> change, CancellationToken ct)
        => commands.RunAsync(async token =>
        {
            var c = await db.DropInCentres.FirstOrDefaultAsync(x => x.Id == id, token);
            if (c is null) return Result.NotFound(GoneMessage);
            change(c);
            return Result.Ok;
        }, ct);
}
