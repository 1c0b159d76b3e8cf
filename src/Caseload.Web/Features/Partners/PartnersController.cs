using Caseload.Application.Partners;
using Caseload.Application.Security;
using Caseload.Domain.Files;
using Caseload.Domain.Partners;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Partners;

public sealed record PartnersIndexModel(IReadOnlyList<PartnerListRow> Partners, IReadOnlyList<ReviewReminder> Reminders, PartnerInput Input);

public sealed record PartnerPageModel(PartnerView Partner, PartnerInput Input, AgreementInput Agreement);

public sealed record AgreementPageModel(PartnerView Partner, AgreementRow Agreement, AgreementInput Input);

/// <summary>Partner organisations, their contacts and the organisational cooperation agreements with the signed document
/// (issue #15 items 7 and 12). Managers, team leaders and the administrator (ADR 0030).</summary>
[Authorize(Policy = Policies.Organisation)]
[Route("samarbejdspartnere")]
public sealed class PartnersController(PartnerService partners) : Controller
{
    public const int BlankContacts = 2;
    /// <summary>The request may be a little larger than the largest file, so an oversized file gets a Danish message and
    /// the typed form back; beyond this the server refuses the request.</summary>
    public const int MaxRequestBytes = 2 * StoredFile.MaxBytes + 1024 * 1024;

    private CancellationToken Ct => HttpContext.RequestAborted;

    [HttpGet("")]
    public async Task<IActionResult> Index() => await IndexPage(new PartnerInput());

    [HttpPost("ny")]
    public async Task<IActionResult> Create([FromForm(Name = "Input")] PartnerInput input)
    {
        if (ModelState.IsValid)
        {
            var result = await partners.CreateAsync(input, Ct);
            if (ModelState.AddErrors(result, "Input"))
            {
                TempData["Status"] = "Partneren er oprettet. Tilføj kontaktpersoner og samarbejdsaftaler.";
                return Redirect($"/samarbejdspartnere/{result.Value}");
            }
        }
        return await IndexPage(input);
    }

    [HttpGet("{partnerId:guid}")]
    public async Task<IActionResult> Partner(OwnRecord<Partner> partner)
        => await partners.PartnerAsync(partner, Ct) is { } p ? PartnerPage(p, InputOf(p), NewAgreement(p)) : NotFound();

