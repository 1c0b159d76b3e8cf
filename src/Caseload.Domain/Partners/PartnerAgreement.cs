using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.Partners;

/// <summary>Where an agreement stands against its review date.</summary>
public enum ReviewState
{
    Later,
    DueSoon,
    Overdue,
}

/// <summary>
/// An organisational cooperation agreement with a partner (the municipality makes one with each drop-in centre, §2.4): the
/// parties, purpose, roles, what is agreed, the period and a review date — with a reminder <see cref="ReminderDays"/> days
/// before it — and the signed document attached as a <see cref="Files.StoredFile"/>.
/// </summary>
[AuditedAs(AuditNames.PartnerAgreement, "Samarbejdsaftale med partner")]
public class PartnerAgreement : Entity, IAudited
{
    public const int TitleMaxLength = 150;
    public const int TextMaxLength = 4000;
    public const int ReminderDays = 30;

    private PartnerAgreement() { Title = Parties = string.Empty; }

    public PartnerAgreement(Guid partnerId, string? title, string? parties, string? purpose, string? roles, string? agreed,
        DateOnly? validFrom, DateOnly? validTo, DateOnly? reviewOn)
    {
        PartnerId = partnerId;
        Title = Parties = string.Empty;
        Change(title, parties, purpose, roles, agreed, validFrom, validTo, reviewOn);
    }

    public Guid PartnerId { get; private set; }
    public string Title { get; private set; }
    public string Parties { get; private set; }
    public string? Purpose { get; private set; }
    public string? Roles { get; private set; }
    public string? Agreed { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }
    public DateOnly ReviewOn { get; private set; }
    /// <summary>The signed document, if uploaded; the file itself is its own row so lists never load it.</summary>
    public Guid? SignedFileId { get; private set; }
    public string? SignedFileName { get; private set; }

    public void Change(string? title, string? parties, string? purpose, string? roles, string? agreed, DateOnly? validFrom, DateOnly? validTo, DateOnly? reviewOn)
    {
        Title = Text.Required(title, TitleMaxLength, nameof(Title), "Skriv aftalens titel.", "Titlen");
        Parties = Text.Required(parties, TextMaxLength, nameof(Parties), "Skriv aftalens parter.", "Parterne");
        Purpose = Text.Optional(purpose, TextMaxLength, nameof(Purpose), "Formålet");
        Roles = Text.Optional(roles, TextMaxLength, nameof(Roles), "Rollerne");
        Agreed = Text.Optional(agreed, TextMaxLength, nameof(Agreed), "Det aftalte");
        if (validFrom is null) throw new DomainException("Angiv hvornår aftalen gælder fra.", nameof(ValidFrom));
        if (validTo < validFrom) throw new DomainException("Aftalen kan ikke slutte, før den begynder.", nameof(ValidTo));
        if (reviewOn is null) throw new DomainException("Angiv hvornår aftalen skal revideres.", nameof(ReviewOn));
        if (reviewOn < validFrom) throw new DomainException("Revisionsdatoen kan ikke ligge før aftalen begynder.", nameof(ReviewOn));
        ValidFrom = validFrom.Value;
        ValidTo = validTo;
        ReviewOn = reviewOn.Value;
    }

    /// <summary>Attaches the signed document (replacing an earlier one, which stays in the database for the record).</summary>
    public void AttachSigned(Files.StoredFile file)
    {
        SignedFileId = file.Id;
        SignedFileName = file.FileName;
    }

    public ReviewState ReviewStateOn(DateOnly today) => StateOf(ReviewOn, today);

    /// <summary>Overdue after the review date; due soon from <see cref="ReminderDays"/> days before it.</summary>
    public static ReviewState StateOf(DateOnly reviewOn, DateOnly today)
        => reviewOn < today ? ReviewState.Overdue : reviewOn <= today.AddDays(ReminderDays) ? ReviewState.DueSoon : ReviewState.Later;
}
