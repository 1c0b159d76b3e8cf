using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.CitizenPortal;

/// <summary>
/// "Ring til mig" (issue #34 item 3, ADR 0048): the citizen asks their worker to call. Open until a worker marks it as done; the
/// citizen has at most one open request (asking again while one is open changes nothing).
/// </summary>
[AuditedAs(AuditNames.CallRequest, "Ring til mig")]
public class CallRequest : Entity, IAudited, IBelongsToCitizen
{
    private CallRequest() { }

    public CallRequest(Guid citizenId) => CitizenId = citizenId;

    public Guid CitizenId { get; private set; }
    public DateTime? HandledAt { get; private set; }
    public string? HandledBy { get; private set; }

    public bool IsOpen => HandledAt is null;

    public void MarkHandled(DateTime now, string? by)
    {
        if (!IsOpen) throw new DomainException("Der er allerede ringet.");
        HandledAt = now;
        HandledBy = by;
    }
}
