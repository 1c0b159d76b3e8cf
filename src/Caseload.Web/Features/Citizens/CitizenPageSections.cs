namespace Caseload.Web.Features.Citizens;

public enum CitizenPageColumn
{
    Side,
    Main,
}

/// <summary>
/// The sections of the citizen page, in order: each a view component fed by its own query and given the
/// <see cref="CitizenPageModel"/>. A method engine adds its section here (ADR 0007) without touching the others.
/// </summary>
public static class CitizenPageSections
{
    public static readonly IReadOnlyList<(string Component, CitizenPageColumn Column)> All =
    [
        ("CitizenMasterData", CitizenPageColumn.Side),
        ("CitizenCourses", CitizenPageColumn.Side),
        ("CitizenNetworkMap", CitizenPageColumn.Side),
        ("CitizenCti", CitizenPageColumn.Main),
        ("CitizenOutreach", CitizenPageColumn.Main),
        ("CitizenContactLog", CitizenPageColumn.Main),
    ];
}
