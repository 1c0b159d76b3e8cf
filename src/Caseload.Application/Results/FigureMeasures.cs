namespace Caseload.Application.Results;

/// <summary>The ratios fidelity items are made of, per month and summed over a period; shared by the engines' item lists.</summary>
public static class FigureMeasures
{
    private const double DaysPerMonth = 365.25 / 12;

    /// <summary>Count of <paramref name="key"/> per active citizen per week.</summary>
    public static Measure PerCitizenWeek(TeamSeries t, DateOnly m, string key)
        => new(t.Count(m, key), t.ActiveAtEndOf(m) * t.Period.DaysIn(m) / 7.0, t.ActiveAtEndOf(m));

    /// <summary>Count of <paramref name="key"/> per active citizen per month.</summary>
    public static Measure PerCitizenMonth(TeamSeries t, DateOnly m, string key)
        => new(t.Count(m, key), t.ActiveAtEndOf(m) * t.Period.DaysIn(m) / DaysPerMonth, t.ActiveAtEndOf(m));

    /// <summary>Minutes face to face per active citizen per week; contacts without a duration count at the month's
    /// average duration, so a missing duration does not read as zero minutes.</summary>
    public static Measure MinutesPerCitizenWeek(TeamSeries t, DateOnly m)
    {
        var timed = t.Count(m, FigureKeys.FaceToFaceTimed);
        var minutes = timed == 0 ? 0 : t.Sum(m, FigureKeys.FaceToFaceTimed) * (double)t.Count(m, FigureKeys.FaceToFace) / timed;
        return new(minutes, t.ActiveAtEndOf(m) * t.Period.DaysIn(m) / 7.0, t.ActiveAtEndOf(m));
    }

    /// <summary>The share <paramref name="part"/> / <paramref name="whole"/> of the month, built on the active citizens.</summary>
    public static Measure Share(TeamSeries t, DateOnly m, string part, string whole)
        => new(t.Count(m, part), t.Count(m, whole), t.ActiveAtEndOf(m));

    /// <summary>A monthly measure over the whole period: numerators and denominators summed, built on the citizens served.</summary>
    public static Measure OverPeriod(TeamSeries t, Func<TeamSeries, DateOnly, Measure> monthly)
    {
        double n = 0, d = 0;
        foreach (var m in t.Period.Months)
        {
            var x = monthly(t, m);
            n += x.Numerator;
            d += x.Denominator;
        }
        return new(n, d, t.Served);
    }

    /// <summary>Months the period spans, for turning a count into a yearly rate.</summary>
    public static double Years(TeamSeries t) => t.Period.Months.Sum(m => t.Period.DaysIn(m)) / 365.25;
}
