using Caseload.Application.Common.Time;
using Caseload.Domain.Outreach;
using FluentValidation;

namespace Caseload.Application.Outreach;

public sealed class EventInput
{
    public OutreachEvent? Event { get; set; }
    public DateOnly? Date { get; set; }
    public string? Note { get; set; }
    /// <summary>Step 7: who the information was obtained from.</summary>
    public string? Party { get; set; }
}

public sealed class AttemptInput
{
    public DateOnly? Date { get; set; }
    public AttemptChannel? Channel { get; set; }
    public AttemptOutcome? Outcome { get; set; }
    public string? Note { get; set; }
}

public sealed class ConsentInput
{
    public string? Information { get; set; }
    public string? Parties { get; set; }
    public DateOnly? GivenOn { get; set; }
    public DateOnly? ValidUntil { get; set; }
}

public sealed class WithdrawConsentInput
{
    public Guid ConsentId { get; set; }
    public DateOnly? Date { get; set; }
}

public sealed class CaseworkerInput
{
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public DateOnly? From { get; set; }
    public string? HandoverAgreement { get; set; }
    public DateOnly? HandoverOn { get; set; }
    public Guid Version { get; set; }
}

public sealed class CoordinatingNeedInput
{
    public CoordinatingMeetingNeed? Need { get; set; }
    public Guid Version { get; set; }
}

public sealed class CloseOutreachInput
{
    public OutreachClosureReason? Reason { get; set; }
    public DateOnly? Date { get; set; }
    public string? Note { get; set; }
    public Guid Version { get; set; }
}

public sealed class EventInputValidator : AbstractValidator<EventInput>
{
    public EventInputValidator()
    {
        RuleFor(x => x.Event).NotNull().WithMessage("Vælg hvilket trin der er sket.").IsInEnum().WithMessage("Vælg hvilket trin der er sket.");
        RuleFor(x => x.Date).NotNull().WithMessage("Angiv datoen.").SaneDate();
        RuleFor(x => x.Note).MaximumLength(OutreachCase.TextMaxLength).WithMessage($"Bemærkningen må højst være {OutreachCase.TextMaxLength} tegn.");
        RuleFor(x => x.Party).MaximumLength(OutreachCase.NameMaxLength).WithMessage($"Parten må højst være {OutreachCase.NameMaxLength} tegn.");
    }
}

public sealed class AttemptInputValidator : AbstractValidator<AttemptInput>
{
    public AttemptInputValidator()
    {
        RuleFor(x => x.Date).NotNull().WithMessage("Angiv datoen for forsøget.").SaneDate();
        RuleFor(x => x.Channel).NotNull().WithMessage("Vælg kontaktform.").IsInEnum().WithMessage("Vælg kontaktform.");
        RuleFor(x => x.Outcome).NotNull().WithMessage("Vælg udfaldet af forsøget.").IsInEnum().WithMessage("Vælg udfaldet af forsøget.");
        RuleFor(x => x.Note).MaximumLength(OutreachCase.TextMaxLength).WithMessage($"Bemærkningen må højst være {OutreachCase.TextMaxLength} tegn.");
    }
}

public sealed class ConsentInputValidator : AbstractValidator<ConsentInput>
{
    public ConsentInputValidator()
    {
        RuleFor(x => x.Information).NotEmpty().WithMessage("Angiv hvilke oplysninger samtykket gælder.")
            .MaximumLength(OutreachCase.TextMaxLength).WithMessage($"Oplysningerne må højst være {OutreachCase.TextMaxLength} tegn.");
        RuleFor(x => x.Parties).NotEmpty().WithMessage("Angiv hvilke parter samtykket gælder (én pr. linje).")
            .MaximumLength(OutreachConsent.PartiesMaxLength).WithMessage($"Parterne må højst være {OutreachConsent.PartiesMaxLength} tegn.");
        RuleFor(x => x.GivenOn).NotNull().WithMessage("Angiv hvornår samtykket er givet.").SaneDate();
        RuleFor(x => x.ValidUntil).SaneDate();
    }
}

public sealed class WithdrawConsentInputValidator : AbstractValidator<WithdrawConsentInput>
{
    public WithdrawConsentInputValidator()
    {
        RuleFor(x => x.Date).NotNull().WithMessage("Angiv hvornår samtykket blev trukket tilbage.").SaneDate();
    }
}

public sealed class CaseworkerInputValidator : AbstractValidator<CaseworkerInput>
{
    public CaseworkerInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Angiv den ordinære sagsbehandlers navn.")
            .MaximumLength(OutreachCase.NameMaxLength).WithMessage($"Navnet må højst være {OutreachCase.NameMaxLength} tegn.");
        RuleFor(x => x.Unit).NotEmpty().WithMessage("Angiv den ordinære sagsbehandlers enhed.")
            .MaximumLength(OutreachCase.NameMaxLength).WithMessage($"Enheden må højst være {OutreachCase.NameMaxLength} tegn.");
        RuleFor(x => x.From).NotNull().WithMessage("Angiv fra hvornår.").SaneDate();
        RuleFor(x => x.HandoverAgreement).MaximumLength(OutreachCase.TextMaxLength).WithMessage($"Aftalen må højst være {OutreachCase.TextMaxLength} tegn.");
        RuleFor(x => x.HandoverOn).NotNull().When(x => !string.IsNullOrWhiteSpace(x.HandoverAgreement)).WithMessage("Angiv datoen for den aftalte overdragelse.").SaneDate();
    }
}

public sealed class CoordinatingNeedInputValidator : AbstractValidator<CoordinatingNeedInput>
{
    public CoordinatingNeedInputValidator()
    {
        RuleFor(x => x.Need).NotNull().WithMessage("Vælg om et koordinerende møde er relevant.").IsInEnum().WithMessage("Vælg om et koordinerende møde er relevant.");
    }
}

public sealed class CloseOutreachInputValidator : AbstractValidator<CloseOutreachInput>
{
    public CloseOutreachInputValidator()
    {
        RuleFor(x => x.Reason).NotNull().WithMessage("Vælg hvorfor forløbet afsluttes.").IsInEnum().WithMessage("Vælg hvorfor forløbet afsluttes.");
        RuleFor(x => x.Date).NotNull().WithMessage("Angiv datoen for afslutningen.").SaneDate();
        RuleFor(x => x.Note).NotEmpty().When(x => x.Reason == OutreachClosureReason.Other).WithMessage("Beskriv årsagen, når du vælger «Andet».")
            .MaximumLength(OutreachCase.TextMaxLength).WithMessage($"Bemærkningen må højst være {OutreachCase.TextMaxLength} tegn.");
    }
}
