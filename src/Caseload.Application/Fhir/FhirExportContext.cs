using Caseload.Application.Security;
using R4 = Hl7.Fhir.Model;

namespace Caseload.Application.Fhir;

/// <summary>
/// One citizen's export being built (ADR 0053): the shared code makes the Patient, then hands this to every registered
/// <see cref="IFhirContributor"/>, which adds its own resources. Each resource gets a <c>urn:uuid</c> full URL made from the
/// row's own id, so the same row is the same resource in every export, and references inside the bundle resolve.
/// </summary>
public sealed class FhirExportContext
{
    private readonly List<(string FullUrl, R4.Resource Resource)> _entries = [];

    public FhirExportContext(ScopedCitizen citizen, R4.ResourceReference patient)
    {
        Citizen = citizen;
        Patient = patient;
    }

    public ScopedCitizen Citizen { get; }

    /// <summary>The citizen's Patient, for <c>subject</c>.</summary>
    public R4.ResourceReference Patient { get; }

    public IReadOnlyList<(string FullUrl, R4.Resource Resource)> Entries => _entries;

    /// <summary>Adds a resource with the row's id (as text: a FHIR logical id, not a key to look anything up by) as its id and
    /// full URL; answers a reference to it.</summary>
    public R4.ResourceReference Add(string id, R4.Resource resource)
    {
        resource.Id = id;
        var url = FhirCodes.Urn(id);
        _entries.Add((url, resource));
        return new R4.ResourceReference(url);
    }
}

/// <summary>
/// What an engine or a shared document adds to a citizen's FHIR export (ADR 0053): its goals, plans, measurements or contacts.
/// Registered in the engine's own module, like every other contribution (ADR 0023); shared code only loops over them.
/// An engine adds nothing for a citizen it does not concern (<see cref="ScopedCitizen.Engines"/>).
/// </summary>
public interface IFhirContributor
{
    Task ContributeAsync(FhirExportContext export, CancellationToken ct);
}
