namespace Caseload.Domain.Measurements;

/// <summary>
/// WHO-5 (the WHO-Five Well-Being Index, Per Bech), the official Danish wording: five statements about the last
/// two weeks, each 0–5; the raw score 0–25 is shown ×4 as 0–100 (domain.md §5). The reading is a prompt to
/// talk with the citizen, never a diagnosis.
/// </summary>
public static class Who5
{
    public const string Lead = "I de sidste 2 uger …";

    public static readonly IReadOnlyList<string> Statements =
    [
        "… har jeg været glad og i godt humør",
        "… har jeg følt mig rolig og afslappet",
        "… har jeg følt mig aktiv og energisk",
        "… er jeg vågnet frisk og udhvilet",
        "… har min dagligdag været fyldt med ting, der interesserer mig",
    ];

    /// <summary>The answer scale, 5 down to 0.</summary>
    public static readonly IReadOnlyList<(int Value, string Text)> Scale =
    [
        (5, "Hele tiden"),
        (4, "Det meste af tiden"),
        (3, "Lidt mere end halvdelen af tiden"),
        (2, "Lidt mindre end halvdelen af tiden"),
        (1, "Lidt af tiden"),
        (0, "På intet tidspunkt"),
    ];

    /// <summary>A change of this many points (on 0–100) is meaningful.</summary>
    public const int MeaningfulChange = 10;

    /// <summary>A change from one measurement to the next worth talking about with the citizen (either way).</summary>
    public static bool IsMeaningfulChange(int from, int to) => Math.Abs(to - from) >= MeaningfulChange;

    /// <summary>0–100: the sum of the five answers times four.</summary>
    public static int Score(IReadOnlyList<int> answers)
    {
        if (answers.Count != 5) throw new Common.DomainException("WHO-5 har fem udsagn; besvar alle fem.", "Who5");
        if (answers.Any(a => a is < 0 or > 5)) throw new Common.DomainException("Hvert WHO-5-svar er et tal fra 0 til 5.", "Who5");
        return answers.Sum() * 4;
    }

    /// <summary>The Danish thresholds (domain.md §5): 0–35 great risk, 36–50 risk, above 50 no immediate risk.</summary>
    public static Who5Band BandOf(int score) => score switch
    {
        <= 35 => Who5Band.GreatRisk,
        <= 50 => Who5Band.Risk,
        _ => Who5Band.NoImmediateRisk,
    };

    /// <summary>The Danish reading for the worker.</summary>
    public static string Reading(int score) => BandOf(score) switch
    {
        Who5Band.GreatRisk => "Stor risiko for depression eller stress – tal med borgeren om det",
        Who5Band.Risk => "Risiko for depression eller stress – tal med borgeren om det",
        _ => "Ingen umiddelbar risiko",
    };
}

/// <summary>The band of a WHO-5 score by the Danish thresholds: the worker's reading and the citizen's plain one both follow it.</summary>
public enum Who5Band
{
    GreatRisk,
    Risk,
    NoImmediateRisk,
}
