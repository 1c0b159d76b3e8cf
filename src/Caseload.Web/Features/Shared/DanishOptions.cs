using Microsoft.AspNetCore.Mvc.Rendering;

namespace Caseload.Web.Features.Shared;

/// <summary>An enum's values as options with their Danish names (the forms never show English enum names).</summary>
public static class DanishOptions
{
    public static IEnumerable<SelectListItem> Of<T>(Func<T, string> danish, IEnumerable<T>? only = null) where T : struct, Enum
        => (only ?? Enum.GetValues<T>()).Select(v => new SelectListItem(danish(v), v.ToString()));
}
