using Caseload.Domain.Auditing;
using Caseload.Domain.Common;
using Caseload.Domain.Measurements;

namespace Caseload.Domain.CitizenPortal;

/// <summary>
/// WHO-5 filled in by the citizen on their own view, e.g. before a measurement point (issue #34 item 3, ADR 0048). Scored as
/// every WHO-5 (<see cref="Who5.Score"/>); the worker sees it marked "selvrapporteret". It is not a measurement point of a
/// course: the worker still records the measurement with the citizen and may use these answers for it.
/// </summary>
[AuditedAs(AuditNames.SelfReportedWho5, "Selvrapporteret WHO-5")]
public class SelfReportedWho5 : Entity, IAudited, IBelongsToCitizen
{
    private SelfReportedWho5() { }

    public SelfReportedWho5(Guid citizenId, IReadOnlyList<int> answers)
    {
        Score = Who5.Score(answers); // throws in Danish on a missing or wrong answer
        CitizenId = citizenId;
        (Cheerful, Calm, Active, Rested, Interested) = (answers[0], answers[1], answers[2], answers[3], answers[4]);
    }

    public Guid CitizenId { get; private set; }
    [Personal] public int Cheerful { get; private set; }
    [Personal] public int Calm { get; private set; }
    [Personal] public int Active { get; private set; }
    [Personal] public int Rested { get; private set; }
    [Personal] public int Interested { get; private set; }
    /// <summary>0–100.</summary>
    [Personal] public int Score { get; private set; }
}
