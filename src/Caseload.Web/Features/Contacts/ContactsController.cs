using Caseload.Application.Contacts;
using Caseload.Application.Security;
using Caseload.Web.Features.Citizens;
using Caseload.Web.Hosting;
using Caseload.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Contacts;

/// <summary>Registering a contact in a citizen's contact log (journal).</summary>
[Authorize(Policy = Policies.CitizenRecords)]
public sealed class ContactsController(ContactLogService contacts) : Controller
{
    [HttpPost("borgere/{id:guid}/kontakter")]
    public async Task<IActionResult> Add(ScopedCitizen citizen, [FromForm(Name = "Contact")] ContactInput contact)
    {
        if (ModelState.IsValid && ModelState.AddErrors(await contacts.AddAsync(citizen, contact, HttpContext.RequestAborted), "Contact"))
        {
            TempData["Status"] = "Kontakten er gemt i journalen.";
            return Redirect($"/borgere/{citizen.Id}#journal");
        }
        // The citizen page again, with what was typed and the messages by the fields.
        return View("~/Features/Citizens/Details.cshtml", new CitizenPageModel(citizen, 1, citizen.Engines, contact));
    }
}
