using Caseload.Application.Security;

namespace Caseload.Application.Engines;

/// <summary>An engine's own documents as lines in the citizen summary ("ACT-indsatsplan: revision 3"), beside the shared
/// documents (ADR 0023).</summary>
public interface ICitizenDocumentLines
{
    /// <param name="engines">The engines that concern the citizen (<see cref="CitizenEngines"/>).</param>
    Task<IReadOnlyList<string>> LinesAsync(ScopedCitizen citizen, IReadOnlySet<string> engines, CancellationToken ct = default);
}
