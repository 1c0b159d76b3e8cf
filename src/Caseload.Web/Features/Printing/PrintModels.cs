using Caseload.Application.Printing;

namespace Caseload.Web.Features.Printing;

/// <summary>What every print view shows around its document: the municipality, team, title, the confidentiality
/// marking, the citizen, the version and the print date; and on screen the toolbar (print, PDF, the privacy choices).
/// <see cref="Citizen"/> is null for the organisation's documents (see <see cref="ForOrganisation"/>); <see cref="Unit"/>
/// is the team or the unit the document belongs to.</summary>
public record PrintPage(PrintCitizen? Citizen, string Unit, string Title, string Version, string Municipality, bool Pdf, PrintChoices Choices,
    bool MaySeeSecretAddress, string Url, string BackUrl, DateTime PrintedAtUtc, string? Problem = null)
{
    public const string Confidential = "Fortroligt — indeholder personoplysninger";

    public string PrintedAt => Hosting.DanishFormat.Time(PrintedAtUtc);

    /// <summary>The page of one of the organisation's documents (implementation plan, reflection day, role description):
    /// no citizen, so no CPR or address choices.</summary>
    public static PrintPage ForOrganisation(string unit, string title, string version, string municipality, bool pdf, string url, string backUrl,
        DateTime printedAtUtc)
        => new(null, unit, title, version, municipality, pdf, new(false, false), false, url, backUrl, printedAtUtc);

    /// <summary>The same view with the given choices, as HTML or PDF.</summary>
    public string Link(bool pdf) => $"{Url}{(Url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}pdf={(pdf ? "true" : "false")}&fuldtCpr={(Choices.FullCpr ? "true" : "false")}&hemmeligAdresse={(Choices.SecretAddress ? "true" : "false")}"
        + (Choices.Initials ? "&initialer=true" : "");
}

/// <summary>What the print layout needs of any print view's model.</summary>
public interface IPrintPage
{
    PrintPage Page { get; }
}

/// <summary>A print view's model: the common page and the document.</summary>
public sealed record PrintPage<T>(PrintPage Page, T Document) : IPrintPage;
