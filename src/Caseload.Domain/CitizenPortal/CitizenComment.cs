using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.CitizenPortal;

/// <summary>
/// The citizen's own words on a goal or an agreement row of one of their own documents (issue #34 item 3, ADR 0048). Kept
/// beside the document, never in it: the document is made with the worker, the comment is the citizen's alone. The worker sees
/// it marked as from the citizen. <see cref="DocumentKey"/> and <see cref="RowId"/> name what the citizen's view showed.
/// </summary>
[AuditedAs(AuditNames.CitizenComment, "Borgerens kommentar")]
public class CitizenComment : Entity, IAudited, IBelongsToCitizen
{
    public const int TextMaxLength = 1000;
    public const int KeyMaxLength = 40;

    private CitizenComment() { DocumentKey = string.Empty; Text = string.Empty; }

    public CitizenComment(Guid citizenId, string documentKey, Guid rowId, int documentVersion, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException("Skriv din kommentar.", nameof(Text));
        if (text.Length > TextMaxLength) throw new DomainException($"Din kommentar må højst være {TextMaxLength} tegn.", nameof(Text));
        CitizenId = citizenId;
        DocumentKey = documentKey;
        RowId = rowId;
        DocumentVersion = documentVersion;
        Text = text.Trim();
    }

    public Guid CitizenId { get; private set; }
    public string DocumentKey { get; private set; }
    public Guid RowId { get; private set; }
    /// <summary>The version of the document the citizen read when writing.</summary>
    public int DocumentVersion { get; private set; }
    [Personal]
    public string Text { get; private set; }
}
