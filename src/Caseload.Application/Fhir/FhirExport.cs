using Caseload.Application.Api;
using Caseload.Application.Auditing;
using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Domain.Auditing;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using R4 = Hl7.Fhir.Model;

namespace Caseload.Application.Fhir;

/// <summary>Where the staff download goes (ADR 0053): the name of the municipality's record system, as a consent must name it.</summary>
public sealed class FhirOptions
{
    public const string Section = "Fhir";

    /// <summary>The receiver a consent must cover before a worker may download the export ("Kommunens journalsystem",
    /// or the system's own name, e.g. "Nexus").</summary>
    public string Receiver { get; set; } = "Kommunens journalsystem";
}

/// <summary>
/// A citizen's goals, plans, WHO-5 measurements and contacts as a FHIR R4 bundle (issue #33 item 2, ADR 0053). The shared code
/// makes the Patient (CPR as identifier) and the Bundle; every engine and shared document adds its own resources through its
/// registered <see cref="IFhirContributor"/>. The full CPR number leaves the team, so a consent valid today must name the
/// receiver (domain.md §6) — the configured record system for a worker's download, the client's receiver through the API — and
/// every export is audited (a download, or an API read, and the CPR number's reveal).
/// </summary>
public sealed class FhirExport(ICaseloadDbContext db, IEnumerable<IFhirContributor> contributors, IEnumerable<IConsentSource> consents,
    IAuditLog audit, IDanishClock clock, IOptions<FhirOptions> options, ApiCaller caller, ApiConsent apiConsent)
{
    public const string MediaType = "application/fhir+json";

    public static string NoConsentMessage(string receiver)
        => $"Borgeren har ikke givet et gyldigt samtykke til at dele oplysninger med «{receiver}». Registrér samtykket først (under samtykker i forløbet), og hent så eksporten igen.";

    public const string NoCprMessage = "Borgeren har intet CPR-nummer i Caseload, så eksporten kan ikke knyttes til journalen. Registrér CPR-nummeret først.";
    public const string NoFullCprMessage = "Klienten må ikke se fulde CPR-numre, og FHIR-eksporten indeholder CPR-nummeret. En administrator kan give lov under Administration → API-klienter.";

    /// <summary>The bundle, without any consent check or audit: for the two doors below and for tests.</summary>
    public async Task<R4.Bundle?> BuildAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        var row = await db.Citizens.AsNoTracking().Where(c => c.Id == citizen.Id).Select(c => new { c.Name, c.Cpr }).FirstOrDefaultAsync(ct);
        if (row?.Cpr is null) return null;
        var patient = new R4.Patient { Id = citizen.Id.ToString(), Active = true, BirthDate = FhirCodes.Date(row.Cpr.DateOfBirth) };
        patient.Identifier.Add(new R4.Identifier(FhirCodes.CprSystem, row.Cpr.Digits) { Use = R4.Identifier.IdentifierUse.Official });
        var parts = row.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        patient.Name.Add(new R4.HumanName
        {
            Use = R4.HumanName.NameUse.Official, Text = row.Name,
            Family = parts.Length > 1 ? parts[^1] : row.Name, Given = parts.Length > 1 ? parts[..^1] : [],
        });
        var export = new FhirExportContext(citizen, new R4.ResourceReference(FhirCodes.Urn(citizen.Id.ToString())));
        foreach (var contributor in contributors) await contributor.ContributeAsync(export, ct);

        var bundle = new R4.Bundle
        {
            Type = R4.Bundle.BundleType.Collection,
            Timestamp = new DateTimeOffset(clock.UtcNow, TimeSpan.Zero),
            Identifier = new R4.Identifier("urn:ietf:rfc:3986", FhirCodes.Urn(Guid.NewGuid().ToString())),
        };
        bundle.Entry.Add(new R4.Bundle.EntryComponent { FullUrl = FhirCodes.Urn(citizen.Id.ToString()), Resource = patient });
        foreach (var (url, resource) in export.Entries) bundle.Entry.Add(new R4.Bundle.EntryComponent { FullUrl = url, Resource = resource });
        return bundle;
    }

    /// <summary>A worker's download: needs a consent naming the configured record system; audited as a download and a CPR reveal.</summary>
    public async Task<Result<string>> DownloadAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        var receiver = options.Value.Receiver;
        var parties = new List<string>();
        foreach (var source in consents) parties.AddRange(await source.PartiesCoveredAsync(citizen, clock.Today, ct));
        if (!ConsentParties.Cover(parties, receiver, null, null)) return Result.Forbidden(NoConsentMessage(receiver));
        if (await BuildAsync(citizen, ct) is not { } bundle) return Result.Fail(NoCprMessage);
        await audit.RecordAsync(AuditAction.Downloaded, AuditNames.Citizen, citizen.Id.ToString(), citizen.Id,
            $"FHIR-eksport til {receiver}: {Summary(bundle)}", ct);
        await audit.RecordAsync(AuditAction.RevealedCpr, AuditNames.Citizen, citizen.Id.ToString(), citizen.Id, "FHIR-eksport", ct);
        return Result.Success(bundle.ToJson());
    }

    /// <summary>Through the API (ADR 0049): null (404) without a consent naming the client's receiver; forbidden for a client not
    /// allowed the full CPR number; audited with the client as the actor.</summary>
    public async Task<Result<string>> ForApiAsync(ScopedCitizen citizen, CancellationToken ct = default)
    {
        if (await caller.GrantAsync(ct) is not { } grant || !await apiConsent.CoversAsync(citizen, grant, ct)) return Result.NotFound("Borgeren findes ikke.");
        if (!grant.MaySeeFullCpr) return Result.Forbidden(NoFullCprMessage);
        if (await BuildAsync(citizen, ct) is not { } bundle) return Result.NotFound(NoCprMessage);
        await audit.RecordAsync(AuditAction.Viewed, AuditNames.Citizen, citizen.Id.ToString(), citizen.Id, $"API: FHIR-eksport: {Summary(bundle)}", ct);
        await audit.RecordAsync(AuditAction.RevealedCpr, AuditNames.Citizen, citizen.Id.ToString(), citizen.Id, "API: FHIR-eksport", ct);
        return Result.Success(bundle.ToJson());
    }

    /// <summary>What was exported, by resource type and count — no values (the audit log holds no personal data beyond the citizen's id).</summary>
    private static string Summary(R4.Bundle bundle)
        => string.Join(", ", bundle.Entry.GroupBy(e => e.Resource?.TypeName ?? "").Select(g => $"{g.Count()} {g.Key}"));
}
