using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Caseload.Web.Hosting;

/// <summary>
/// Yes/no fields (checkboxes, radio buttons). Anything but true/false gets a Danish message, and the field is
/// shown again as "no": the checkbox tag helper cannot render a value like "abc" (it would throw: HTTP 500).
/// </summary>
public sealed class CheckboxModelBinder(bool nullable) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None) return Task.CompletedTask;
        // A checkbox posts "true" and its hidden "false": the first value decides.
        var text = value.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
            if (nullable) bindingContext.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }
        if (bool.TryParse(text, out var parsed))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
            bindingContext.Result = ModelBindingResult.Success(parsed);
            return Task.CompletedTask;
        }
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, new ValueProviderResult("false"));
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, "Vælg ja eller nej.");
        return Task.CompletedTask;
    }
}

public sealed class CheckboxModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
        => context.Metadata.ModelType == typeof(bool) ? new CheckboxModelBinder(false)
            : context.Metadata.ModelType == typeof(bool?) ? new CheckboxModelBinder(true)
            : null;
}
