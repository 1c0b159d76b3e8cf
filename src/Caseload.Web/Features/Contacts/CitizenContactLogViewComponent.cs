using Caseload.Application.Common;
using Caseload.Application.Contacts;
using Caseload.Application.Security;
using Caseload.Web.Features.Citizens;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Contacts;

/// <summary>The contact log section of the citizen page: the form for a new contact and the timeline, paged.</summary>
public sealed class CitizenContactLogViewComponent(ContactLogService contacts) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CitizenPageModel page)
    {
        var (rows, colleagues) = await contacts.SectionAsync(page.Citizen, page.ContactPage, HttpContext.RequestAborted);
        return View("~/Features/Contacts/ContactLog.cshtml", new ContactLogSection(page.Citizen, rows, page.PendingContact ?? contacts.NewInput(), colleagues));
    }
}

public sealed record ContactLogSection(ScopedCitizen Citizen, Paged<ContactRow> Contacts, ContactInput Contact,
    IReadOnlyList<TeamContact> Colleagues);
