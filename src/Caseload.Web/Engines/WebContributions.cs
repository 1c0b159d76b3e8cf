using System.Security.Claims;
using Caseload.Application.Security;

namespace Caseload.Web.Engines;

public enum CitizenPageColumn
{
    Side,
    Main,
}

/// <summary>A section of the citizen page: a view component given the <see cref="Features.Citizens.CitizenPageModel"/>,
/// fed by its own query. Engines register theirs (ADR 0023); the page shows them by column and order.</summary>
public sealed record CitizenSection(string Component, CitizenPageColumn Column, int Order);

/// <summary>An entry of the main menu, shown to the users <see cref="Shows"/> lets through, in <see cref="Order"/>. With a
/// <see cref="Method"/>, only to members of a team that works with that method: an ACT worker has no use for the CTI
/// phase board (issue #27 item 13).</summary>
/// <remarks><paramref name="Group"/>: entries with the same group share one drop-down in the menu (at the first one's place), so
/// the menu fits one line on a tablet in landscape (1024 px); a group with one entry a user sees is a plain link.</remarks>
public sealed record NavigationEntry(string Label, string Href, int Order, Func<ClaimsPrincipal, bool> Shows, Domain.Teams.Method? Method = null,
    string? Group = null)
{
    /// <summary>The results and fidelity pages of every method share one drop-down.</summary>
    public const string ResultsGroup = "Resultater";

    public bool ShowsTo(ClaimsPrincipal user, IReadOnlySet<Domain.Teams.Method> teamMethods)
        => Shows(user) && (Method is not { } method || teamMethods.Contains(method));
}

/// <summary>A card (view component) on the start page, for the users <see cref="Shows"/> lets through.</summary>
public sealed record StartPageCard(string Component, int Order, Func<ClaimsPrincipal, bool> Shows);

/// <summary>A section (view component) on the user's own "Min konto" page, after two-factor authentication (ADR 0033: the ACT
/// engine's phone calendar address). The component shows nothing to a user it does not concern.</summary>
public sealed record AccountSection(string Component, int Order);

/// <summary>A printable document about the citizen: print view and PDF.</summary>
public sealed record PrintDocumentLink(string Label, string Url, int Order)
{
    public string PdfUrl => Features.Printing.PrintLinks.PdfOf(Url);
}

/// <summary>An engine's entries in the citizen's print menu ("Udskrifter"): the documents that exist for the citizen.
/// <paramref name="engines"/> in <see cref="ForCitizenAsync"/>: the engines that concern the citizen.</summary>
public interface IPrintDocumentSource
{
    Task<IReadOnlyList<PrintDocumentLink>> ForCitizenAsync(ScopedCitizen citizen, IReadOnlySet<string> engines, CancellationToken ct);
}

/// <summary>Extra content on a course's card in the citizen page's courses section, for the team leader of an active
/// course of <see cref="Method"/> (ACT: attach another discipline). A partial view given the course and the section.</summary>
public sealed record CourseCardExtension(Domain.Teams.Method Method, string Partial);
