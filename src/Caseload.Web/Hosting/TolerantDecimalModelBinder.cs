using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Caseload.Web.Hosting;

/// <summary>Reads "0,5" (Danish) and also "0.5" (what number inputs and some keyboards send) as one half.
/// No field in Caseload holds thousands, so a dot is never a thousands separator here.</summary>
public sealed class TolerantDecimalModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None) return Task.CompletedTask;
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (Nullable.GetUnderlyingType(bindingContext.ModelType) is not null) bindingContext.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }
        if (decimal.TryParse(text.Replace('.', ','), NumberStyles.Number, new CultureInfo("da-DK"), out var parsed))
            bindingContext.Result = ModelBindingResult.Success(parsed);
        else
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"'{text}' er ikke et tal. Skriv fx 0,5.");
        return Task.CompletedTask;
    }
}

public sealed class TolerantDecimalModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
        => context.Metadata.ModelType == typeof(decimal) || context.Metadata.ModelType == typeof(decimal?)
            ? new TolerantDecimalModelBinder()
            : null;
}
