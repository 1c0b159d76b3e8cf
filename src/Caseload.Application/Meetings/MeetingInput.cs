using Caseload.Application.Common.Time;
using Caseload.Domain.Meetings;
using FluentValidation;

namespace Caseload.Application.Meetings;

public sealed class ParticipantInput
{
    public Guid Id { get; set; }
    public string? Name { get; set; }
    public string? Role { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public bool SentApologies { get; set; }
}

/// <summary>An agenda point as the form gives it; <see cref="Number"/> places it (a new point numbered 5 goes before the old 5).</summary>
public sealed class AgendaItemInput
{
    public Guid Id { get; set; }
    public int? Number { get; set; }
    public string? Topic { get; set; }
    public string? Responsible { get; set; }
    public string? Purpose { get; set; }
    public int? Minutes { get; set; }
    public string? Decision { get; set; }
    public string? WhoDoesWhat { get; set; }
    public string? ProposedBy { get; set; }
}

public sealed class MeetingTaskInput
{
    public Guid Id { get; set; }
    public string? Description { get; set; }
    public string? OwnerId { get; set; }
    public DateOnly? DueOn { get; set; }
    public int? AgendaNumber { get; set; }
    public bool Done { get; set; }
}

public sealed class MeetingInput
{
    public DateOnly? Date { get; set; }
    public TimeOnly? StartsAt { get; set; }
    public TimeOnly? EndsAt { get; set; }
    public string? Place { get; set; }
    public string? ChairId { get; set; }
    public string? ChairPhone { get; set; }
    public string? MinuteTakerName { get; set; }
    public string? MinuteTakerPhone { get; set; }
    public string? MinuteTakerEmail { get; set; }
    public string? CitizenWhereabouts { get; set; }
    public string? CitizenEmail { get; set; }
    public List<ParticipantInput> Participants { get; set; } = [];
    /// <summary>Network-map persons ticked to join as participants.</summary>
    public List<Guid> PickPersons { get; set; } = [];
    /// <summary>Team members (user ids) ticked to join as participants.</summary>
    public List<string> PickMembers { get; set; } = [];
    public List<AgendaItemInput> Agenda { get; set; } = [];
    public List<MeetingTaskInput> Tasks { get; set; } = [];
    public Guid Version { get; set; }
}

public sealed class MeetingInputValidator : AbstractValidator<MeetingInput>
{
    public MeetingInputValidator()
    {
        const int text = AgendaItem.TextMaxLength, brief = CoordinatingMeeting.ShortMaxLength, field = MeetingParticipant.TextMaxLength;
        RuleFor(x => x.Date).NotNull().WithMessage("Angiv mødets dato.").SaneDate();
        RuleFor(x => x.StartsAt).NotNull().WithMessage("Angiv hvornår mødet begynder.");
        RuleFor(x => x.EndsAt).NotNull().WithMessage("Angiv hvornår mødet slutter.");
        RuleFor(x => x.EndsAt).GreaterThan(x => x.StartsAt).When(x => x.StartsAt is not null && x.EndsAt is not null)
            .WithMessage("Mødet skal slutte efter, det er begyndt.");
        RuleFor(x => x.Place).MaximumLength(brief).WithMessage($"Stedet må højst være {brief} tegn.");
        RuleFor(x => x.CitizenWhereabouts).MaximumLength(brief).WithMessage($"Opholdsstedet må højst være {brief} tegn.");
        foreach (var (f, name) in new (System.Linq.Expressions.Expression<Func<MeetingInput, string?>>, string)[]
        {
            (x => x.ChairPhone, "Mødelederens telefon"), (x => x.MinuteTakerName, "Referentens navn"), (x => x.MinuteTakerPhone, "Referentens telefon"),
            (x => x.MinuteTakerEmail, "Referentens e-mail"), (x => x.CitizenEmail, "Borgerens e-mail"),
        })
            RuleFor(f).MaximumLength(field).WithMessage($"{name} må højst være {field} tegn.");
        RuleFor(x => x.Participants.Count + x.PickPersons.Count + x.PickMembers.Count)
            .LessThanOrEqualTo(CoordinatingMeeting.MaxParticipants + 10).OverridePropertyName("Participants")
            .WithMessage($"Et møde kan højst have {CoordinatingMeeting.MaxParticipants} deltagere.");
        RuleFor(x => x.Agenda.Count).LessThanOrEqualTo(CoordinatingMeeting.MaxAgendaItems + 10).OverridePropertyName("Agenda")
            .WithMessage($"En dagsorden kan højst have {CoordinatingMeeting.MaxAgendaItems} punkter.");
        RuleFor(x => x.Tasks.Count).LessThanOrEqualTo(CoordinatingMeeting.MaxTasks + 10).OverridePropertyName("Tasks")
            .WithMessage($"Et møde kan højst have {CoordinatingMeeting.MaxTasks} opgaver.");
        RuleForEach(x => x.Participants).ChildRules(p =>
        {
            p.RuleFor(x => x.Name).MaximumLength(MeetingParticipant.NameMaxLength).WithMessage($"Navnet må højst være {MeetingParticipant.NameMaxLength} tegn.");
            p.RuleFor(x => x.Role).MaximumLength(field).WithMessage($"Rollen må højst være {field} tegn.");
            p.RuleFor(x => x.Email).MaximumLength(field).WithMessage($"E-mailadressen må højst være {field} tegn.");
            p.RuleFor(x => x.Phone).MaximumLength(field).WithMessage($"Telefonnummeret må højst være {field} tegn.");
        });
        RuleForEach(x => x.Agenda).ChildRules(a =>
        {
            a.RuleFor(x => x.Number).InclusiveBetween(1, 99).WithMessage("Punktets nummer skal være mellem 1 og 99.");
            a.RuleFor(x => x.Topic).MaximumLength(AgendaItem.TopicMaxLength).WithMessage($"Emnet må højst være {AgendaItem.TopicMaxLength} tegn.");
            a.RuleFor(x => x.Responsible).MaximumLength(MeetingParticipant.NameMaxLength).WithMessage($"«Ansvarlig» må højst være {MeetingParticipant.NameMaxLength} tegn.");
            a.RuleFor(x => x.ProposedBy).MaximumLength(MeetingParticipant.NameMaxLength).WithMessage($"«Foreslået af» må højst være {MeetingParticipant.NameMaxLength} tegn.");
            a.RuleFor(x => x.Minutes).InclusiveBetween(0, AgendaItem.MaxMinutes).WithMessage($"Minutterne skal være mellem 0 og {AgendaItem.MaxMinutes}.");
            a.RuleFor(x => x.Purpose).MaximumLength(text).WithMessage($"«Hvad vil vi opnå» må højst være {text} tegn.");
            a.RuleFor(x => x.Decision).MaximumLength(text).WithMessage($"Beslutningen må højst være {text} tegn.");
            a.RuleFor(x => x.WhoDoesWhat).MaximumLength(text).WithMessage($"«Hvem gør hvad» må højst være {text} tegn.");
        });
        RuleForEach(x => x.Tasks).ChildRules(t =>
        {
            t.RuleFor(x => x.Description).MaximumLength(MeetingTask.DescriptionMaxLength).WithMessage($"Opgaven må højst være {MeetingTask.DescriptionMaxLength} tegn.");
            t.RuleFor(x => x.DueOn).SaneDate();
            t.RuleFor(x => x.AgendaNumber).InclusiveBetween(1, 99).WithMessage("Punktets nummer skal være mellem 1 og 99.");
        });
    }
}
