using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Caseload.Web.Hosting;

internal static class ValidationExtensions
{
    /// <summary>What the user typed into a field when a form comes back with errors, else the saved value.</summary>
    public static string Typed(this ModelStateDictionary modelState, string key, string? saved)
        => modelState[key]?.AttemptedValue ?? saved ?? "";

    /// <summary>A checkbox as typed (its "true" comes before the hidden "false"), else the saved value.</summary>
    public static bool TypedFlag(this ModelStateDictionary modelState, string key, bool saved)
        => modelState[key]?.AttemptedValue is { } typed ? typed.StartsWith("true", StringComparison.Ordinal) : saved;

    /// <summary>Runs a FluentValidation validator and copies its Danish messages into ModelState
    /// (the sign-in forms, which are not Application commands; FluentValidation.AspNetCore is deprecated, ADR 0008).</summary>
    public static async Task<bool> ValidateIntoAsync<T>(this IValidator<T> validator, T model, ModelStateDictionary modelState,
        string prefix = "")
    {
        var result = await validator.ValidateAsync(model);
        foreach (var error in result.Errors)
            modelState.AddModelError(string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}", error.ErrorMessage);
        return modelState.IsValid;
    }

    /// <summary>Copies a command's Danish errors into ModelState (field names get the form's prefix); true when it succeeded.</summary>
    public static bool AddErrors(this ModelStateDictionary modelState, Application.Common.Result result, string prefix = "")
    {
        foreach (var (field, message) in result.Errors)
            modelState.AddModelError(field.Length == 0 || prefix.Length == 0 ? field : $"{prefix}.{field}", message);
        return result.Succeeded;
    }

    /// <summary>The same for a command that returns a value (the new record's id…).</summary>
    public static bool AddErrors<T>(this ModelStateDictionary modelState, Application.Common.Result<T> result, string prefix = "")
        => modelState.AddErrors(result.Outcome, prefix);

    /// <summary>A failed command's (or, before it ran, the binding's) Danish messages as one line, for a status
    /// message after a redirect (forms posted from a section of another page).</summary>
    public static string ErrorText(this ModelStateDictionary modelState, Application.Common.Result? result)
        => result is null
            ? string.Join(" ", modelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage))
            : string.Join(" ", result.Errors.Select(e => e.Value));

    /// <summary>The messages of a form posted from a section of a page (its fields under <paramref name="prefix"/>), shown beside that form.</summary>
    public static string ErrorsUnder(this ModelStateDictionary modelState, string prefix)
        => string.Join(" ", modelState.Where(kv => kv.Key == prefix || kv.Key.StartsWith(prefix + ".", StringComparison.Ordinal))
            .SelectMany(kv => kv.Value!.Errors).Select(e => e.ErrorMessage));

    /// <summary>MVC's own binding messages (e.g. a date that cannot be read), in Danish.</summary>
    public static void UseDanishMessages(this DefaultModelBindingMessageProvider p)
    {
        // The message stands next to its field, so it need not name it (the field's name would be the code's, in English).
        p.SetAttemptedValueIsInvalidAccessor((value, _) => $"Værdien '{value}' er ikke gyldig.");
        p.SetMissingBindRequiredValueAccessor(_ => "Feltet skal udfyldes.");
        p.SetMissingKeyOrValueAccessor(() => "Feltet skal udfyldes.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Formularen var tom.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Værdien '{value}' er ikke gyldig.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Værdien er ikke gyldig.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Feltet skal være et tal.");
        p.SetUnknownValueIsInvalidAccessor(_ => "Værdien er ikke gyldig.");
        p.SetValueIsInvalidAccessor(value => $"Værdien '{value}' er ikke gyldig.");
        p.SetValueMustBeANumberAccessor(_ => "Feltet skal være et tal.");
        p.SetValueMustNotBeNullAccessor(_ => "Feltet skal udfyldes.");
    }
}
