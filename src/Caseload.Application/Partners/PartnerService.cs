using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.Auditing;
using Caseload.Domain.Files;
using Caseload.Domain.Partners;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.Partners;

public sealed record PartnerListRow(Guid Id, string Name, PartnerKind Kind, int Contacts, int Agreements, DateOnly? NextReview);

public sealed record AgreementRow(Guid Id, Guid Version, string Title, string Parties, string? Purpose, string? Roles, string? Agreed, DateOnly ValidFrom,
    DateOnly? ValidTo, DateOnly ReviewOn, ReviewState Review, Guid? SignedFileId, string? SignedFileName);

public sealed record PartnerView(Guid Id, Guid Version, string Name, PartnerKind Kind, string? Address, string? Note, IReadOnlyList<PartnerContact> Contacts,
    IReadOnlyList<AgreementRow> Agreements, DateOnly Today);

/// <summary>An agreement whose review is due within the reminder period or overdue.</summary>
public sealed record ReviewReminder(Guid PartnerId, string PartnerName, Guid AgreementId, string Title, DateOnly ReviewOn, ReviewState State);

/// <summary>A stored file on its way out as a download.</summary>
public sealed record FileDownload(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Partner organisations with their contacts and organisational cooperation agreements, the signed document uploaded to the
/// database (ADR 0019) and each download audited. Organisations, not citizens: kept by managers and team leaders.
/// </summary>
public sealed class PartnerService(ICaseloadDbContext db, IDanishClock clock, ICurrentUser user, CommandRunner commands, Auditing.IAuditLog audit)
{
    public const string GoneMessage = "Partneren findes ikke længere. Genindlæs siden.";
    public const string AgreementGoneMessage = "Aftalen findes ikke længere. Genindlæs siden.";

    public async Task<IReadOnlyList<PartnerListRow>> ListAsync(CancellationToken ct = default)
    {
        var partners = await db.Partners.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        var agreements = await db.PartnerAgreements.AsNoTracking().GroupBy(a => a.PartnerId)
            .Select(g => new { g.Key, Count = g.Count(), Next = g.Min(a => a.ReviewOn) }).ToDictionaryAsync(g => g.Key, ct);
        return [.. partners.Select(p => new PartnerListRow(p.Id, p.Name, p.Kind, p.Contacts.Count, agreements.GetValueOrDefault(p.Id)?.Count ?? 0,
            agreements.GetValueOrDefault(p.Id)?.Next))];
    }

    public async Task<PartnerView?> PartnerAsync(OwnRecord<Partner> partner, CancellationToken ct = default)
    {
        var p = await db.Partners.AsNoTracking().FirstOrDefaultAsync(x => x.Id == partner.Id, ct);
        if (p is null) return null;
        var today = clock.Today;
        var agreements = await db.PartnerAgreements.AsNoTracking().Where(a => a.PartnerId == partner.Id).OrderByDescending(a => a.ValidFrom).ToListAsync(ct);
        return new PartnerView(p.Id, p.Version, p.Name, p.Kind, p.Address, p.Note, p.Contacts,
            [.. agreements.Select(a => new AgreementRow(a.Id, a.Version, a.Title, a.Parties, a.Purpose, a.Roles, a.Agreed, a.ValidFrom, a.ValidTo, a.ReviewOn,
                a.ReviewStateOn(today), a.SignedFileId, a.SignedFileName))], today);
    }

    /// <summary>Agreements still in force to review within <see cref="PartnerAgreement.ReminderDays"/> days, or overdue: the start
    /// page's reminder. An agreement that has ended needs no review.</summary>
    public async Task<IReadOnlyList<ReviewReminder>> RemindersAsync(CancellationToken ct = default)
    {
        var today = clock.Today;
        var until = today.AddDays(PartnerAgreement.ReminderDays);
        var rows = await db.PartnerAgreements.AsNoTracking().Where(a => a.ReviewOn <= until && (a.ValidTo == null || a.ValidTo >= today))
            .Join(db.Partners, a => a.PartnerId, p => p.Id, (a, p) => new { p.Id, p.Name, AgreementId = a.Id, a.Title, a.ReviewOn })
            .OrderBy(x => x.ReviewOn).ToListAsync(ct);
        return [.. rows.Select(r => new ReviewReminder(r.Id, r.Name, r.AgreementId, r.Title, r.ReviewOn, PartnerAgreement.StateOf(r.ReviewOn, today)))];
    }

    public Task<Result<Guid>> CreateAsync(PartnerInput input, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            if (input.Kind is null) return Result.Fail("Vælg hvilken slags partner det er.", nameof(input.Kind));
            var partner = new Partner(input.Name, input.Kind.Value, input.Address, input.Note);
            if (await db.Partners.AnyAsync(p => p.Name == partner.Name, token)) return Result.Fail($"Der findes allerede en partner, der hedder «{partner.Name}».", nameof(input.Name));
            db.Partners.Add(partner);
            return Result.Success(partner.Id);
        }, ct);

    public Task<Result> SaveAsync(OwnRecord<Partner> partner, PartnerInput input, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            var p = await db.Partners.FirstOrDefaultAsync(x => x.Id == partner.Id, token);
            if (p is null) return Result.NotFound(GoneMessage);
            commands.Expect(p, input.Version);
            if (input.Kind is null) return Result.Fail("Vælg hvilken slags partner det er.", nameof(input.Kind));
            p.Change(input.Name, input.Kind.Value, input.Address, input.Note);
            if (await db.Partners.AnyAsync(x => x.Name == p.Name && x.Id != partner.Id, token)) return Result.Fail($"Der findes allerede en partner, der hedder «{p.Name}».", nameof(input.Name));
            p.SaveContacts(input.Contacts.Select(c => new PartnerContact(c.Id, c.Name ?? "", c.Role, c.Phone, c.Email)));
            return Result.Ok;
        }, ct);

    /// <summary>A new agreement with the partner, and the signed document if one was chosen — together or not at all.</summary>
    public Task<Result> AddAgreementAsync(OwnRecord<Partner> partner, AgreementInput input, FileUpload? signedDocument, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            if (!await db.Partners.AnyAsync(p => p.Id == partner.Id, token)) return Result.NotFound(GoneMessage);
            var agreement = new PartnerAgreement(partner.Id, input.Title, input.Parties, input.Purpose, input.Roles, input.Agreed, input.ValidFrom, input.ValidTo, input.ReviewOn);
            Attach(agreement, signedDocument);
            db.PartnerAgreements.Add(agreement);
            return Result.Ok;
        }, ct);

    public Task<Result> SaveAgreementAsync(OwnRecord<Partner> partner, Guid agreementId, AgreementInput input, FileUpload? signedDocument, CancellationToken ct = default)
        => commands.RunAsync(async token =>
        {
            var a = await db.PartnerAgreements.FirstOrDefaultAsync(x => x.Id == agreementId && x.PartnerId == partner.Id, token);
            if (a is null) return Result.NotFound(AgreementGoneMessage);
            commands.Expect(a, input.Version);
            a.Change(input.Title, input.Parties, input.Purpose, input.Roles, input.Agreed, input.ValidFrom, input.ValidTo, input.ReviewOn);
            Attach(a, signedDocument);
            return Result.Ok;
        }, ct);

    /// <summary>The signed document of an agreement, as a download; the download is audited.</summary>
    public async Task<FileDownload?> SignedFileAsync(OwnRecord<Partner> partner, Guid agreementId, CancellationToken ct = default)
    {
        var file = await db.PartnerAgreements.AsNoTracking().Where(a => a.Id == agreementId && a.PartnerId == partner.Id && a.SignedFileId != null)
            .Join(db.StoredFiles, a => a.SignedFileId, f => f.Id, (a, f) => new { a.Title, f.Id, f.FileName, f.ContentType, f.Content }).FirstOrDefaultAsync(ct);
        if (file is null) return null;
        await audit.RecordAsync(AuditAction.Downloaded, AuditNames.StoredFile, file.Id.ToString(), null, $"Underskrevet samarbejdsaftale «{file.Title}», {file.FileName}", ct);
        return new FileDownload(file.FileName, file.ContentType, file.Content);
    }

    private void Attach(PartnerAgreement agreement, FileUpload? signedDocument)
    {
        if (signedDocument is null) return;
        var file = new StoredFile(signedDocument.FileName, signedDocument.Content, clock.UtcNow, user.UserName);
        db.StoredFiles.Add(file);
        agreement.AttachSigned(file);
    }
}
