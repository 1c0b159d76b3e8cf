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
        => View("~/Features/Contacts/ContactLog.cshtml", new ContactLogSection(page.Citizen,
            await contacts.PageAsync(page.Citizen, page.ContactPage, HttpContext.RequestAborted),
            page.PendingContact ?? contacts.NewInput(), await contacts.ColleaguesAsync(page.Citizen, HttpContext.RequestAborted)));
}

public sealed record ContactLogSection(ScopedCitizen Citizen, Paged<ContactRow> Contacts, ContactInput Contact,
    IReadOnlyList<TeamContact> Colleagues);
