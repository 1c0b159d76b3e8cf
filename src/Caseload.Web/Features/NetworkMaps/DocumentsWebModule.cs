using Caseload.Web.Hosting;
using Caseload.Application.Documents;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Web.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Web.Features.NetworkMaps;

/// <summary>The documents' web parts (ADR 0023): the citizen page's documents section and the documents in the print menu.</summary>
public sealed class DocumentsWebModule : IEngineModule
{
    public void Register(IServiceCollection services)
    {
        services.AddSingleton(new CitizenSection("CitizenNetworkMap", CitizenPageColumn.Side, 30));
        services.AddScoped<IPrintDocumentSource, DocumentPrintDocuments>();
    }
}

/// <summary>The network map, the cooperation agreements and the meetings' agendas and minutes that exist.</summary>
public sealed class DocumentPrintDocuments(CitizenDocuments documents) : IPrintDocumentSource
{
    public async Task<IReadOnlyList<PrintDocumentLink>> ForCitizenAsync(ScopedCitizen citizen, IReadOnlySet<string> engines, CancellationToken ct)
    {
        var d = await documents.ForCitizenAsync(citizen, ct);
        var root = $"/borgere/{citizen.Id}/udskrift";
        var links = new List<PrintDocumentLink>();
        if (d.Map is not null) links.Add(new("Netværkskort", $"{root}/netvaerkskort", 10));
        links.AddRange(d.Agreements.Select((a, i) => new PrintDocumentLink($"Samarbejdsaftale af {DanishFormat.Date(a.MadeOn)}", $"{root}/samarbejdsaftale/{a.Id}", 14 + i)));
        foreach (var m in d.Meetings)
        {
            links.Add(new($"Dagsorden, koordinerende møde {DanishFormat.Date(m.Date)}", $"{root}/koordinerende-moede/{m.Id}", 20));
            if (m.MinutesSent) links.Add(new($"Referat, koordinerende møde {DanishFormat.Date(m.Date)}", $"{root}/koordinerende-moede/{m.Id}/referat", 21));
        }
        return links;
    }
}
