using FluentValidation;

namespace Caseload.Application.Common.Time;

/// <summary>Dates a person can mean in this work: not year 1, not year 9999.</summary>
public static class DateRules
{
    public static readonly DateOnly Earliest = new(1990, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public static readonly string OutOfRangeMessage =
        $"Datoen skal ligge mellem {Earliest:dd-MM-yyyy} og {Latest:dd-MM-yyyy}.";

    public const string DaylightSavingGapMessage =
        "Tidspunktet findes ikke: urene blev stillet en time frem den nat. Vælg et tidspunkt før 02.00 eller efter 03.00.";

    public static bool IsSane(DateOnly date) => date >= Earliest && date <= Latest;

    public static bool IsSane(DateTime date) => IsSane(DateOnly.FromDateTime(date));

    public static bool IsInDaylightSavingGap(DateTime local) => !DanishTime.TryToUtc(local, out _);
}

public static class DateRuleExtensions
{
    /// <summary>An optional date, when given, lies in <see cref="DateRules"/>' range.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> SaneDate<T>(this IRuleBuilder<T, DateOnly?> rule)
        => rule.Must(d => d is null || DateRules.IsSane(d.Value)).WithMessage(DateRules.OutOfRangeMessage);
}
