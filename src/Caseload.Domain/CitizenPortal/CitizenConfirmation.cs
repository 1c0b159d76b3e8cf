using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.CitizenPortal;

/// <summary>
/// "Jeg har læst den og er enig" (issue #34 item 3, ADR 0048): the citizen confirmed exactly one version of one of their own
/// documents, at <see cref="Entity.CreatedAt"/>. A newer version is not confirmed until the citizen confirms it too. One row per
/// citizen, document and version (a unique index), so a double tap or two phones at once give one confirmation.
/// </summary>
[AuditedAs(AuditNames.CitizenConfirmation, "Borgerens bekræftelse")]
public class CitizenConfirmation : Entity, IAudited, IBelongsToCitizen
{
    private CitizenConfirmation() { DocumentKey = string.Empty; }

    public CitizenConfirmation(Guid citizenId, string documentKey, int documentVersion)
    {
        if (documentVersion < 1) throw new DomainException("Dokumentet har ingen gemt version.");
        CitizenId = citizenId;
        DocumentKey = documentKey;
        DocumentVersion = documentVersion;
    }

    public Guid CitizenId { get; private set; }
    public string DocumentKey { get; private set; }
    public int DocumentVersion { get; private set; }
}
