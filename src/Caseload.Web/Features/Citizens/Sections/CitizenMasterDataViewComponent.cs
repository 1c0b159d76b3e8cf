using Caseload.Application.Citizens;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Citizens.Sections;

/// <summary>Stamdata: name, CPR (masked unless "Vis CPR" was used), address (secret-address rule), contact details.</summary>
public sealed class CitizenMasterDataViewComponent(CitizenQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CitizenPageModel page)
        => View("~/Features/Citizens/Sections/MasterData.cshtml",
            new MasterDataSection(await queries.MasterDataAsync(page.Citizen, HttpContext.RequestAborted), page.RevealedCpr));
}

public sealed record MasterDataSection(CitizenMasterData Data, string? RevealedCpr);
