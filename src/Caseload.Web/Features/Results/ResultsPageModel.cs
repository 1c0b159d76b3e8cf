using Caseload.Application.Results;

namespace Caseload.Web.Features.Results;

/// <summary>A method's results and fidelity page (shared by the engines that have one): where it lives and what it shows.</summary>
public sealed record ResultsPageModel(string Title, string MethodName, string Url, FidelityPage Page)
{
    public FidelityReport Report => Page.Report;

    public string DefinitionUrl(FidelityItem item) => $"{Url}/definitioner#{item.Slug}";

    /// <summary>The same page as CSV: the period and team shown.</summary>
    public string Query => $"fra={Report.Period.From:yyyy-MM-dd}&til={Report.Period.To:yyyy-MM-dd}" + (Report.SelectedTeam is { } t ? $"&team={t}" : "");

    public string CsvUrl => $"{Url}/csv?{Query}";

    /// <summary>The same page as an Excel workbook, where the method's controller offers one.</summary>
    public string? XlsxUrl { get; init; }

    /// <summary>The print view (and its PDF), where the method's controller offers one.</summary>
    public string? PrintUrl { get; init; }

    /// <summary>The method's fidelity reviews (ADR 0055), where its engine registers a scale for them.</summary>
    public string? ReviewsUrl { get; init; }

    public string PeriodText => $"periode {Hosting.DanishFormat.Date(Report.Period.From)} – {Hosting.DanishFormat.Date(Report.Period.To)}"
        + (Report.Teams.Count == 1 ? $", {Report.Teams[0].Name}" : $", {Report.Teams.Count} teams");
}

/// <summary>The definitions page of a method's items.</summary>
public sealed record DefinitionsPageModel(string Title, string MethodName, string Url, IReadOnlyList<FidelityItem> Items);
