using Caseload.Application.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Caseload.Web.Security;

/// <summary>
/// Binds the access scope's handles (<see cref="ScopedCitizen"/>, <see cref="LedCourse"/>, <see cref="LedTeam"/>,
/// <see cref="MemberTeam"/>, and <see cref="OwnRecord{T}"/> for the organisation's own records) from the address, so
/// an action receives a handle and never looks one up (ADR 0025).
/// An id outside the scope — or no id, or a malformed one — fails the binding, and <see cref="ScopeHandleFilter"/>
/// answers 404 before the action runs, exactly like an id that does not exist.
/// </summary>
public sealed class ScopeHandleBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
        => ScopeHandles.IsHandle(context.Metadata.ModelType) ? new ScopeHandleBinder() : null;
}

internal sealed class ScopeHandleBinder : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var type = bindingContext.ModelType;
        var name = bindingContext.BinderModelName ?? ScopeHandles.DefaultName(type);
        var raw = bindingContext.ValueProvider.GetValue(name).FirstValue;
        var scope = bindingContext.HttpContext.RequestServices.GetRequiredService<IAccessScope>();
        var ct = bindingContext.HttpContext.RequestAborted;
        // The citizen's own record comes from the sign-in, never from the address (ADR 0042).
        if (type == typeof(OwnCitizen))
        {
            if (await scope.OwnCitizenAsync(ct) is { } own) bindingContext.Result = ModelBindingResult.Success(own);
            return;
        }
        if (string.IsNullOrEmpty(raw))
        {
            // Only a team picker may leave the id out: the board then shows the first team the user leads (or says there is none).
            if (type == typeof(LedTeam)) bindingContext.Result = ModelBindingResult.Success(await scope.LedTeamAsync(null, ct));
            // A results page without a team filter shows all the user's teams — or none to show (404).
            if (type == typeof(ResultsTeams) && await scope.ResultsTeamsAsync(null, ct) is { } all) bindingContext.Result = ModelBindingResult.Success(all);
            return;
        }
        if (!Guid.TryParse(raw, out var id)) return;
        object? handle = type == typeof(ScopedCitizen) ? await scope.CitizenAsync(id, ct)
            : type == typeof(LedCourse) ? await scope.LedCourseAsync(id, ct)
            : type == typeof(LedTeam) ? await scope.LedTeamAsync(id, ct)
            : type == typeof(MemberTeam) ? await scope.MemberTeamAsync(id, ct)
            : type == typeof(ResultsTeams) ? await scope.ResultsTeamsAsync(id, ct)
            : OwnRecordOf(scope, type.GetGenericArguments()[0], id);
        if (handle is not null) bindingContext.Result = ModelBindingResult.Success(handle);
    }

    private static readonly System.Reflection.MethodInfo OwnRecordMethod = typeof(IAccessScope).GetMethod(nameof(IAccessScope.OwnRecord))!;

    private static object? OwnRecordOf(IAccessScope scope, Type record, Guid id) => OwnRecordMethod.MakeGenericMethod(record).Invoke(scope, [id]);
}

/// <summary>A handle parameter is bound from the route (<c>{id}</c> for a citizen or a course, <c>{teamId}</c> for a
/// team) unless the action says otherwise; its members are the scope's own facts, so they are not validated.</summary>
public sealed class ScopeHandleMetadataProvider : IBindingMetadataProvider, IValidationMetadataProvider
{
    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        if (!ScopeHandles.IsHandle(context.Key.ModelType)) return;
        context.BindingMetadata.BindingSource ??= BindingSource.Path;
        context.BindingMetadata.BinderModelName ??= ScopeHandles.DefaultName(context.Key.ModelType);
    }

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        if (ScopeHandles.IsHandle(context.Key.ModelType)) context.ValidationMetadata.ValidateChildren = false;
    }
}

/// <summary>The handle types, and the route value each is bound from by default.</summary>
public static class ScopeHandles
{
    public static readonly Type[] Types = [typeof(ScopedCitizen), typeof(LedCourse), typeof(LedTeam), typeof(MemberTeam), typeof(ResultsTeams), typeof(OwnRecord<>), typeof(OwnCitizen)];

    public static bool IsHandle(Type type) => Types.Contains(type.IsGenericType ? type.GetGenericTypeDefinition() : type);

    /// <summary>The route value a handle is bound from unless the parameter names another: the addresses' own names.</summary>
    public static string DefaultName(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(OwnRecord<>)
        ? RecordRouteNames.GetValueOrDefault(type.GetGenericArguments()[0], "id")
        : type == typeof(LedTeam) || type == typeof(MemberTeam) ? "teamId"
        : type == typeof(ResultsTeams) ? "team" : "id";

    // A new kind of organisation record: add its route name here (or name it on the action's parameter).
    private static readonly Dictionary<Type, string> RecordRouteNames = new()
    {
        [typeof(Domain.Implementation.ImplementationProject)] = "projectId",
        [typeof(Domain.DropIn.DropInCentre)] = "centreId",
        [typeof(Domain.Partners.Partner)] = "partnerId",
        [typeof(Domain.Implementation.RoleDescription)] = "descriptionId",
    };
}
