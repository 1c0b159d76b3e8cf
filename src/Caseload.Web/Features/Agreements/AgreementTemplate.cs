namespace Caseload.Web.Features.Agreements;

/// <summary>The template's own words to the citizen (seed 002, bilag "Samarbejdsaftale"): its purpose, read with the
/// citizen first, and the step that maps the network together — on the page and in print (issue #27).</summary>
public static class AgreementTemplate
{
    public const string Purpose =
        "Formålet med samarbejdsaftalen er at have en fælles plan mellem dig og den fremskudte sagsbehandler. Planen har tydelige aftaler og ansvarsfordeling for dit forløb.";

    public const string MapStepHeading = "Kortlæg netværket";

    public const string MapStep =
        "Sammen med borgeren udfyldes netværkskortet med dem, der kan hjælpe og er relevante, for at borgeren kommer videre.";
}
