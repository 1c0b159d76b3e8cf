using Caseload.Application.Citizens;
using Caseload.Application.Common;
using Caseload.Application.Contacts;
using Caseload.Application.Security;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Caseload.Web.Features.Citizens;

public sealed record CitizenSearchModel(string? Query, Paged<CitizenListItem> Results, bool CanCreate);

/// <summary>The create and edit form. <see cref="MaskedCpr"/> is set when editing: the number is shown masked,
/// and changed through its own audited action.</summary>
public sealed record CitizenFormModel(CitizenInput Input, IReadOnlyList<SelectListItem> Teams, Guid? Id = null,
    string? MaskedCpr = null, bool AddressHidden = false)
{
    public bool IsNew => Id is null;
}

public sealed record CprChangeModel(Guid Id, string Name, string MaskedCpr, CprChangeInput Input);

/// <summary>The citizen page: the citizen (from the access scope) and what the sections need from the request.
/// Each section loads its own data (<see cref="CitizenPageSections"/>). <see cref="PendingContact"/> is the
/// contact form as typed when it is shown again after an error; otherwise the section starts a new one.</summary>
public sealed record CitizenPageModel(ScopedCitizen Citizen, int ContactPage, IReadOnlySet<string> Engines, ContactInput? PendingContact = null,
    string? RevealedCpr = null);
