using Caseload.Domain.NetworkMaps;
using FluentValidation;

namespace Caseload.Application.NetworkMaps;

public sealed class NetworkPersonInput
{
    public Guid Id { get; set; }
    public NetworkCategory? Category { get; set; }
    public string? Role { get; set; }
    public string? Name { get; set; }
    public string? Workplace { get; set; }
    public string? Phone { get; set; }
    public bool InContact { get; set; }
    public Closeness? Closeness { get; set; }
    /// <summary>Ticked to take the person off the map (the earlier versions keep them).</summary>
    public bool Remove { get; set; }
}

public sealed class NetworkMapInput
{
    public List<NetworkPersonInput> Persons { get; set; } = [];
    public bool FullConsent { get; set; }
    public string? ResponsibleWorkerId { get; set; }
    public Guid Version { get; set; }
}

public sealed class NetworkMapInputValidator : AbstractValidator<NetworkMapInput>
{
    public NetworkMapInputValidator()
    {
        RuleFor(x => x.Persons.Count).LessThanOrEqualTo(NetworkMap.MaxPersons + 20).OverridePropertyName("Persons")
            .WithMessage($"Et netværkskort kan højst have {NetworkMap.MaxPersons} personer.");
        RuleForEach(x => x.Persons).ChildRules(p =>
        {
            p.RuleFor(x => x.Name).MaximumLength(NetworkPerson.NameMaxLength).WithMessage($"Navnet må højst være {NetworkPerson.NameMaxLength} tegn.");
            p.RuleFor(x => x.Role).MaximumLength(NetworkPerson.TextMaxLength).WithMessage($"Relationen må højst være {NetworkPerson.TextMaxLength} tegn.");
            p.RuleFor(x => x.Workplace).MaximumLength(NetworkPerson.TextMaxLength).WithMessage($"Arbejdsstedet må højst være {NetworkPerson.TextMaxLength} tegn.");
            p.RuleFor(x => x.Phone).MaximumLength(NetworkPerson.TextMaxLength).WithMessage($"Telefonnummeret må højst være {NetworkPerson.TextMaxLength} tegn.");
            p.RuleFor(x => x.Category).NotNull().When(x => !string.IsNullOrWhiteSpace(x.Name)).WithMessage("Vælg en kategori.").IsInEnum().WithMessage("Vælg en kategori.");
            p.RuleFor(x => x.Closeness).IsInEnum().WithMessage("Vælg hvor tæt personen er på.");
        });
    }
}