    [HttpPost("{partnerId:guid}")]
    public async Task<IActionResult> Partner(OwnRecord<Partner> partner, [FromForm(Name = "Input")] PartnerInput input)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await partners.SaveAsync(partner, input, Ct), "Input"))
        {
            TempData["Status"] = "Partneren er gemt.";
            return Redirect($"/samarbejdspartnere/{partner.Id}");
        }
        return await partners.PartnerAsync(partner, Ct) is { } p ? PartnerPage(p, input, NewAgreement(p)) : NotFound();
    }

    [HttpPost("{partnerId:guid}/aftaler")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> AddAgreement(OwnRecord<Partner> partner, [FromForm(Name = "Agreement")] AgreementInput agreement, IFormFile? signedDocument)
    {
        var upload = await ReadAsync(signedDocument);
        if (ModelState.IsValid && ModelState.AddErrors(await partners.AddAgreementAsync(partner, agreement, upload, Ct), "Agreement"))
        {
            TempData["Status"] = "Samarbejdsaftalen er gemt.";
            return Redirect($"/samarbejdspartnere/{partner.Id}#aftaler");
        }
        return await partners.PartnerAsync(partner, Ct) is { } p ? PartnerPage(p, InputOf(p), agreement) : NotFound();
    }

    [HttpGet("{partnerId:guid}/aftaler/{agreementId:guid}")]
    public async Task<IActionResult> Agreement(OwnRecord<Partner> partner, [FromRoute] Guid agreementId)
        => await partners.PartnerAsync(partner, Ct) is { } p && p.Agreements.FirstOrDefault(a => a.Id == agreementId) is { } a
            ? View("Agreement", new AgreementPageModel(p, a, InputOf(a)))
            : NotFound();

    [HttpPost("{partnerId:guid}/aftaler/{agreementId:guid}")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Agreement(OwnRecord<Partner> partner, [FromRoute] Guid agreementId, [FromForm(Name = "Agreement")] AgreementInput agreement,
        IFormFile? signedDocument)
    {
        var upload = await ReadAsync(signedDocument);
        if (ModelState.IsValid && ModelState.AddErrors(await partners.SaveAgreementAsync(partner, agreementId, agreement, upload, Ct), "Agreement"))
        {
            TempData["Status"] = "Samarbejdsaftalen er gemt.";
            return Redirect($"/samarbejdspartnere/{partner.Id}#aftale-{agreementId}");
        }
        return await partners.PartnerAsync(partner, Ct) is { } p && p.Agreements.FirstOrDefault(a => a.Id == agreementId) is { } a
            ? View("Agreement", new AgreementPageModel(p, a, agreement))
            : NotFound();
    }

    /// <summary>The signed document, only ever as a download: attachment, its checked type, no sniffing, and a sandbox so a
    /// browser that opens it anyway runs nothing from the app's origin. The download is audited.</summary>
    [HttpGet("{partnerId:guid}/aftaler/{agreementId:guid}/fil")]
    public async Task<IActionResult> SignedDocument(OwnRecord<Partner> partner, [FromRoute] Guid agreementId)
    {
        if (await partners.SignedFileAsync(partner, agreementId, Ct) is not { } file) return NotFound();
        Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<IActionResult> IndexPage(PartnerInput input)
        => View("Index", new PartnersIndexModel(await partners.ListAsync(Ct), await partners.RemindersAsync(Ct), input));

    private ViewResult PartnerPage(PartnerView p, PartnerInput input, AgreementInput agreement)
    {
        Shared.FormRows.WithBlanks(input.Contacts, c => c.Id == Guid.Empty && string.IsNullOrWhiteSpace(c.Name), () => new ContactInput(), BlankContacts);
        return View("Partner", new PartnerPageModel(p, input, agreement));
    }

    /// <summary>The chosen file, read whole when it is within the limit; an oversized one is refused here with the limit named.</summary>
    private async Task<FileUpload?> ReadAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0 && string.IsNullOrEmpty(file.FileName)) return null; // no file chosen
        if (file.Length == 0)
        {
            // A chosen file with nothing in it (a failed scan, a cloud placeholder) was dropped silently (issue #28 item 10).
            ModelState.AddModelError("SignedDocument", "Filen er tom. Vælg den underskrevne aftale igen.");
            return null;
        }
        if (file.Length > StoredFile.MaxBytes)
        {
            ModelState.AddModelError("SignedDocument", StoredFile.TooLargeMessage(file.Length));
            return null;
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, Ct);
        return new FileUpload(file.FileName, buffer.ToArray());
    }

    private static PartnerInput InputOf(PartnerView p) => new()
    {
        Name = p.Name, Kind = p.Kind, Address = p.Address, Note = p.Note, Version = p.Version,
        Contacts = [.. p.Contacts.Select(c => new ContactInput { Id = c.Id, Name = c.Name, Role = c.Role, Phone = c.Phone, Email = c.Email })],
    };

    private static AgreementInput NewAgreement(PartnerView p) => new()
    {
        Title = $"Samarbejdsaftale med {p.Name}", ValidFrom = p.Today, ReviewOn = p.Today.AddYears(1),
    };

    private static AgreementInput InputOf(AgreementRow a) => new()
    {
        Title = a.Title, Parties = a.Parties, Purpose = a.Purpose, Roles = a.Roles, Agreed = a.Agreed, ValidFrom = a.ValidFrom, ValidTo = a.ValidTo,
        ReviewOn = a.ReviewOn, Version = a.Version,
    };
}
