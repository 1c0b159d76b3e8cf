using Caseload.Application.Results;

namespace Caseload.Web.Features.Results;

/// <summary>A method's results and fidelity page (shared by the engines that have one): where it lives and what it shows.</summary>
public sealed record ResultsPageModel(string Title, string MethodName, string Url, FidelityPage Page)
{
    public FidelityReport Report => Page.Report;

    public string DefinitionUrl(FidelityItem item) => $"{Url}/definitioner#{item.Slug}";

    /// <summary>The same page as CSV: the period and team shown.</summary>
    public string CsvUrl => $"{Url}/csv?fra={Report.Period.From:yyyy-MM-dd}&til={Report.Period.To:yyyy-MM-dd}" + (Report.SelectedTeam is { } t ? $"&team={t}" : "");
}

/// <summary>The definitions page of a method's items.</summary>
public sealed record DefinitionsPageModel(string Title, string MethodName, string Url, IReadOnlyList<FidelityItem> Items);
