using Caseload.Domain.Common;

namespace Caseload.Domain.FieldMode;

/// <summary>
/// A change made offline that met another change to the same field (issue #31 item 4): the three versions — taken
/// along, changed offline, saved meanwhile — kept on the server until the worker has chosen, so nothing typed is lost.
/// Only its author reads it; removed when the worker has chosen.
/// </summary>
public class FieldConflict
{
    public const int FormMaxLength = 300;
    public const int DataMaxLength = 200_000;

    private FieldConflict() { UserId = string.Empty; Form = string.Empty; Data = "{}"; }

    public FieldConflict(string userId, Guid citizenId, string form, string data, DateTime now)
    {
        UserId = userId;
        CitizenId = citizenId;
        Form = Text.Required(form, FormMaxLength, nameof(Form), "Konflikten mangler sin formular.", "Formularens adresse");
        if (data.Length > DataMaxLength) throw new DomainException("Ændringen er for stor til at blive gemt.", nameof(Data));
        Data = data;
        CreatedAt = now;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();
    public string UserId { get; private set; }
    public Guid CitizenId { get; private set; }
    /// <summary>The form's address (where it posts), e.g. "/borgere/…/samarbejdsaftaler/…".</summary>
    public string Form { get; private set; }
    /// <summary>The three versions and the field labels as JSON (<c>FieldConflictData</c> in Application).</summary>
    public string Data { get; private set; }
    public DateTime CreatedAt { get; private set; }
}
