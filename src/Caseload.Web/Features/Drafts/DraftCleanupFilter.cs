using Caseload.Application.Drafts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Caseload.Web.Features.Drafts;

/// <summary>A form with autosave sends <c>__kladde</c>; when its POST succeeds (post/redirect/get), its draft is removed.
/// A failed save shows the form again and keeps the draft.</summary>
public sealed class DraftCleanupFilter(DraftService drafts) : IAsyncResultFilter
{
    public const string Marker = "__kladde";

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsPost(request.Method) && context.Result is RedirectResult or LocalRedirectResult or RedirectToActionResult
            && request.HasFormContentType && request.Form.ContainsKey(Marker))
            await drafts.DeleteAsync(request.Path.Value ?? "", context.HttpContext.RequestAborted);
        await next();
    }
}
