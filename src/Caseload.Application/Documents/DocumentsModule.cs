using Caseload.Application.CourseEvents;
using Caseload.Application.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Application.Documents;

/// <summary>What the documents share (ADR 0023): the citizen page's documents section and their course events.</summary>
public sealed class DocumentsModule : IEngineModule
{
    public void Register(IServiceCollection services)
    {
        services.AddScoped<CitizenDocuments>();
        services.AddScoped<ICourseEventSource, DocumentEventSource>();
    }
}
