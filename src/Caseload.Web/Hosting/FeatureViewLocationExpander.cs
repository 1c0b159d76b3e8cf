using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Caseload.Web.Hosting;

/// <summary>
/// Views live beside their controller in Features/&lt;Feature&gt;/ (the folder follows the controller's namespace,
/// e.g. Caseload.Web.Features.Admin.Users → Features/Admin/Users); shared layout and partials in Features/Shared.
/// </summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string Key = "feature";
    private const string Prefix = "Caseload.Web.Features.";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        var ns = (context.ActionContext.ActionDescriptor as ControllerActionDescriptor)?.ControllerTypeInfo.Namespace;
        context.Values[Key] = ns is not null && ns.StartsWith(Prefix, StringComparison.Ordinal)
            ? ns[Prefix.Length..].Replace('.', '/')
            : null;
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(Key, out var feature) && feature is not null)
            yield return $"/Features/{feature}/{{0}}.cshtml";
        foreach (var location in viewLocations) yield return location; // Features/Shared
    }
}
