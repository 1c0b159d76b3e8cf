using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Caseload.Web.Hosting;

/// <summary>
/// Date inputs send ISO values ("2026-11-23", "2026-11-23T14:30") whatever the UI culture; people typing by
/// hand write Danish ("23-11-2026 14:30"). Both are read; anything else gets a Danish message, and so does a date
/// outside <see cref="Application.Common.Time.DateRules"/>' range (1990–2100). No date field needs another range today
/// (birth dates come from the CPR number); one that does would say so here.
/// </summary>
public sealed class DateModelBinder(Type type) : IModelBinder
{
    private static readonly string[] IsoFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"];
    private static readonly string[] DanishFormats = ["dd-MM-yyyy HH:mm", "d-M-yyyy HH:mm", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d/M/yyyy"];
    private static readonly CultureInfo Danish = new("da-DK");

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None) return Task.CompletedTask;
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue?.Trim();
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (string.IsNullOrEmpty(text))
        {
            if (underlying != type) bindingContext.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }
        if (DateTime.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            || DateTime.TryParseExact(text, DanishFormats, Danish, DateTimeStyles.None, out parsed))
        {
            bindingContext.Result = ModelBindingResult.Success(underlying == typeof(DateOnly) ? DateOnly.FromDateTime(parsed) : parsed);
            // One range rule for every date field in the app (issue #28 item 9): years like 0001 and 9999 never reach a service.
            if (!Application.Common.Time.DateRules.IsSane(parsed))
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Application.Common.Time.DateRules.OutOfRangeMessage);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"'{text}' er ikke en gyldig dato. Skriv fx 24-12-2026.");
        }
        return Task.CompletedTask;
    }
}

public sealed class DateModelBinderProvider : IModelBinderProvider
{
    private static readonly Type[] Types = [typeof(DateTime), typeof(DateTime?), typeof(DateOnly), typeof(DateOnly?)];

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
        => Types.Contains(context.Metadata.ModelType) ? new DateModelBinder(context.Metadata.ModelType) : null;
}
