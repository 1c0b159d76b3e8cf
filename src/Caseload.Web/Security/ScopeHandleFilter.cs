using Caseload.Application.Citizens;
using Caseload.Application.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Caseload.Web.Security;

/// <summary>
/// Answers 404 when a scope handle could not be bound (another team's id looks like a random one), and records the
/// audited read of a citizen's record where the action's parameter says <see cref="OpensRecordAttribute"/>. Runs
/// after the other global action filters (a user sent to set up two-factor has opened nothing).
/// </summary>
public sealed class ScopeHandleFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        List<(ScopedCitizen Citizen, string Document)>? opened = null; // most actions open nothing: no list for them
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            if (!ScopeHandles.IsHandle(parameter.ParameterType)) continue;
            if (!context.ActionArguments.TryGetValue(parameter.Name, out var handle))
            {
                context.Result = new NotFoundResult();
                return;
            }
            if (handle is ScopedCitizen citizen && parameter is ControllerParameterDescriptor { ParameterInfo: var info }
                && info.GetCustomAttributes(typeof(OpensRecordAttribute), false) is [OpensRecordAttribute opens, ..])
                (opened ??= []).Add((citizen, opens.Document ?? context.HttpContext.Request.Path.Value ?? ""));
        }
        foreach (var (citizen, document) in opened ?? [])
            await context.HttpContext.RequestServices.GetRequiredService<CitizenQueries>().OpenAsync(citizen, document, context.HttpContext.RequestAborted);
        await next();
    }
}

/// <summary>The page opens the citizen's record to read it: the read is audited (domain.md §1), once, before the action runs,
/// naming what was read (<paramref name="document"/>, in Danish; the address when none is given).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class OpensRecordAttribute(string? document = null) : Attribute
{
    public string? Document { get; } = document;
}
