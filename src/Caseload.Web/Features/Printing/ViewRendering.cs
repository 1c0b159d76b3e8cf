using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Caseload.Web.Features.Printing;

/// <summary>A Razor view rendered to a string (the print view handed to Chromium), with the controller's context.</summary>
public static class ViewRendering
{
    public static async Task<string> RenderViewToStringAsync(this Controller controller, string viewName, object model)
    {
        var engine = controller.HttpContext.RequestServices.GetRequiredService<ICompositeViewEngine>();
        var found = engine.GetView(executingFilePath: null, viewName, isMainPage: true);
        if (!found.Success) found = engine.FindView(controller.ControllerContext, viewName, isMainPage: true);
        if (found.View is null) throw new InvalidOperationException($"No view {viewName}: {string.Join(", ", found.SearchedLocations)}");
        await using var writer = new StringWriter();
        var data = new ViewDataDictionary(controller.ViewData) { Model = model };
        var context = new ViewContext(controller.ControllerContext, found.View, data, controller.TempData, writer, new HtmlHelperOptions());
        await found.View.RenderAsync(context);
        return writer.ToString();
    }
}
